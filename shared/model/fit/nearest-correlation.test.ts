import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrix, minEigenvalue, toRows, type Matrix } from '../linalg';
import { EIGEN_FLOOR, repairCorrelation } from './nearest-correlation';

const expectCorrelation = (m: Matrix) => {
  for (let i = 0; i < m.n; i++) {
    expect(m.a[i * m.n + i]).toBe(1);
    for (let j = 0; j < m.n; j++) {
      expect(m.a[i * m.n + j]).toBe(m.a[j * m.n + i]);
      expect(Math.abs(m.a[i * m.n + j]!)).toBeLessThanOrEqual(1);
    }
  }
  expect(minEigenvalue(m)).toBeGreaterThanOrEqual(0);
};

describe('repairCorrelation', () => {
  it('returns a PSD correlation matrix as it is, and reports no repair', () => {
    const c = matrix(3, [
      [1, 0.5, 0.2],
      [0.5, 1, 0.1],
      [0.2, 0.1, 1],
    ]);
    const { corr, repair } = repairCorrelation(c);
    expect(repair).toBeNull();
    expect(corr).toBe(c);
  });

  it('finds Higham’s nearest correlation matrix of his 2002 example', () => {
    // Higham (2002), §4: A = [1 1 0; 1 1 1; 0 1 1] (eigenvalues 1 ± √2, 1) → X with x₁₂ = x₂₃ = 0.7607, x₁₃ = 0.1573.
    const { corr, repair } = repairCorrelation(matrix(3, [[1, 1, 0], [1, 1, 1], [0, 1, 1]]));
    const x = toRows(corr);
    expect(x[0]![1]).toBeCloseTo(0.7607, 3);
    expect(x[1]![2]).toBeCloseTo(0.7607, 3);
    expect(x[0]![2]).toBeCloseTo(0.1573, 3);
    expect(repair!.minEigenvalueBefore).toBeCloseTo(1 - Math.SQRT2, 10);
    expect(repair!.maxChange).toBeCloseTo(1 - 0.7607, 3);
    expectCorrelation(corr);
  });

  it('makes any symmetric unit-diagonal matrix a PSD correlation matrix (property)', () => {
    const arb = fc.integer({ min: 2, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })));
    fc.assert(
      fc.property(arb, ([n, upper]) => {
        const m = matrix(n);
        let k = 0;
        for (let i = 0; i < n; i++) {
          m.a[i * n + i] = 1;
          for (let j = i + 1; j < n; j++) m.a[i * n + j] = m.a[j * n + i] = upper[k++]!;
        }
        const { corr, repair } = repairCorrelation(m);
        expectCorrelation(corr);
        if (repair) expect(minEigenvalue(corr)).toBeGreaterThan(EIGEN_FLOOR / 10);
      }),
      { seed: 12, numRuns: 200 },
    );
  });

  it('repairs a tiny negative eigenvalue (a singular matrix with rounding) by a tiny change', () => {
    // A perfectly correlated pair whose correlations with a third differ by ε = 1e-6: the smallest eigenvalue is ≈ −ε²/2.
    const c = matrix(3, [
      [1, 1, 0.3],
      [1, 1, 0.3 + 1e-6],
      [0.3, 0.3 + 1e-6, 1],
    ]);
    expect(minEigenvalue(c)).toBeLessThan(-1e-13);
    expect(minEigenvalue(c)).toBeGreaterThan(-1e-11);
    const { corr, repair } = repairCorrelation(c);
    expect(repair).not.toBeNull();
    expect(repair!.maxChange).toBeLessThan(1e-5);
    expectCorrelation(corr);
  });
});
