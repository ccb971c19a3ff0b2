import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minEigenvalue, type Matrix } from '../linalg';
import { demeaned, ewmaCovariance, ewmaEffectiveSize, ledoitWolf, ledoitWolfCovariance, sampleCovariance, toCorrelation, type Returns } from './estimators';
import { EXAMPLE_SPEC } from './example-history';
import { syntheticReturns, type SyntheticSpec } from './synthetic-history';

/** A well-conditioned Σ (smallest eigenvalue 0.12) in returns and bp: the shipped example's. */
const SPEC: Omit<SyntheticSpec, 'periods' | 'seed'> = {
  factors: EXAMPLE_SPEC.factors,
  vols: EXAMPLE_SPEC.vols,
  corr: EXAMPLE_SPEC.corr,
  frequency: 'weekly',
  start: '2000-01-07',
};
const n = SPEC.factors.length;
const at = (m: Matrix, i: number, j: number) => m.a[i * m.n + j]!;
const annualVol = (cov: Matrix, i: number) => Math.sqrt(at(cov, i, i) * 52);

/**
 * Tolerances: 4 standard errors of the estimate under normal returns — a vol's ≈ σ/√(2n), a correlation's ≈ (1−ρ²)/√n
 * (n = the number of returns, or the EWMA's effective number). Deterministic (seeded), and wide enough for any seed;
 * an estimator that is off by a factor (wrong annualisation, wrong normalisation, a transposed index) misses by far more.
 */
function expectNearTruth(cov: Matrix, size: number) {
  const { corr } = toCorrelation(cov);
  for (let i = 0; i < n; i++) {
    const sigma = SPEC.vols[i]!;
    expect(Math.abs(annualVol(cov, i) - sigma), `vol ${SPEC.factors[i]}`).toBeLessThan((4 * sigma) / Math.sqrt(2 * size));
    for (let j = 0; j < i; j++) {
      const rho = SPEC.corr[i]![j]!;
      expect(Math.abs(at(corr, i, j) - rho), `corr ${SPEC.factors[i]}–${SPEC.factors[j]}`).toBeLessThan((4 * (1 - rho * rho)) / Math.sqrt(size) + 1e-12);
    }
  }
}

describe('the sample covariance', () => {
  it('recovers a known Σ within sampling error (2,000 weekly returns)', () => {
    const rows = syntheticReturns({ ...SPEC, periods: 2000, seed: 1 });
    expectNearTruth(sampleCovariance(rows), 2000);
  });

  it('divides by n − 1 and removes the mean', () => {
    const cov = sampleCovariance([[1], [3]]);
    expect(cov.a[0]).toBe(2); // mean 2, squared deviations 1 + 1 over n − 1 = 1
  });
});

describe('the EWMA covariance', () => {
  it('with weights summing to 1: a constant return r gives r² whatever λ and length', () => {
    for (const lambda of [0.5, 0.94, 0.99]) for (const T of [3, 50, 400]) expect(ewmaCovariance(Array.from({ length: T }, () => [0.02]), lambda).a[0]).toBeCloseTo(0.0004, 15);
  });

  it('recovers a known Σ within the sampling error of its effective size (λ = 0.995)', () => {
    const rows = syntheticReturns({ ...SPEC, periods: 3000, seed: 2 });
    const size = ewmaEffectiveSize(0.995, rows.length);
    expect(size).toBeGreaterThan(390);
    expect(size).toBeLessThan(400); // (1 + λ)/(1 − λ) = 399 for a long history
    expectNearTruth(ewmaCovariance(rows, 0.995), size);
  });

  it('weighs the recent half when the vol doubles half-way (λ = 0.94), where the sample covariance averages both', () => {
    // Eight independent series, each at 20 %/yr for 260 weeks then 40 %/yr for 260 weeks; averaged so that the check is tight.
    const k = 8;
    const spec: SyntheticSpec = {
      factors: Array.from({ length: k }, () => 'BTC'),
      vols: Array.from({ length: k }, () => 0.2),
      corr: Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))),
      periods: 520,
      frequency: 'weekly',
      start: '2000-01-07',
      seed: 3,
      volScale: (t) => (t < 260 ? 1 : 2),
    };
    const rows = syntheticReturns(spec);
    const mean = (cov: Matrix) => Array.from({ length: k }, (_, i) => annualVol(cov, i)).reduce((a, b) => a + b) / k;
    const ewma = mean(ewmaCovariance(rows, 0.94));
    const sample = mean(sampleCovariance(rows));
    // EWMA: λ^260 ≈ 1e-7 of the weight is on the first half, so it estimates 0.4 with ≈ 32 effective returns per series.
    const ewmaSe = 0.4 / Math.sqrt(2 * ewmaEffectiveSize(0.94, 520) * k);
    expect(Math.abs(ewma - 0.4)).toBeLessThan(4 * ewmaSe);
    // The sample vol is √((0.2² + 0.4²)/2) ≈ 0.316, far from 0.4.
    expect(Math.abs(sample - Math.sqrt(0.1))).toBeLessThan(4 * (Math.sqrt(0.1) / Math.sqrt(2 * 520 * k)));
    expect(ewma - sample).toBeGreaterThan(0.06);
  });
});

/** Ledoit–Wolf (2004) written out as in the paper, with both θ terms of ρ̂: a second implementation to check the first. */
function ledoitWolfByThePaper(rows: Returns): number {
  const T = rows.length;
  const N = rows[0]!.length;
  const x = demeaned(rows);
  const s = (i: number, j: number) => x.reduce((a, r) => a + r[i]! * r[j]!, 0) / T;
  let rSum = 0;
  for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) rSum += s(i, j) / Math.sqrt(s(i, i) * s(j, j));
  const rBar = (2 * rSum) / (N * (N - 1));
  const f = (i: number, j: number) => (i === j ? s(i, i) : rBar * Math.sqrt(s(i, i) * s(j, j)));
  const pi = (i: number, j: number) => x.reduce((a, r) => a + (r[i]! * r[j]! - s(i, j)) ** 2, 0) / T;
  const theta = (k: number, i: number, j: number) => x.reduce((a, r) => a + (r[k]! ** 2 - s(k, k)) * (r[i]! * r[j]! - s(i, j)), 0) / T;
  let piHat = 0;
  let rhoHat = 0;
  let gamma = 0;
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      piHat += pi(i, j);
      gamma += (f(i, j) - s(i, j)) ** 2;
      if (i === j) rhoHat += pi(i, i);
      else rhoHat += (rBar / 2) * (Math.sqrt(s(j, j) / s(i, i)) * theta(i, i, j) + Math.sqrt(s(i, i) / s(j, j)) * theta(j, i, j));
    }
  return Math.max(0, Math.min(1, (piHat - rhoHat) / gamma / T));
}

describe('Ledoit–Wolf shrinkage towards constant correlation', () => {
  it('matches the paper’s formulas written out term by term, on raw and on standardised returns', () => {
    for (const seed of [4, 5, 6]) {
      const rows = syntheticReturns({ ...SPEC, periods: 60, seed });
      const raw = ledoitWolfByThePaper(rows);
      expect(raw).toBeGreaterThan(0); // not clamped: the comparison means something
      expect(ledoitWolfCovariance(rows).intensity).toBeCloseTo(raw, 12);
      const x = demeaned(rows);
      const sd = SPEC.factors.map((_, j) => Math.sqrt(x.reduce((a, r) => a + r[j]! ** 2, 0) / rows.length));
      const standardised = ledoitWolfByThePaper(x.map((r) => r.map((v, j) => v / sd[j]!)));
      expect(standardised).toBeGreaterThan(0);
      expect(standardised).toBeLessThan(1);
      expect(ledoitWolf(rows).intensity).toBeCloseTo(standardised, 12);
    }
  });

  it('has an intensity in [0, 1] that falls towards 0 as the history grows, for a well-conditioned Σ', () => {
    const intensity = (periods: number) => ledoitWolf(syntheticReturns({ ...SPEC, periods, seed: 7 })).intensity;
    const [small, middle, large] = [intensity(40), intensity(1000), intensity(10_000)];
    for (const d of [small, middle, large]) expect(d >= 0 && d <= 1).toBe(true);
    expect(small).toBeGreaterThan(0.05);
    expect(large).toBeLessThan(0.005);
    // δ̂ ≈ κ/T for a fixed Σ: ten times the history, about a tenth of the intensity.
    expect(middle / large).toBeGreaterThan(5);
    expect(middle / large).toBeLessThan(20);
  });

  it('shrinks hard when constant correlation is the truth', () => {
    const k = 8;
    const rows = syntheticReturns({
      factors: Array.from({ length: k }, () => 'EQ'),
      vols: Array.from({ length: k }, (_, i) => 0.1 + 0.05 * i),
      corr: Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0.3))),
      periods: 200,
      frequency: 'weekly',
      start: '2000-01-07',
      seed: 8,
    });
    expect(ledoitWolf(rows).intensity).toBeGreaterThan(0.5);
  });

  it('keeps every sample variance, and is scale-free: measuring a series in other units changes nothing but its scale', () => {
    const rows = syntheticReturns({ ...SPEC, periods: 80, seed: 9 });
    const lw = ledoitWolf(rows);
    expect(lw.intensity).toBeGreaterThan(0.01); // neither 0 nor 1, so an unchanged intensity means something
    expect(lw.intensity).toBeLessThan(0.99);
    const S = demeaned(rows);
    for (let i = 0; i < n; i++) expect(at(lw.covariance, i, i)).toBeCloseTo(S.reduce((a, r) => a + r[i]! ** 2, 0) / rows.length, 12);
    const rescaled = ledoitWolf(rows.map((r) => r.map((v, j) => (j === 3 ? v / 100 : v)))); // HY in percentage points, not bp
    expect(rescaled.intensity).toBeCloseTo(lw.intensity, 12);
    expect(toCorrelation(rescaled.covariance).corr.a[3 * n + 1]).toBeCloseTo(toCorrelation(lw.covariance).corr.a[3 * n + 1]!, 12);
  });
});

describe('every estimator', () => {
  it('gives a symmetric PSD covariance on any return table, even with fewer returns than series (property)', () => {
    const table = fc.integer({ min: 2, max: 6 }).chain((k) => fc.array(fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { minLength: k, maxLength: k }), { minLength: 3, maxLength: 30 }));
    fc.assert(
      fc.property(table, fc.double({ min: 0.5, max: 0.999, noNaN: true }), (rows, lambda) => {
        for (const cov of [sampleCovariance(rows), ewmaCovariance(rows, lambda), ledoitWolf(rows).covariance]) {
          for (let i = 0; i < cov.n; i++) for (let j = 0; j < cov.n; j++) expect(at(cov, i, j)).toBe(at(cov, j, i));
          const scale = Math.max(1e-300, ...Array.from({ length: cov.n }, (_, i) => at(cov, i, i)));
          expect(minEigenvalue(cov) / scale).toBeGreaterThan(-1e-9);
        }
      }),
      { seed: 11, numRuns: 150 },
    );
  });
});
