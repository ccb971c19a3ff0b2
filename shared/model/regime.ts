import { type Factor, FACTORS, type RegimeFactor, type RegimeSpec } from '../domain/scenario';
import type { RegimesResource } from './resources';

const HOLD: RegimeFactor = { retrace: 0, lagWeeks: 0, halfLifeWeeks: 1 };

const byFactor = (get: (f: Factor) => RegimeFactor): Record<Factor, RegimeFactor> =>
  Object.fromEntries(FACTORS.map((f) => [f, get(f)])) as Record<Factor, RegimeFactor>;

/** A factor's regime; built-in regimes may set a different retrace for paths whose phase-one move was negative. */
export type ResolvedRegimeFactor = RegimeFactor & { retraceIfNegative?: number | undefined };

/** Per-factor regime parameters: a built-in regime from resources, or a custom one (missing factors hold at the shock). */
export function resolveRegime(spec: RegimeSpec, regimes: RegimesResource): Record<Factor, ResolvedRegimeFactor> {
  if (typeof spec === 'string') {
    const r = regimes.regimes[spec];
    if (!r) throw new Error(`unknown regime "${spec}"`);
    return byFactor((f) => r.factors[f]);
  }
  return byFactor((f) => spec.custom[f] ?? HOLD);
}

/**
 * m(t)/s = 1 − ρ·(1 − 2^{−(t−lag)/half_life}) after the lag, 1 before: the share of the phase-one move still
 * present at week t of phase two.
 */
export function meanPathMultiplier(r: RegimeFactor, t: number): number {
  if (t <= r.lagWeeks) return 1;
  return 1 - r.retrace * (1 - 2 ** (-(t - r.lagWeeks) / r.halfLifeWeeks));
}

/**
 * Multipliers a[t·F + k] for weeks t = 0..H and factors k (FACTORS order). `ifNegative`: those for a path whose
 * phase-one move of the factor is negative (retraceIfNegative where a regime sets it, else the same).
 */
export function meanPathMultipliers(regime: Record<Factor, ResolvedRegimeFactor>, horizonWeeks: number, ifNegative = false): Float64Array {
  const n = FACTORS.length;
  const out = new Float64Array((horizonWeeks + 1) * n);
  const side = (r: ResolvedRegimeFactor): RegimeFactor =>
    ifNegative && r.retraceIfNegative !== undefined ? { ...r, retrace: r.retraceIfNegative } : r;
  for (let t = 0; t <= horizonWeeks; t++) FACTORS.forEach((f, k) => (out[t * n + k] = meanPathMultiplier(side(regime[f]), t)));
  return out;
}

/** The mean-path multiplier of a factor whose phase-one move on the path is `move` (sign-dependent where set). */
export const meanPathMultiplierFor = (r: ResolvedRegimeFactor, move: number, t: number): number =>
  meanPathMultiplier(move < 0 && r.retraceIfNegative !== undefined ? { ...r, retrace: r.retraceIfNegative } : r, t);
