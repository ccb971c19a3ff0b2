import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogram, nearestRank, orderStatistics } from './stats';

describe('order statistics', () => {
  it('nearest rank: q(p) is the ⌈p·n⌉-th smallest', () => {
    expect(nearestRank(0.95, 100)).toBe(94);
    expect(nearestRank(0.5, 3)).toBe(1);
    expect(nearestRank(0, 10)).toBe(0);
    expect(nearestRank(1, 10)).toBe(9);
  });

  it('radix select over segments equals sorting, for any values and split (property)', () => {
    const value = fc.oneof(fc.float({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -5, max: 5 }).map((x) => x * 1000));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), fc.nat(), (values, cut) => {
        const all = Float32Array.from(values);
        const k = cut % (all.length + 1);
        // Ranks in any order, repeats included.
        const ranks = [0.5, 0.05, 0.95, 0.25, 0.75, 0.5].map((p) => nearestRank(p, all.length));
        const sorted = Float32Array.from(all).sort();
        const want = ranks.map((r) => sorted[r]);
        expect(orderStatistics([all.subarray(0, k), all.subarray(k)], ranks)).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });

  it('histogram counts every value once', () => {
    const h = histogram([0, 1, 2, 3, 4, 10], 5);
    expect(h.edges).toEqual([0, 2, 4, 6, 8, 10]);
    expect(h.counts).toEqual([2, 2, 1, 0, 1]);
    expect(histogram([3, 3, 3])).toEqual({ edges: [3, 3], counts: [3] });
  });
});
