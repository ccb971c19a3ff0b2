import type { Factor } from '../domain/scenario';
import type { PortfolioValuation } from '../domain/valuation';
import { exposureRows, holdingRows, runValuation, type ExposureRow, type HoldingRow, type RunWithInputs } from '../export/run-tables';
import { t } from '../i18n/translate';
import { regimeName } from '../narrative/regime-name';
import { reportFormat, type ReportFormat } from './report-format';

/** One run of the report with everything its sections read, computed once. */
export type ReportRun = RunWithInputs & {
  /** 'A'–'D' in a comparison; '' for a single-run report. */
  label: string;
  index: number;
  fmt: ReportFormat;
  valuation: PortfolioValuation;
  holdings: HoldingRow[];
  exposures: ExposureRow[];
  /** Net value (assets minus loans) of the snapshot, in base-currency units. */
  netValue: number;
  regimeName: string;
  /** The last week of phase two. */
  horizon: number;
};

export const RUN_LABELS = ['A', 'B', 'C', 'D'] as const;


export function reportRun(run: RunWithInputs, index: number, compare: boolean): ReportRun {
  const valuation = runValuation(run.inputs);
  return {
    ...run,
    label: compare ? (RUN_LABELS[index] ?? String(index + 1)) : '',
    index,
    fmt: reportFormat(run.record.result.meta.baseCurrency),
    valuation,
    holdings: holdingRows(run, valuation),
    exposures: exposureRows(run, valuation),
    netValue: valuation.totalBaseCents / 100,
    regimeName: regimeName(run.record.meta.scenario.phaseTwo.regime, t),
    horizon: run.record.result.phaseTwo.weeks.at(-1) ?? 0,
  };
}

/** The value of a weekly series at `week`; null past the horizon. */
export function atWeek(run: ReportRun, series: readonly number[], week: number): number | null {
  const i = run.record.result.phaseTwo.weeks.indexOf(week);
  return i < 0 ? null : (series[i] ?? null);
}

/** Weeks the tables show: the first weeks, then quarters, then the horizon's end. */
export function keyWeeks(horizon: number): number[] {
  const weeks = [0, 1, 2, 4, 8, 13, 26, 39, 52, 78, 104, 156, 208, 260].filter((w) => w <= horizon);
  if (!weeks.includes(horizon)) weeks.push(horizon);
  return weeks;
}

/** The ladder's cash at `day`; null when the ladder has no such day. */
export function cashByDay(run: ReportRun, day: number): number | null {
  const ladder = run.record.result.phaseTwo.liquidityLadder;
  const i = ladder.days.indexOf(day);
  return i < 0 ? null : (ladder.cashRaisable[i] ?? null);
}

/** Core factors: the ones the scenario shocks; every other factor's move is propagated. */
export const isCoreFactor = (run: ReportRun, factor: Factor): boolean => run.record.meta.scenario.phaseOne.shocks[factor] !== undefined;

/** Holdings by loss, largest first (ties by symbol so the order never depends on anything else). */
export const holdingsByLoss = (run: ReportRun): HoldingRow[] =>
  run.holdings.filter((h) => h.loss !== null).sort((a, b) => (b.loss ?? 0) - (a.loss ?? 0) || a.holding.id.localeCompare(b.holding.id));

/** Exposures by loss, largest first. */
export const exposuresByLoss = (run: ReportRun): ExposureRow[] => [...run.exposures].sort((a, b) => b.loss - a.loss || a.tag.localeCompare(b.tag));

/** The run's name in a comparison: “Run A”; empty in a single-run report. */
export const runTag = (run: ReportRun): string => (run.label ? t('report.runLabel', { label: run.label }) : '');
