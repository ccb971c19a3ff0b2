import type { ReverseAnswerOutput, ReverseTargetInput } from '../../../shared/api/stress-api';
import { allocateCents } from '../../../shared/domain/allocate-cents';
import type { ExposureTag } from '../../../shared/domain/exposure';
import { FACTOR_UNIT, FACTORS, type Factor, type Scenario } from '../../../shared/domain/scenario';
import { stressedCovariance } from '../../../shared/model/covariance';
import type { FactorModelResource } from '../../../shared/model/resources';
import { parseDecimal } from '../format/parse-decimal';

/** Pure views of the reverse stress test for its tab: the target as typed, the shock table, the loss by exposure. */

export type TargetKind = 'share' | 'amount' | 'marginCall' | 'cash';

export type TargetCheck = { ok: true; target: ReverseTargetInput } | { ok: false; problem: 'share' | 'amount' | 'day' };

/**
 * "30" or "30 %" in the share field is 30 % of the book (between 0 and 100, exclusive); an amount is positive; a margin
 * call needs nothing more; a cash shortfall is an amount and a day from 1 to 365.
 */
export function parseTarget(kind: TargetKind, text: string, dayText = ''): TargetCheck {
  if (kind === 'marginCall') return { ok: true, target: { kind: 'marginCall' } };
  const value = parseDecimal(text);
  if (kind === 'share') return value !== null && value > 0 && value < 100 ? { ok: true, target: { kind: 'lossFraction', fraction: value / 100 } } : { ok: false, problem: 'share' };
  if (!(value !== null && value > 0)) return { ok: false, problem: 'amount' };
  if (kind === 'amount') return { ok: true, target: { kind: 'loss', amount: value } };
  const day = /^\s*\d{1,3}\s*$/.test(dayText) ? Number(dayText) : NaN;
  return day >= 1 && day <= 365 ? { ok: true, target: { kind: 'cash', amount: value, day } } : { ok: false, problem: 'day' };
}

export type Reached = Extract<ReverseAnswerOutput, { reached: true }>;

export type ShockRow = {
  factor: Factor;
  unit: 'fraction' | 'bp';
  /** The move in the factor's unit (a fraction, or basis points). */
  move: number;
  /** One standard deviation of the factor over the template's horizon, under its stressed covariance. */
  sd: number;
  /** The move in those standard deviations (signed). */
  z: number;
};

/** Every factor's move, sorted by its size in standard deviations (largest first): the moves that make the loss lead. */
export function shockRows(shocks: Partial<Record<Factor, number>>, template: Pick<Scenario, 'correlationConvergence' | 'phaseOne'>, fm: FactorModelResource): ShockRow[] {
  const sigma = stressedCovariance(fm, template.correlationConvergence, template.phaseOne.horizonWeeks);
  return FACTORS.map((factor, k) => {
    const move = shocks[factor] ?? 0;
    const sd = Math.sqrt(Math.max(0, sigma.a[k * sigma.n + k]!));
    return { factor, unit: FACTOR_UNIT[factor], move, sd, z: sd > 0 ? move / sd : 0 };
  }).sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || FACTORS.indexOf(a.factor) - FACTORS.indexOf(b.factor));
}

export type ExposureRow = { tag: ExposureTag; loss: number; cents: number; share: number | null };

/**
 * The mean path's loss by exposure, largest first, each rounded to the cent so that the rows add up to the total row
 * exactly (largest remainder); the total is the answer's loss, which the parts add up to.
 */
export function exposureRows(answer: Pick<Reached, 'byExposure' | 'loss'>): { rows: ExposureRow[]; totalCents: number } {
  const parts = (Object.entries(answer.byExposure) as [ExposureTag, number | undefined][])
    .filter((e): e is [ExposureTag, number] => e[1] !== undefined && e[1] !== 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const cents = allocateCents(
    parts.map(([, loss]) => loss),
    answer.loss,
  );
  const rows = parts.map(([tag, loss], i) => ({ tag, loss, cents: cents[i]!, share: answer.loss > 0 ? loss / answer.loss : null }));
  return { rows, totalCents: cents.reduce((a, b) => a + b, 0) };
}

/** A loss target as an amount in the base currency, for the book the answer was solved on; null for other targets. */
export const targetAmount = (target: ReverseTargetInput, startValue: number): number | null =>
  target.kind === 'loss' ? target.amount : target.kind === 'lossFraction' ? target.fraction * startValue : null;
