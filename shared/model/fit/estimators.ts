import { type Matrix, matrix } from '../linalg';

/**
 * Covariance estimators on a table of per-period returns: `rows[t][j]` is series j's return over period t, oldest
 * first, with no gaps (the caller drops incomplete rows). Results are per period; annualise by multiplying by the
 * periods per year.
 */
export type Returns = readonly (readonly number[])[];

const width = (rows: Returns): number => rows[0]?.length ?? 0;

function means(rows: Returns): Float64Array {
  const n = width(rows);
  const m = new Float64Array(n);
  for (const r of rows) for (let j = 0; j < n; j++) m[j]! += r[j]!;
  for (let j = 0; j < n; j++) m[j]! /= rows.length;
  return m;
}

/** Rows minus their column means. */
export function demeaned(rows: Returns): number[][] {
  const m = means(rows);
  return rows.map((r) => r.map((v, j) => v - m[j]!));
}

/** Σ x_t x_tᵀ · w_t over rows (weights default to 1). */
function crossProducts(rows: Returns, weight: (t: number) => number = () => 1): Matrix {
  const n = width(rows);
  const out = matrix(n);
  rows.forEach((r, t) => {
    const w = weight(t);
    for (let i = 0; i < n; i++) {
      const wi = w * r[i]!;
      for (let j = i; j < n; j++) out.a[i * n + j]! += wi * r[j]!;
    }
  });
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) out.a[i * n + j] = out.a[j * n + i]!;
  return out;
}

const scaled = (m: Matrix, k: number): Matrix => ({ n: m.n, a: m.a.map((v) => v * k) });

/** The unbiased sample covariance (mean removed, divided by T − 1). Needs T ≥ 2. */
export function sampleCovariance(rows: Returns): Matrix {
  if (rows.length < 2) throw new RangeError('the sample covariance needs at least two returns');
  return scaled(crossProducts(demeaned(rows)), 1 / (rows.length - 1));
}

/**
 * The RiskMetrics exponentially weighted covariance at the last period: Σ = Σ_k w_k r_{T−k} r_{T−k}ᵀ with
 * w_k = (1−λ)·λ^k / (1−λ^T), k = 0 the newest return, zero mean (RiskMetrics, J.P. Morgan 1996, λ = 0.94 for daily
 * data). The weights are normalised to sum to 1, so a short history is not biased low. PSD by construction.
 */
export function ewmaCovariance(rows: Returns, lambda: number): Matrix {
  if (!(lambda > 0 && lambda < 1)) throw new RangeError(`λ must lie strictly between 0 and 1, not ${lambda}`);
  const T = rows.length;
  const norm = (1 - lambda) / (1 - lambda ** T);
  return crossProducts(rows, (t) => norm * lambda ** (T - 1 - t));
}

/** Kish's effective sample size of the EWMA weights: (Σw)² / Σw². */
export function ewmaEffectiveSize(lambda: number, T: number): number {
  return ((1 + lambda) / (1 - lambda)) * ((1 - lambda ** T) ** 2 / (1 - lambda ** (2 * T)));
}

export type Shrunk = { covariance: Matrix; intensity: number; averageCorrelation: number };

/**
 * Ledoit & Wolf (2004), "Honey, I shrunk the sample covariance matrix", J. Portfolio Management 30(4), as published:
 * the sample covariance S (mean removed, divided by T) shrunk towards the constant-correlation target F (f_ii = s_ii,
 * f_ij = r̄·√(s_ii s_jj), r̄ the average sample correlation) with the estimated optimal intensity
 * δ = max(0, min(1, (π̂ − ρ̂) / (γ̂·T))). A series that never moves has no correlation and is left out of r̄.
 */
export function ledoitWolfCovariance(rows: Returns): Shrunk {
  const T = rows.length;
  if (T < 2) throw new RangeError('shrinkage needs at least two returns');
  const x = demeaned(rows);
  const S = scaled(crossProducts(x), 1 / T);
  const n = S.n;
  const s = (i: number, j: number) => S.a[i * n + j]!;
  const sd = Float64Array.from({ length: n }, (_, i) => Math.sqrt(s(i, i)));
  const moves = (i: number) => sd[i]! > 0;
  let rSum = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (i !== j && moves(i) && moves(j)) {
        rSum += s(i, j) / (sd[i]! * sd[j]!);
        pairs += 1;
      }
  const rBar = pairs > 0 ? rSum / pairs : 0;
  const F = matrix(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) F.a[i * n + j] = i === j ? s(i, i) : rBar * (sd[i]! * sd[j]!);

  // π̂_ij = (1/T) Σ_t (x_ti x_tj − s_ij)²; θ̂_ii,ij = (1/T) Σ_t (x_ti² − s_ii)(x_ti x_tj − s_ij).
  const pi = new Float64Array(n * n);
  const theta = new Float64Array(n * n);
  for (const r of x)
    for (let i = 0; i < n; i++) {
      const dii = r[i]! * r[i]! - s(i, i);
      for (let j = 0; j < n; j++) {
        const dij = r[i]! * r[j]! - s(i, j);
        pi[i * n + j]! += dij * dij;
        theta[i * n + j]! += dii * dij;
      }
    }
  let piHat = 0;
  let rhoHat = 0;
  let gammaHat = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      piHat += pi[i * n + j]! / T;
      if (i === j) rhoHat += pi[i * n + i]! / T;
      // ρ̂ off-diagonal: (r̄/2)·(√(s_jj/s_ii)·θ̂_ii,ij + √(s_ii/s_jj)·θ̂_jj,ij), summed over i ≠ j, is r̄·Σ √(s_jj/s_ii)·θ̂_ii,ij.
      else if (moves(i)) rhoHat += (rBar * (sd[j]! / sd[i]!) * theta[i * n + j]!) / T;
      gammaHat += (s(i, j) - F.a[i * n + j]!) ** 2;
    }
  const intensity = gammaHat === 0 ? 1 : Math.max(0, Math.min(1, (piHat - rhoHat) / gammaHat / T));
  const covariance = matrix(n);
  for (let k = 0; k < n * n; k++) covariance.a[k] = intensity * F.a[k]! + (1 - intensity) * S.a[k]!;
  return { covariance, intensity, averageCorrelation: rBar };
}

/**
 * Ledoit–Wolf constant-correlation shrinkage made scale-free: applied to the returns divided by their sample
 * standard deviations, then scaled back. The Frobenius loss behind δ weighs each entry by the product of its two
 * variances, so on raw data a series in bp (variance ~10⁴) would decide δ alone; standardised, every pair counts
 * alike, as it must when returns (fractions) and spread changes (bp) share one matrix. The sample variances are kept
 * (the target's diagonal is the sample's), so shrinkage moves correlations only: towards their average r̄.
 */
export function ledoitWolf(rows: Returns): Shrunk {
  const T = rows.length;
  if (T < 2) throw new RangeError('shrinkage needs at least two returns');
  const x = demeaned(rows);
  const n = width(rows);
  const sd = Float64Array.from({ length: n }, (_, j) => Math.sqrt(x.reduce((a, r) => a + r[j]! ** 2, 0) / T));
  const shrunk = ledoitWolfCovariance(x.map((r) => r.map((v, j) => (sd[j]! > 0 ? v / sd[j]! : 0))));
  const covariance = matrix(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) covariance.a[i * n + j] = shrunk.covariance.a[i * n + j]! * (sd[i]! * sd[j]!);
  return { covariance, intensity: shrunk.intensity, averageCorrelation: shrunk.averageCorrelation };
}

/** Standard deviations and the correlation matrix of a covariance (a zero variance gives a zero row). */
export function toCorrelation(cov: Matrix): { sd: Float64Array; corr: Matrix } {
  const { n } = cov;
  const sd = Float64Array.from({ length: n }, (_, i) => Math.sqrt(Math.max(0, cov.a[i * n + i]!)));
  const corr = matrix(n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const d = sd[i]! * sd[j]!;
      corr.a[i * n + j] = i === j ? 1 : d > 0 ? Math.max(-1, Math.min(1, cov.a[i * n + j]! / d)) : 0;
    }
  return { sd, corr };
}
