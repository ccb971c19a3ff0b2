import { type Factor, FACTORS, FACTOR_UNIT } from '../../domain/scenario';
import { dayNumber, weekday } from './dates';
import { fitProblem } from './fit-problems';
import type { FitColumn, FitOptions, FitProblem, Frequency } from './fit-types';
import { PERIODS_PER_YEAR } from './fit-types';
import { headerCode, type HistoryColumn, type PriceHistory } from './price-history';

/** Fewest returns a fit accepts, and fewer than this earns a warning that the estimates are noisy. */
export const MIN_RETURNS = 10;
export const FEW_RETURNS = 52;
/** A yield or spread level above this (in absolute value) anywhere in its column is taken to be in bp, not percent. */
const PERCENT_LEVEL_MAX = 40;

export type ReturnTable = {
  factors: Factor[];
  /** rows[t][j]: factor j's log return (fractions) or change in bp over period t, oldest first. */
  rows: number[][];
  /** The date each return ends on. */
  dates: string[];
  frequency: Frequency;
  periodsPerYear: number;
  rowsRead: number;
  rowsUsed: number;
  rowsDropped: number;
  firstDate: string;
  lastDate: string;
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Daily (trading days, or every day when weekends are in the file), weekly, or null, from the spacing of the dates. */
export function detectFrequency(dates: readonly string[]): { frequency: Frequency | null; medianDays: number } {
  const days = dates.map(dayNumber);
  const gaps = days.slice(1).map((d, i) => d - days[i]!);
  const medianDays = gaps.length > 0 ? median(gaps) : 0;
  if (medianDays >= 1 && medianDays <= 4) {
    const weekend = dates.filter((d) => weekday(d) === 0 || weekday(d) === 6).length;
    return { frequency: weekend > dates.length * 0.1 ? 'daily-calendar' : 'daily', medianDays };
  }
  if (medianDays >= 5 && medianDays <= 10) return { frequency: 'weekly', medianDays };
  return { frequency: null, medianDays };
}

/** What a yield/spread column's levels are written in: the option, else the header or cells, else their size. */
function levelUnit(col: HistoryColumn, option: FitOptions['levelUnit']): 'percent' | 'bp' {
  if (option !== 'auto') return option;
  if (col.unitHint !== null) return col.unitHint;
  return col.values.some((v) => v !== null && Math.abs(v) > PERCENT_LEVEL_MAX) ? 'bp' : 'percent';
}

const columnInfo = (c: HistoryColumn, unit: FitColumn['levelUnit']): FitColumn => {
  const values = c.values.filter((v) => v !== null).length;
  return { header: c.header, number: c.number, factor: c.factor, levelUnit: unit, values, missing: c.values.length - values };
};

/**
 * The per-period returns of the factor columns. Missing values: rows where any fitted series lacks a value are
 * dropped (listwise), and returns run from one complete row to the next, so every return covers the same dates for
 * every series (pairwise-complete estimates would mix periods and need not be PSD). A column that never changes is
 * left out first, so it cannot empty the table.
 */
export function returnTable(history: PriceHistory, options: Pick<FitOptions, 'window' | 'levelUnit'>): { table: ReturnTable | null; columns: FitColumn[]; problems: FitProblem[] } {
  const problems: FitProblem[] = [];
  const units = new Map<HistoryColumn, 'percent' | 'bp'>();
  const used: HistoryColumn[] = [];
  for (const c of history.columns) {
    if (c.factor === null) continue;
    const present = c.values.filter((v): v is number => v !== null);
    if (present.length > 0 && present.every((v) => v === present[0])) {
      problems.push(fitProblem('warning', 'flat', { column: c.header }, { column: { name: c.header, number: c.number } }));
      continue;
    }
    if (FACTOR_UNIT[c.factor] === 'bp') {
      const unit = levelUnit(c, options.levelUnit);
      units.set(c, unit);
      const named = headerCode(c.header).code === c.factor;
      const key = unit === 'percent' ? (named ? 'levelPercent' : 'levelPercentOf') : named ? 'levelBp' : 'levelBpOf';
      problems.push(fitProblem('info', key, named ? { column: c.header } : { column: c.header, factor: c.factor }, { column: { name: c.header, number: c.number } }));
    }
    used.push(c);
  }
  const columns = history.columns.map((c) => columnInfo(c, units.get(c) ?? null));
  if (used.length === 0) return { table: null, columns, problems: [...problems, fitProblem('error', 'noFactorColumns', { factors: FACTORS.join(', ') })] };

  const complete = history.dates.map((_, t) => used.every((c) => c.values[t] !== null));
  const completeIdx = history.dates.map((_, t) => t).filter((t) => complete[t]);
  const rowsDropped = history.dates.length - completeIdx.length;
  if (rowsDropped > 0) problems.push(fitProblem('info', 'rowsDropped', { count: rowsDropped }));
  const { window } = options;
  const inWindow = completeIdx.filter((t) => !window || (history.dates[t]! >= window.from && history.dates[t]! <= window.to));
  if (window && inWindow.length < 2) return { table: null, columns, problems: [...problems, fitProblem('error', 'windowEmpty', { from: window.from, to: window.to })] };

  const { frequency, medianDays } = detectFrequency(completeIdx.map((t) => history.dates[t]!));
  const returns = inWindow.length - 1;
  if (returns < MIN_RETURNS) return { table: null, columns, problems: [...problems, fitProblem('error', 'tooFew', { count: Math.max(0, returns), min: MIN_RETURNS })] };
  if (frequency === null) return { table: null, columns, problems: [...problems, fitProblem('error', 'frequency', { days: medianDays })] };
  if (returns < FEW_RETURNS) problems.push(fitProblem('warning', 'fewReturns', { count: returns, series: used.length, se: 1 / Math.sqrt(returns) }));

  const rows = inWindow.slice(1).map((t, k) => {
    const s = inWindow[k]!;
    return used.map((c) => {
      const [a, b] = [c.values[s]!, c.values[t]!];
      return FACTOR_UNIT[c.factor!] === 'fraction' ? Math.log(b / a) : (b - a) * (units.get(c) === 'percent' ? 100 : 1);
    });
  });
  const table: ReturnTable = {
    factors: used.map((c) => c.factor!),
    rows,
    dates: inWindow.slice(1).map((t) => history.dates[t]!),
    frequency,
    periodsPerYear: PERIODS_PER_YEAR[frequency],
    rowsRead: history.dates.length,
    rowsUsed: inWindow.length,
    rowsDropped,
    firstDate: history.dates[inWindow[0]!]!,
    lastDate: history.dates[inWindow[inWindow.length - 1]!]!,
  };
  return { table, columns, problems };
}
