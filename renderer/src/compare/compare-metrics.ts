import type { RunRecord } from '../../../shared/api/runs-api';
import { atWeek, HEADLINE_WEEKS, recoveryOdds } from '../results/results-model';

/**
 * The Compare table's rows: one headline metric per row, one cell per run, and which cells hold the WORST value.
 * Worst means: a larger loss, a lower value, a lower probability of recovering, a longer time, less cash, a margin call.
 */

export type MetricKind = 'money' | 'loss' | 'percent' | 'probability' | 'weeks' | 'yesno';
/** Which direction is worse; null: the row is context (start value) and is not ranked. */
export type Worse = 'higher' | 'lower' | null;

export type MetricCell = { value: number | null; /** The week a per-horizon figure is read at. */ week?: number };

export type MetricId =
  | 'startValue'
  | 'meanLoss'
  | 'meanLossPct'
  | 'var95'
  | 'var99'
  | 'es975'
  | 'marginCall'
  | 'marginOdds'
  | 'median'
  | 'recovery'
  | 'recoveryTime'
  | 'cash';

export type MetricRow = {
  id: MetricId;
  /** The week (median rows) or day (cash rows) the row reads. */
  at?: number;
  kind: MetricKind;
  worse: Worse;
  /** A missing value counts as the worst (median time to recover: not within the horizon). */
  nullIsWorst: boolean;
  cells: MetricCell[];
  worst: boolean[];
};

export const CASH_DAYS = [7, 30, 90] as const;

/** The cells holding the worst value; none when fewer than two values can be ranked or they are all equal. */
export function worstFlags(values: readonly (number | null)[], worse: Worse, nullIsWorst = false): boolean[] {
  const none = values.map(() => false);
  if (worse === null) return none;
  const sign = worse === 'higher' ? 1 : -1;
  const ranked = values.map((v) => (v === null ? (nullIsWorst ? Infinity : null) : sign * v));
  const present = ranked.filter((v): v is number => v !== null);
  if (present.length < 2) return none;
  const top = Math.max(...present);
  const bottom = Math.min(...present);
  const close = (a: number, b: number) => a === b || (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
  if (close(top, bottom)) return none;
  return ranked.map((v) => v !== null && close(v, top));
}

type Spec = Omit<MetricRow, 'worst' | 'nullIsWorst'> & { nullIsWorst?: boolean };

/** Every metric row for these runs, in table order. */
export function compareRows(records: readonly RunRecord[]): MetricRow[] {
  const results = records.map((r) => r.result);
  const cells = (read: (r: RunRecord['result']) => number | null): MetricCell[] => results.map((r) => ({ value: read(r) }));
  const specs: Spec[] = [
    { id: 'startValue', kind: 'money', worse: null, cells: cells((r) => r.phaseOne.startValue) },
    { id: 'meanLoss', kind: 'loss', worse: 'higher', cells: cells((r) => r.phaseOne.meanLoss) },
    { id: 'meanLossPct', kind: 'percent', worse: 'higher', cells: cells((r) => r.phaseOne.meanLossPct) },
    { id: 'var95', kind: 'loss', worse: 'higher', cells: cells((r) => r.phaseOne.var95) },
    { id: 'var99', kind: 'loss', worse: 'higher', cells: cells((r) => r.phaseOne.var99) },
    { id: 'es975', kind: 'loss', worse: 'higher', cells: cells((r) => r.phaseOne.es975) },
    { id: 'marginCall', kind: 'yesno', worse: 'higher', cells: cells((r) => (r.phaseOne.marginCall.triggered ? 1 : 0)) },
    { id: 'marginOdds', kind: 'probability', worse: 'higher', cells: cells((r) => r.phaseOne.marginCall.probability) },
    ...HEADLINE_WEEKS.map((week): Spec => ({ id: 'median', at: week, kind: 'money', worse: 'lower', cells: cells((r) => atWeek(r.phaseTwo, r.phaseTwo.p50, week)) })),
    {
      id: 'recovery',
      kind: 'probability',
      worse: 'lower',
      cells: results.map((r) => {
        const odds = recoveryOdds(r.phaseTwo);
        return { value: odds.probability, week: odds.week };
      }),
    },
    { id: 'recoveryTime', kind: 'weeks', worse: 'higher', nullIsWorst: true, cells: cells((r) => r.phaseTwo.medianWeeksToRecover) },
    ...CASH_DAYS.map(
      (day): Spec => ({
        id: 'cash',
        at: day,
        kind: 'money',
        worse: 'lower',
        cells: cells((r) => {
          const ladder = r.phaseTwo.liquidityLadder;
          const i = ladder.days.indexOf(day);
          return i < 0 ? null : (ladder.cashRaisable[i] ?? null);
        }),
      }),
    ),
  ];
  return specs.map((spec) => {
    const nullIsWorst = spec.nullIsWorst ?? false;
    return { ...spec, nullIsWorst, worst: worstFlags(spec.cells.map((c) => c.value), spec.worse, nullIsWorst) };
  });
}
