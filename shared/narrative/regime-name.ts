import type { Scenario } from '../domain/scenario';
import type { TranslateFn } from '../i18n/translate';
import { regimeText } from '../i18n/builtin-text';
import { DEFAULT_RESOURCES } from '../model/default-resources';

/** A phase-two regime's name as the reader knows it: a built-in's name, or "Custom regime". */
export function regimeName(regime: Scenario['phaseTwo']['regime'], t: TranslateFn): string {
  if (typeof regime !== 'string') return t('report.regime.custom');
  const built = DEFAULT_RESOURCES.regimes.regimes[regime];
  return built ? regimeText(regime, 'name', built.name) : regime;
}
