import { t } from '../i18n/translate';
import { narrativeClaims } from '../narrative/narrative-claims';
import type { ReasonFormat } from '../narrative/holding-reason';
import { narrativeText, type NarrativeFormat } from '../narrative/narrative-text';
import type { ReportFormat } from './report-format';
import type { ReportRun } from './report-data';

/** The summary in two paragraphs of sentences, every figure taken from the run: the shock, then what comes back. */
export type Narrative = { shock: string[]; recovery: string[] };

/** The report's formats in the shape the shared narrative writes with. */
export const narrativeFormat = (fmt: ReportFormat): NarrativeFormat => ({
  money: fmt.money,
  pct: fmt.pct,
  signedPct: fmt.signedPct,
  num: fmt.num,
  weeks: fmt.weeks,
  list: fmt.list,
  sentences: fmt.sentences,
});

/** … and holding reasons: factor moves in their unit, bp signed. */
export const reasonFormat = (fmt: ReportFormat): ReasonFormat => ({
  ...narrativeFormat(fmt),
  move: fmt.factorMove,
  bp: (v) => fmt.factorMove('HY', v),
});

/** The run's narrative (shared/narrative, the same sentences as the Results screen), in the report's formats. */
export function narrative(run: ReportRun): Narrative {
  const { fmt, record } = run;
  const names = new Map(run.inputs.portfolio.holdings.map((h) => [h.id, h.name]));
  const claims = narrativeClaims(record.result, { scenario: record.meta.scenario, regimeName: run.regimeName, nameOf: (id) => names.get(id) || undefined });
  return narrativeText(claims, narrativeFormat(fmt), t);
}
