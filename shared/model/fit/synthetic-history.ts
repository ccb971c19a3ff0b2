import { type Factor, FACTOR_UNIT } from '../../domain/scenario';
import { fillNormals, seedKey } from '../../engine/philox';
import { choleskyPsd, matrix } from '../linalg';
import { dayNumber, fromDayNumber, weekday } from './dates';
import { PERIODS_PER_YEAR } from './fit-types';

/**
 * SYNTHETIC price histories with a known covariance, for tests and the shipped example: never market data. Period t's
 * shocks are L·z_t, z_t the Philox normals of (seed, path t, stream 0) and L the Cholesky factor of `corr`, scaled
 * to each series' annual vol by √(1/periods-per-year), times `volScale(t)` when given (a vol that changes over time).
 */
export type SyntheticSpec = {
  factors: readonly Factor[];
  /** Annual vols: of log returns for fractions, of changes in bp for HY, IG and RATE. */
  vols: readonly number[];
  corr: readonly (readonly number[])[];
  periods: number;
  frequency: 'weekly' | 'daily';
  /** The first date (a Friday for weekly data reads naturally). */
  start: string;
  seed: number;
  volScale?: (t: number) => number;
  /** Column headers (default: the factor codes). */
  headers?: readonly string[];
};

/** The per-period returns (log returns, or bp changes), periods × factors. */
export function syntheticReturns(spec: SyntheticSpec): number[][] {
  const n = spec.factors.length;
  const l = choleskyPsd(matrix(n, spec.corr));
  const [k0, k1] = seedKey(spec.seed);
  const z = new Float64Array(n);
  const perPeriod = Math.sqrt(1 / PERIODS_PER_YEAR[spec.frequency]);
  return Array.from({ length: spec.periods }, (_, t) => {
    fillNormals(z, 0, n, k0, k1, t, 0);
    const scale = (spec.volScale?.(t) ?? 1) * perPeriod;
    return Array.from({ length: n }, (_, i) => {
      let x = 0;
      for (let k = 0; k <= i; k++) x += l[i * n + k]! * z[k]!;
      return x * spec.vols[i]! * scale;
    });
  });
}

/** periods + 1 dates: every 7 days (weekly) or every weekday (daily). */
export function syntheticDates(start: string, periods: number, frequency: SyntheticSpec['frequency']): string[] {
  const out = [start];
  let day = dayNumber(start);
  while (out.length <= periods) {
    day += frequency === 'weekly' ? 7 : 1;
    const d = fromDayNumber(day);
    if (frequency === 'weekly' || (weekday(d) !== 0 && weekday(d) !== 6)) out.push(d);
  }
  return out;
}

/**
 * Levels from returns: prices start at 100 and compound the log returns; yield/spread levels start at `startPercent`
 * and are written in percent (a change of 1 bp = 0.01). Rounded to `digits` decimals for the file.
 */
export function syntheticLevels(spec: SyntheticSpec, returns: readonly (readonly number[])[], startPercent = 4): number[][] {
  const level = spec.factors.map((f) => (FACTOR_UNIT[f] === 'bp' ? startPercent : 100));
  const rows = [[...level]];
  for (const r of returns) {
    spec.factors.forEach((f, i) => (level[i] = FACTOR_UNIT[f] === 'bp' ? level[i]! + r[i]! / 100 : level[i]! * Math.exp(r[i]!)));
    rows.push([...level]);
  }
  return rows;
}

/** The history as CSV text: a Date column, one column per factor (header = its code unless given), `#` comment lines first. */
export function syntheticCsv(spec: SyntheticSpec, comments: readonly string[] = [], digits = 6): string {
  const dates = syntheticDates(spec.start, spec.periods, spec.frequency);
  const levels = syntheticLevels(spec, syntheticReturns(spec));
  const lines = [...comments.map((c) => `# ${c}`), ['Date', ...(spec.headers ?? spec.factors)].join(',')];
  levels.forEach((row, t) => lines.push([dates[t], ...row.map((v) => v.toFixed(digits))].join(',')));
  return `${lines.join('\n')}\n`;
}
