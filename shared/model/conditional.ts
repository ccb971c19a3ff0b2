import { type Factor, FACTORS } from '../domain/scenario';
import { type Matrix, multiply, pseudoInverse, subMatrix } from './linalg';

export type ConditionalShock = {
  /** Indices (into FACTORS) of the shocked (core) and the other factors. */
  coreIdx: number[];
  nonCoreIdx: number[];
  coreShock: Float64Array;
  /** Full factor vector: the core shocks and E[f_n | f_c = s] = Σ_nc Σ_cc⁻¹ s. */
  mean: Float64Array;
  /** B = Σ_nc Σ_cc⁻¹ (non-core × core): the mean of the other factors moves by B·s for any core vector s. */
  loadings: Float64Array;
  /** Cov = Σ_nn − Σ_nc Σ_cc⁻¹ Σ_cn (non-core × non-core). */
  cov: Matrix;
  /** sᵀ Σ_cc⁻¹ s and its square root (the shock's distance in standard deviations). */
  mahalanobis: number;
  sigma: number;
};

/**
 * Conditional distribution of the other factors given the core shocks, under the covariance `sigma`
 * (already stressed and scaled to the shock's horizon). Σ_cc⁻¹ is a pseudo-inverse, so λ = 1 (singular) still works.
 */
export function conditionalShock(sigma: Matrix, shocks: Partial<Record<Factor, number>>): ConditionalShock {
  const coreIdx: number[] = [];
  const nonCoreIdx: number[] = [];
  FACTORS.forEach((f, i) => (shocks[f] === undefined ? nonCoreIdx : coreIdx).push(i));
  const c = coreIdx.length;
  const nn = nonCoreIdx.length;
  const s = Float64Array.from(coreIdx, (i) => shocks[FACTORS[i]!]!);
  const inv = pseudoInverse({ n: c, a: subMatrix(sigma, coreIdx, coreIdx) });
  const snc = subMatrix(sigma, nonCoreIdx, coreIdx);
  const loadings = multiply(snc, inv, nn, c, c);
  const cov = subMatrix(sigma, nonCoreIdx, nonCoreIdx);
  const correction = multiply(loadings, subMatrix(sigma, coreIdx, nonCoreIdx), nn, c, nn);
  for (let i = 0; i < nn; i++)
    for (let j = 0; j < nn; j++) cov[i * nn + j] = cov[i * nn + j]! - 0.5 * (correction[i * nn + j]! + correction[j * nn + i]!);
  const mean = new Float64Array(FACTORS.length);
  coreIdx.forEach((fi, k) => (mean[fi] = s[k]!));
  const bs = multiply(loadings, s, nn, c, 1);
  nonCoreIdx.forEach((fi, k) => (mean[fi] = bs[k]!));
  const invS = multiply(inv, s, c, c, 1);
  let mahalanobis = 0;
  for (let k = 0; k < c; k++) mahalanobis += s[k]! * invS[k]!;
  mahalanobis = Math.max(0, mahalanobis);
  return { coreIdx, nonCoreIdx, coreShock: s, mean, loadings, cov: { n: nn, a: cov }, mahalanobis, sigma: Math.sqrt(mahalanobis) };
}
