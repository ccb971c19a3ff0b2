import type { RunRecord } from '../../../shared/api/runs-api';
import { narrativeClaims } from '../../../shared/narrative/narrative-claims';
import { narrativeText } from '../../../shared/narrative/narrative-text';
import { regimeName } from '../../../shared/narrative/regime-name';
import type { Formatters } from '../format/format';
import type { TranslateFn } from '../i18n/use-t';
import { narrativeFormat } from './narrative-format';

/** The run's narrative (shared/narrative: the same sentences as the report), in the screen's locale and currency. */
export function narrative(record: RunRecord, fmt: Formatters, t: TranslateFn): { shock: string[]; recovery: string[] } {
  const { scenario } = record.meta;
  const claims = narrativeClaims(record.result, { scenario, regimeName: regimeName(scenario.phaseTwo.regime, t) });
  return narrativeText(claims, narrativeFormat(fmt), t);
}
