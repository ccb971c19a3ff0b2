import { describe, expect, it } from 'vitest';
import { normCdf } from './normal';

describe('normCdf', () => {
  // Reference values: mpmath.ncdf at 30 digits.
  it.each([
    [-8, 6.220960574271784e-16],
    [-5, 2.866515718791939e-07],
    [-3, 0.0013498980316300946],
    [-1.5, 0.06680720126885807],
    [-1, 0.15865525393145705],
    [-0.5, 0.3085375387259869],
    [0, 0.5],
    [0.3, 0.6179114221889527],
    [1, 0.8413447460685429],
    [2, 0.9772498680518208],
    [4, 0.9999683287581669],
    [6, 0.9999999990134123],
  ])('Φ(%d) to 1e-12 relative', (x, ref) => {
    expect(Math.abs(normCdf(x) - ref) / ref).toBeLessThan(1e-12);
  });

  it('is monotone and symmetric', () => {
    let last = 0;
    for (let x = -12; x <= 12; x += 0.01) {
      const v = normCdf(x);
      expect(v).toBeGreaterThanOrEqual(last);
      expect(Math.abs(v + normCdf(-x) - 1)).toBeLessThan(1e-15);
      last = v;
    }
    expect(normCdf(-Infinity)).toBe(0);
    expect(normCdf(Infinity)).toBe(1);
  });
});
