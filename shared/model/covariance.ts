import { type Factor, FACTORS } from '../domain/scenario';
import { type Matrix, matrix } from './linalg';
import type { FactorModelResource } from './resources';

export const FACTOR_COUNT = FACTORS.length;
export const FACTOR_INDEX = Object.fromEntries(FACTORS.map((f, i) => [f, i])) as Record<Factor, number>;

export const correlationMatrix = (fm: FactorModelResource): Matrix => matrix(FACTOR_COUNT, fm.correlation.matrix);
export const stressSigns = (fm: FactorModelResource): Float64Array => Float64Array.from(FACTORS, (f) => fm.factors[f].stressSign);
export const annualVols = (fm: FactorModelResource): Float64Array => Float64Array.from(FACTORS, (f) => fm.factors[f].volAnnual);

/** C_s = (1−λ)·C + λ·s·sᵀ: a convex blend of two PSD matrices with unit diagonals, so again a correlation matrix. */
export function stressedCorrelation(c: Matrix, s: Float64Array, lambda: number): Matrix {
  const { n } = c;
  const out = matrix(n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) out.a[i * n + j] = (1 - lambda) * c.a[i * n + j]! + lambda * s[i]! * s[j]!;
  return out;
}

/** Σ = scale · D·C·D with D = diag(vols). */
export function covarianceFrom(corr: Matrix, vols: Float64Array, scale = 1): Matrix {
  const { n } = corr;
  const out = matrix(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out.a[i * n + j] = scale * vols[i]! * vols[j]! * corr.a[i * n + j]!;
  return out;
}

/** The stressed covariance over `weeks` (square-root-of-time: Σ_annual · weeks/52). */
export function stressedCovariance(fm: FactorModelResource, lambda: number, weeks: number): Matrix {
  return covarianceFrom(stressedCorrelation(correlationMatrix(fm), stressSigns(fm), lambda), annualVols(fm), weeks / 52);
}
