import { type Matrix, matrix, minEigenvalue, symmetricEigen } from '../linalg';

/** Smallest eigenvalue a repaired matrix is given (so it is positive definite, not merely semi-definite). */
export const EIGEN_FLOOR = 1e-6;

/** V·diag(max(λ, floor))·Vᵀ: the nearest (Frobenius) symmetric matrix whose eigenvalues are all at least `floor`. */
function clipEigen(m: Matrix, floor: number): Matrix {
  const { n } = m;
  const { values, vectors } = symmetricEigen(m);
  const out = matrix(n);
  for (let k = 0; k < n; k++) {
    const lam = Math.max(values[k]!, floor);
    for (let i = 0; i < n; i++) {
      const vik = vectors[i * n + k]! * lam;
      for (let j = 0; j < n; j++) out.a[i * n + j]! += vik * vectors[j * n + k]!;
    }
  }
  return out;
}

/** D^{−½}·A·D^{−½} with D = diag(A): unit diagonal; PSD stays PSD. Symmetrised. */
function unitDiagonal(m: Matrix): Matrix {
  const { n } = m;
  const d = Float64Array.from({ length: n }, (_, i) => Math.sqrt(m.a[i * n + i]!));
  const out = matrix(n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) out.a[i * n + j] = i === j ? 1 : (m.a[i * n + j]! + m.a[j * n + i]!) / (2 * d[i]! * d[j]!);
  return out;
}

const maxAbsDiff = (a: Matrix, b: Matrix): number => a.a.reduce((m, v, k) => Math.max(m, Math.abs(v - b.a[k]!)), 0);

export type Repair = {
  /** The smallest eigenvalue before the repair (negative: the matrix was not PSD). */
  minEigenvalueBefore: number;
  /** The largest change of any correlation. */
  maxChange: number;
};

/**
 * The matrix as it is when it is a PSD correlation matrix (smallest eigenvalue ≥ 0); otherwise the nearest correlation
 * matrix in the Frobenius norm with eigenvalues ≥ EIGEN_FLOOR, by Higham's alternating projections with Dykstra's
 * correction (Higham 2002, "Computing the nearest correlation matrix", IMA J. Numer. Anal. 22), finished by one
 * eigenvalue clip and rescale so that the answer is PSD with a unit diagonal whatever the iteration count.
 */
export function repairCorrelation(c: Matrix, floor = EIGEN_FLOOR): { corr: Matrix; repair: Repair | null } {
  const before = minEigenvalue(c);
  if (before >= 0) return { corr: c, repair: null };
  const { n } = c;
  let y: Matrix = { n, a: Float64Array.from(c.a) };
  let ds = matrix(n);
  for (let k = 0; k < 200; k++) {
    const r: Matrix = { n, a: y.a.map((v, i) => v - ds.a[i]!) };
    const x = clipEigen(r, floor);
    ds = { n, a: x.a.map((v, i) => v - r.a[i]!) };
    const next: Matrix = { n, a: Float64Array.from(x.a) };
    for (let i = 0; i < n; i++) next.a[i * n + i] = 1;
    const moved = maxAbsDiff(next, y);
    y = next;
    if (moved < 1e-10) break;
  }
  const corr = unitDiagonal(clipEigen(y, floor));
  return { corr, repair: { minEigenvalueBefore: before, maxChange: maxAbsDiff(corr, c) } };
}
