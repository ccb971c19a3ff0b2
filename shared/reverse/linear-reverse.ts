import { type Matrix, multiply, pseudoInverse } from '../model/linalg';

/**
 * The most plausible shock that costs a linear book a given loss (the closed form the reverse stress test starts from).
 *
 * With factor moves f ~ N(0, Σ) and a loss that is linear in them, L(f) = gᵀf (g = the book's loss per unit of each
 * factor), the shock of smallest Mahalanobis distance d² = fᵀΣ⁻¹f with L(f) = T solves
 *
 *   min ½ fᵀΣ⁻¹f  s.t.  gᵀf = T   ⇒   Σ⁻¹f = μ·g  ⇒   f* = Σg · T / (gᵀΣg),   d* = |T| / √(gᵀΣg).
 *
 * √(gᵀΣg) is the loss's standard deviation: d* says how many of them the target is. Σ may be singular (a pseudo-inverse
 * measures d), and gᵀΣg = 0 means no shock the model can draw moves the book at all.
 */
export type LinearReverse = { shock: Float64Array; d: number; lossSd: number } | null;

export function linearReverse(sigma: Matrix, g: ArrayLike<number>, target: number): LinearReverse {
  const { n } = sigma;
  const sg = multiply(sigma.a, Float64Array.from(g), n, n, 1);
  let variance = 0;
  for (let i = 0; i < n; i++) variance += g[i]! * sg[i]!;
  if (!(variance > 0)) return null;
  const scale = target / variance;
  return { shock: Float64Array.from(sg, (v) => v * scale), d: Math.abs(target) / Math.sqrt(variance), lossSd: Math.sqrt(variance) };
}

/** d = √(fᵀΣ⁺f) of a full factor vector, Σ⁺ the pseudo-inverse (as the plausibility score measures every core shock). */
export function mahalanobisDistance(sigma: Matrix, f: ArrayLike<number>): number {
  const { n } = sigma;
  const inv = pseudoInverse(sigma);
  const x = multiply(inv, Float64Array.from(f), n, n, 1);
  let d2 = 0;
  for (let i = 0; i < n; i++) d2 += f[i]! * x[i]!;
  return Math.sqrt(Math.max(0, d2));
}
