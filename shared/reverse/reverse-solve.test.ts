import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrix, psdSqrt } from '../model/linalg';
import { linearReverse, mahalanobisDistance } from './linear-reverse';
import { solveReverse } from './reverse-solve';

/*
 * A linear two-factor book: 100 long in factor 1 and 50 long in factor 2, so its loss is L(f) = −100·f₁ − 50·f₂,
 * g = (−100, −50). Factor covariance: vols 20 % and 30 %, covariance 0.01:
 *   Σ = [[0.04, 0.01], [0.01, 0.09]]
 *   Σg = (0.04·−100 + 0.01·−50, 0.01·−100 + 0.09·−50) = (−4.5, −5.5)
 *   gᵀΣg = (−100)(−4.5) + (−50)(−5.5) = 450 + 275 = 725   (the loss's standard deviation is √725 = 26.926)
 * For a target loss of 30:
 *   f* = Σg · 30/725 = (−0.186207, −0.227586)      check: 100·0.186207 + 50·0.227586 = 18.6207 + 11.3793 = 30
 *   d* = 30/√725 = 1.114172
 */
const sigma = matrix(2, [
  [0.04, 0.01],
  [0.01, 0.09],
]);
const g = [-100, -50];
const linearLoss = (f: Float64Array) => g[0]! * f[0]! + g[1]! * f[1]!;
const fractions = [1, 1];

describe('the reverse stress test', () => {
  it('has the closed form for a linear book (worked above)', () => {
    const r = linearReverse(sigma, g, 30)!;
    expect(r.shock[0]).toBeCloseTo(-0.186207, 6);
    expect(r.shock[1]).toBeCloseTo(-0.227586, 6);
    expect(r.d).toBeCloseTo(1.114172, 6);
    expect(mahalanobisDistance(sigma, r.shock)).toBeCloseTo(1.114172, 6);
  });

  it('finds the closed form again by the iterative solve, reaching the target', () => {
    const r = solveReverse(linearLoss, sigma, 30, { isFraction: fractions });
    expect(r.reached).toBe(true);
    if (!r.reached) return;
    expect(r.shock[0]).toBeCloseTo(-0.186207, 4);
    expect(r.shock[1]).toBeCloseTo(-0.227586, 4);
    expect(r.d).toBeCloseTo(1.114172, 4);
    expect(Math.abs(r.value - 30)).toBeLessThan(30 * 1e-6);
  });

  it('says when no shock moves the book (all cash), and when the target lies beyond what the book can lose', () => {
    expect(solveReverse(() => 0, sigma, 30, { isFraction: fractions })).toMatchObject({ reached: false, why: 'flat' });
    // A long-only book of 150 cannot lose more than 150, and −99 % floors keep it under 148.5.
    const capped = (f: Float64Array) => 100 * Math.min(1, -Math.max(f[0]!, -0.99)) + 50 * Math.min(1, -Math.max(f[1]!, -0.99));
    expect(solveReverse(capped, sigma, 200, { isFraction: fractions })).toMatchObject({ reached: false, why: 'bounded' });
  });

  it('answers the most a book can lose when an enormous move turns into a gain (a hump along the way), not the far end', () => {
    // s = 100·(−f₁) + 50·(−f₂) is the linear loss; the book loses s − s²/1,000, at most 250 (at s = 500), and gains beyond
    // s = 1,000. A target of a million sends the first guess to s = 10⁶, far past the hump, where the book gains.
    const hump = (f: Float64Array) => {
      const s = -100 * f[0]! - 50 * f[1]!;
      return s - (s * s) / 1000;
    };
    const far = solveReverse(hump, sigma, 1e6, { isFraction: [0, 0] });
    expect(far).toMatchObject({ reached: false, why: 'bounded' });
    if (far.reached) return;
    expect(far.best).toBeGreaterThan(249);
    expect(far.best).toBeLessThanOrEqual(250);
    // Below the hump the target is reached, even though the first guess (s = 200 linear, then along the ray) overshoots.
    const near = solveReverse(hump, sigma, 200, { isFraction: [0, 0] });
    expect(near.reached).toBe(true);
    if (near.reached) expect(Math.abs(near.value - 200)).toBeLessThan(1e-6);
  });

  it('finds a tangent point of a non-linear book: the shock is along Σ·∇L there (the optimality condition)', () => {
    // A convex loss: a bond-like second factor whose loss grows with its square as well.
    const loss = (f: Float64Array) => -100 * f[0]! - 50 * f[1]! + 400 * f[1]! * f[1]!;
    const r = solveReverse(loss, sigma, 30, { isFraction: fractions });
    expect(r.reached).toBe(true);
    if (!r.reached) return;
    expect(Math.abs(r.value - 30)).toBeLessThan(1e-6 * 30);
    const grad = [-100, -50 + 800 * r.shock[1]!];
    const dir = [0.04 * grad[0]! + 0.01 * grad[1]!, 0.01 * grad[0]! + 0.09 * grad[1]!];
    const cos = (dir[0]! * r.shock[0]! + dir[1]! * r.shock[1]!) / Math.hypot(...dir) / Math.hypot(r.shock[0]!, r.shock[1]!);
    expect(cos).toBeGreaterThan(1 - 1e-6);
  });

  it('no random shock closer than the answer reaches the target (sampled)', () => {
    const loss = (f: Float64Array) => -100 * f[0]! - 50 * f[1]! + 400 * f[1]! * f[1]!;
    const r = solveReverse(loss, sigma, 30, { isFraction: fractions });
    if (!r.reached) throw new Error('not reached');
    const root = psdSqrt(sigma);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true }), (angle, share) => {
        // A point inside the ellipsoid d < d*: Σ^½ times a vector of length share·d*.
        const z = [Math.cos(angle) * share * r.d, Math.sin(angle) * share * r.d];
        const f = Float64Array.from([root[0]! * z[0]! + root[1]! * z[1]!, root[2]! * z[0]! + root[3]! * z[1]!]);
        return loss(f) < 30 + 1e-9;
      }),
      { numRuns: 2000 },
    );
  });
});
