import type { RunRecord } from '../../../shared/api/runs-api';
import type { TranslateFn } from '../i18n/use-t';
import type { DiffRow } from './settings-diff';

/** Settings that act only after the shock: runs differing in these alone have the same phase one, figure for figure. */
const AFTER_THE_SHOCK = new Set(['regime', 'horizon', 'cashNeed']);

const phaseOneFigures = (r: RunRecord) => {
  const p1 = r.result.phaseOne;
  return [p1.startValue, p1.meanLoss, p1.var95, p1.var99, p1.es975, p1.marginCall.probability, p1.marginCall.triggered ? 1 : 0];
};

/**
 * Why the phase-one rows of a comparison match, when they do: the runs differ only in what acts in phase two (the
 * regime, the horizon, a cash need), so the shock itself and its loss are the same. Null when phase one differs, or
 * when the runs differ in something else too (then equal figures would be a coincidence worth no sentence).
 */
export function phaseOneNote(records: readonly RunRecord[], diff: readonly DiffRow[], t: TranslateFn, list: (items: string[]) => string): string | null {
  if (records.length < 2 || diff.length === 0 || !diff.every((row) => AFTER_THE_SHOCK.has(row.id))) return null;
  const first = phaseOneFigures(records[0]!);
  if (!records.every((r) => phaseOneFigures(r).every((v, i) => v === first[i]))) return null;
  return t('compare.phaseOneSame', { settings: list(diff.map((row) => row.label.toLocaleLowerCase())) });
}
