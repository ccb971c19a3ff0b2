import type { Scenario } from '../domain/scenario';
import type { TranslateFn } from '../i18n/translate';
import { DEFAULT_RESOURCES } from '../model/default-resources';

/** A phase-two regime's name as the reader knows it: a built-in's name, or "Custom regime". */
export function regimeName(regime: Scenario['phaseTwo']['regime'], t: TranslateFn): string {
  if (typeof regime !== 'string') return t('report.regime.custom');
  return DEFAULT_RESOURCES.regimes.regimes[regime]?.name ?? regime;
}
