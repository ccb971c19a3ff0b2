import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINS, binLayout, binnedHistogram, binnedQuantiles, binnedTailMean, binOf, binValue, type Bins, RELATIVE_ERROR } from './binned';
import { histogram, nearestRank } from './stats';

/** Bins of float32 values laid out for `scale`. */
function binsOf(values: number[], scale: number) {
  const layout = binLayout(scale);
  const f = Float32Array.from(values);
  const u = new Uint32Array(f.buffer);
  const counts = new Uint32Array(BINS);
  for (let i = 0; i < u.length; i++) counts[binOf(layout, u[i]!)]!++;
  const b: Bins = { counts, offset: 0, min: Math.min(...f), max: Math.max(...f), n: f.length };
  return { layout, b, sorted: Float64Array.from(f).sort() };
}

const P = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.975, 0.99];

describe('log-binned statistics', () => {
  it("a bin holds one octave's 1/2048th: 1.0 and 1.0004 share a bin, 1.0005 is the next (scale 1)", () => {
    // 1.0 has mantissa 0; the bin's width in [1, 2) is 2^−11 = 0.00048828; its midpoint 1.00024414 = 1 + 2^−12.
    const layout = binLayout(1);
    const bin = (v: number) => binOf(layout, new Uint32Array(Float32Array.of(v).buffer)[0]!);
    expect(bin(1.0004)).toBe(bin(1));
    expect(bin(1.0005)).toBe(bin(1) + 1);
    expect(bin(-1)).toBeLessThan(bin(0));
    expect(binValue(layout, bin(1), -10, 10)).toBe(1 + 2 ** -12);
    expect(binValue(layout, bin(-1), -10, 10)).toBe(-(1 + 2 ** -12));
    // Below scale·2^−14 is the zero bin; from 2^8·scale on, the overflow bins hold the exact extremes.
    expect(bin(2 ** -15)).toBe(bin(-(2 ** -15)));
    expect(binValue(layout, bin(2 ** -15), -10, 10)).toBe(0);
    expect(bin(300)).toBe(BINS - 1);
    expect(bin(-300)).toBe(0);
    expect(binValue(layout, BINS - 1, -300, 300)).toBe(300);
  });

  it('quantiles are within 2^−12·|q| + scale·2^−14 of the exact nearest-rank order statistics (property)', () => {
    // Uniform on a grid (fc.double is uniform over bit patterns: mostly tiny magnitudes, which the zero bin takes).
    const magnitude = fc.integer({ min: -1_280_000, max: 1_280_000 }).map((i) => i / 10_000); // ≤ 128·scale: no overflow
    fc.assert(
      fc.property(fc.array(magnitude, { minLength: 1, maxLength: 400 }), fc.double({ min: 0.5, max: 8, noNaN: true }), (raw, scale) => {
        const { layout, b, sorted } = binsOf(raw.map((v) => v * scale), scale);
        const qs = binnedQuantiles(layout, b, P);
        P.forEach((p, k) => {
          const exact = sorted[nearestRank(p, b.n)]!;
          expect(Math.abs(qs[k]! - exact)).toBeLessThanOrEqual(RELATIVE_ERROR * Math.abs(exact) + layout.zeroBelow);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("the tail mean is within 2^−12 of the tail's mean magnitude + scale·2^−14 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -500_000, max: 1_280_000 }).map((i) => i / 10_000), { minLength: 1, maxLength: 400 }), fc.constantFrom(0.5, 0.9, 0.975), (raw, p) => {
        const { layout, b, sorted } = binsOf(raw, 1);
        const t = nearestRank(p, b.n);
        let mean = 0;
        let magnitude = 0;
        for (let i = t; i < b.n; i++) {
          mean += sorted[i]!;
          magnitude += Math.abs(sorted[i]!);
        }
        const tail = binnedTailMean(layout, b, p);
        expect(Math.abs(tail - mean / (b.n - t))).toBeLessThanOrEqual((RELATIVE_ERROR * magnitude) / (b.n - t) + layout.zeroBelow + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('the coarse histogram has the exact edges and total, and counts within the straddling fine bins of the exact ones', () => {
    const values = Array.from({ length: 5_000 }, (_, i) => 40 + 60 * Math.sin(i * 0.7) ** 2);
    const { layout, b } = binsOf(values, 100);
    const coarse = binnedHistogram(layout, b);
    const exact = histogram(Float32Array.from(values));
    expect(coarse.edges).toEqual(exact.edges);
    expect(coarse.counts.reduce((a, c) => a + c, 0)).toBe(5_000);
    // A fine bin near 100 is 100·2^−11 ≈ 0.05 wide: values within one of an edge can land on its other side.
    coarse.counts.forEach((c, i) => {
      const near = values.filter((v) => Math.abs(v - exact.edges[i]!) < 0.05 || Math.abs(v - exact.edges[i + 1]!) < 0.05).length;
      expect(Math.abs(c - exact.counts[i]!)).toBeLessThanOrEqual(near);
    });
  });
});
