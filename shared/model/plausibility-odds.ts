import type { Scenario } from '../domain/scenario';
import { conditionalShock } from './conditional';
import { stressedCovariance } from './covariance';
import { normCdf } from './normal';
import type { FactorModelResource } from './resources';

/**
 * The plausibility score as odds, under the model's own normal distribution.
 *
 * A scenario's core shock s has Mahalanobis distance d = √(sᵀ Σ⁻¹ s), Σ being the stressed covariance of the core
 * factors over the phase-one horizon of h weeks (Σ_annual · h/52, as the engine uses it). For factor moves
 * X ~ N(0, Σ), the move along the shock's direction, z = sᵀ Σ⁻¹ X / d, is standard normal and the shock sits at z = d.
 * The probability used is
 *
 *   p = P(z ≥ d) = Φ(−d),
 *
 * the chance that within one horizon the factors move at least d standard deviations in the shock's direction (it is
 * not the chance that every factor moves at least as far, nor the χ² tail P(χ²_k ≥ d²), which counts moves as far in
 * any direction and depends on the number k of shocked factors). Successive horizons are independent draws, so such
 * a move comes about once every 1/p horizons, that is once in
 *
 *   N = (h / 52) / Φ(−d) years.
 *
 * It is a reading of the model, not of markets: fat tails and correlations that jump in a crisis make real crashes far
 * more frequent than a normal model says (the words around it say so).
 */

/** Beyond this, a reading says “less than once in a billion years” rather than a number like 1e40. */
export const ODDS_LIMIT_YEARS = 1e9;

/**
 * log₁₀ Φ(−d), accurate where Φ(−d) underflows: Φ(−d) directly up to d = 30 (the series and continued fraction of
 * normal.ts; Φ(−30) ≈ 4.9e−198), beyond that the asymptotic series
 * ln Φ(−d) = −d²/2 − ln d − ½ ln 2π + ln(1 − 1/d² + 3/d⁴ − 15/d⁶), whose error there is below 105/d⁸ ≈ 1.6e−10.
 */
export function log10TailProbability(d: number): number {
  if (d <= 30) return Math.log10(normCdf(-d));
  const d2 = d * d;
  const ln = -d2 / 2 - Math.log(d) - 0.5 * Math.log(2 * Math.PI) + Math.log(1 - 1 / d2 + 3 / d2 ** 2 - 15 / d2 ** 3);
  return ln / Math.LN10;
}

/** log₁₀ N: N = (h/52)/Φ(−d) years between moves at least this far along the shock's direction. */
export const log10YearsBetween = (d: number, horizonWeeks: number): number => Math.log10(horizonWeeks / 52) - log10TailProbability(d);

/** N in years; Infinity when it exceeds what a double holds (d beyond about 38). */
export const yearsBetween = (d: number, horizonWeeks: number): number => 10 ** log10YearsBetween(d, horizonWeeks);

/** The odds in the form a sentence needs: so many times a year (N < 1), once in N years, or beyond the limit. */
export type OddsReading = { kind: 'perYear'; timesPerYear: number } | { kind: 'years'; years: number } | { kind: 'beyond'; limitYears: number };

export function oddsReading(d: number, horizonWeeks: number): OddsReading {
  const log10N = log10YearsBetween(Math.max(0, d), horizonWeeks);
  if (log10N > Math.log10(ODDS_LIMIT_YEARS)) return { kind: 'beyond', limitYears: ODDS_LIMIT_YEARS };
  const years = 10 ** log10N;
  return years < 1 ? { kind: 'perYear', timesPerYear: 1 / years } : { kind: 'years', years };
}

/** d² and d of a scenario's core shocks: what the engine computes in phase one, without needing a portfolio. */
export function scenarioPlausibility(scenario: Pick<Scenario, 'phaseOne' | 'correlationConvergence'>, factorModel: FactorModelResource) {
  const sigma = stressedCovariance(factorModel, scenario.correlationConvergence, scenario.phaseOne.horizonWeeks);
  const { mahalanobis, sigma: d } = conditionalShock(sigma, scenario.phaseOne.shocks);
  return { mahalanobis, sigma: d };
}

/** A scenario and its d, for scale. */
/** A scenario scored by d; `name` as the scenario has it (a built-in's is put in the reader's language when shown). */
export type ScoredScenario = { id: string; name: string; sigma: number };

/** The mildest and the most severe of some scenarios by d (the first of equals); null for none. */
export function severityRange(scored: readonly ScoredScenario[]): { lowest: ScoredScenario; highest: ScoredScenario } | null {
  if (scored.length === 0) return null;
  const lowest = scored.reduce((a, b) => (b.sigma < a.sigma ? b : a));
  const highest = scored.reduce((a, b) => (b.sigma > a.sigma ? b : a));
  return { lowest, highest };
}
