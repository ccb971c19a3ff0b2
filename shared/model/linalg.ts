/** Small dense linear algebra on row-major Float64Array matrices (n ≤ ~20: factor-sized). */

export type Matrix = { n: number; a: Float64Array };

export const matrix = (n: number, rows?: readonly (readonly number[])[]): Matrix => {
  const a = new Float64Array(n * n);
  if (rows) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] = rows[i]?.[j] ?? 0;
  return { n, a };
};

export const toRows = (m: Matrix): number[][] =>
  Array.from({ length: m.n }, (_, i) => Array.from(m.a.subarray(i * m.n, (i + 1) * m.n)));

/** The sub-matrix of rows `ri` and columns `ci`, as a plain rows×cols Float64Array. */
export function subMatrix(m: Matrix, ri: readonly number[], ci: readonly number[]): Float64Array {
  const out = new Float64Array(ri.length * ci.length);
  for (let r = 0; r < ri.length; r++) for (let c = 0; c < ci.length; c++) out[r * ci.length + c] = m.a[ri[r]! * m.n + ci[c]!]!;
  return out;
}

/** C = A·B for A (p×q) and B (q×r). */
export function multiply(a: Float64Array, b: Float64Array, p: number, q: number, r: number): Float64Array {
  const out = new Float64Array(p * r);
  for (let i = 0; i < p; i++)
    for (let k = 0; k < q; k++) {
      const aik = a[i * q + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < r; j++) out[i * r + j]! += aik * b[k * r + j]!;
    }
  return out;
}

/**
 * Lower-triangular L with L·Lᵀ = A for a positive SEMI-definite A: a pivot that is zero up to rounding
 * (relative to the largest diagonal) gives a zero column, so singular stressed matrices (λ = 1) still factor.
 * Throws when A is clearly not PSD.
 */
export function choleskyPsd(m: Matrix, relTol = 1e-11): Float64Array {
  const { n, a } = m;
  const l = new Float64Array(n * n);
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(a[i * n + i]!));
  const tol = relTol * (scale || 1);
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j]!;
    for (let k = 0; k < j; k++) d -= l[j * n + k]! ** 2;
    if (d < -tol * 1e3) throw new Error(`matrix is not positive semi-definite (pivot ${d} at ${j})`);
    if (d <= tol) continue; // zero column: this direction carries no variance
    const ljj = Math.sqrt(d);
    l[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = s / ljj;
    }
  }
  return l;
}

/** Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations: A = V·diag(values)·Vᵀ (V columns). */
export function symmetricEigen(m: Matrix): { values: Float64Array; vectors: Float64Array } {
  const { n } = m;
  const a = Float64Array.from(m.a);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i]!;
  return { values, vectors: v };
}

export const minEigenvalue = (m: Matrix): number => Math.min(...symmetricEigen(m).values);

/**
 * Lower-triangular square root of a matrix that is PSD in exact arithmetic but may carry rounding (a conditional
 * covariance Σ_nn − Σ_nc Σ_cc⁻¹ Σ_cn): eigenvalues below relTol·max are set to 0 before the Cholesky factorisation.
 */
export function psdSqrt(m: Matrix, relTol = 1e-12): Float64Array {
  const { n } = m;
  if (n === 0) return new Float64Array(0);
  const { values, vectors } = symmetricEigen(m);
  const top = Math.max(0, ...values);
  const clean = matrix(n);
  for (let k = 0; k < n; k++) {
    const lam = values[k]! > relTol * top ? values[k]! : 0;
    if (lam === 0) continue;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) clean.a[i * n + j]! += vectors[i * n + k]! * lam * vectors[j * n + k]!;
  }
  return choleskyPsd(clean, 1e-9);
}

/** Moore–Penrose pseudo-inverse of a symmetric PSD matrix (eigenvalues below relTol·max are treated as zero). */
export function pseudoInverse(m: Matrix, relTol = 1e-12): Float64Array {
  const { n } = m;
  const { values, vectors } = symmetricEigen(m);
  const cut = relTol * Math.max(0, ...values);
  const out = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const lam = values[k]!;
    if (lam <= cut) continue;
    for (let i = 0; i < n; i++) {
      const vik = vectors[i * n + k]! / lam;
      if (vik === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j]! += vik * vectors[j * n + k]!;
    }
  }
  return out;
}

/**
 * A lower-triangular square root whose leading k×k block is exactly psdSqrt of A's leading block, bit for bit: the
 * rows below continue the Cholesky recursion (L₂₁ = A₂₁·L₁₁⁻ᵀ, skipping L₁₁'s zero columns) and the trailing block
 * is psdSqrt of the Schur complement A₂₂ − L₂₁·L₂₁ᵀ. So L·Lᵀ = A, and adding variables after the first k leaves the
 * first k's draws (L₁₁·z) unchanged.
 */
export function psdSqrtLeading(m: Matrix, k: number): Float64Array {
  const { n, a } = m;
  if (k <= 0 || k >= n) return psdSqrt(m);
  const r = n - k;
  const l11 = psdSqrt({ n: k, a: subMatrix(m, range(k), range(k)) });
  const l21 = new Float64Array(r * k);
  for (let i = 0; i < r; i++)
    for (let j = 0; j < k; j++) {
      const d = l11[j * k + j]!;
      if (d === 0) continue;
      let s = a[(k + i) * n + j]!;
      for (let q = 0; q < j; q++) s -= l21[i * k + q]! * l11[j * k + q]!;
      l21[i * k + j] = s / d;
    }
  const schur = matrix(r);
  for (let i = 0; i < r; i++)
    for (let j = 0; j <= i; j++) {
      let s = 0.5 * (a[(k + i) * n + k + j]! + a[(k + j) * n + k + i]!);
      for (let q = 0; q < k; q++) s -= l21[i * k + q]! * l21[j * k + q]!;
      schur.a[i * r + j] = s;
      schur.a[j * r + i] = s;
    }
  const l22 = psdSqrt(schur);
  const out = new Float64Array(n * n);
  for (let i = 0; i < k; i++) for (let j = 0; j <= i; j++) out[i * n + j] = l11[i * k + j]!;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < k; j++) out[(k + i) * n + j] = l21[i * k + j]!;
    for (let j = 0; j <= i; j++) out[(k + i) * n + k + j] = l22[i * r + j]!;
  }
  return out;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
