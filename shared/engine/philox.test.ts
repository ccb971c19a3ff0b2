import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inverseNormal, normalFromUniform } from './inverse-normal';
import { fillNormals, philox4x32, seedKey } from './philox';

const hex = (o: Uint32Array): string[] => [...o].map((x) => x.toString(16).padStart(8, '0'));

/** Philox4x32-10 with BigInt arithmetic: the reference the float-based multiply must match. */
function reference(ctr: bigint[], key: bigint[]): bigint[] {
  const M = 0xffffffffn;
  let [c0, c1, c2, c3] = ctr as [bigint, bigint, bigint, bigint];
  let [k0, k1] = key as [bigint, bigint];
  for (let r = 0; r < 10; r++) {
    const p0 = 0xd2511f53n * c0;
    const p1 = 0xcd9e8d57n * c2;
    [c0, c1, c2, c3] = [((p1 >> 32n) ^ c1 ^ k0) & M, p1 & M, ((p0 >> 32n) ^ c3 ^ k1) & M, p0 & M];
    k0 = (k0 + 0x9e3779b9n) & M;
    k1 = (k1 + 0xbb67ae85n) & M;
  }
  return [c0, c1, c2, c3];
}

describe('Philox4x32-10', () => {
  const out = new Uint32Array(4);
  it('matches the Random123 known-answer vectors', () => {
    philox4x32(0, 0, 0, 0, 0, 0, out);
    expect(hex(out)).toEqual(['6627e8d5', 'e169c58d', 'bc57ac4c', '9b00dbd8']);
    philox4x32(0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, out);
    expect(hex(out)).toEqual(['408f276d', '41c83b0e', 'a20bc7c6', '6d5451fd']);
    philox4x32(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0, out);
    expect(hex(out)).toEqual(['d16cfe09', '94fdcceb', '5001e420', '24126ea1']);
  });

  it('the float-based 32×32 high word equals exact BigInt arithmetic for any counter and key (property)', () => {
    const u32 = fc.integer({ min: 0, max: 0xffffffff });
    fc.assert(
      fc.property(fc.tuple(u32, u32, u32, u32), fc.tuple(u32, u32), (c, k) => {
        philox4x32(c[0], c[1], c[2], c[3], k[0], k[1], out);
        expect([...out].map(BigInt)).toEqual(reference(c.map(BigInt), k.map(BigInt)));
      }),
      { numRuns: 300 },
    );
  });

  it('fillNormals = block-by-block words through the inverse CDF, at any offset and length', () => {
    const [k0, k1] = seedKey(2 ** 40 + 7);
    expect([k0, k1]).toEqual([7, 256]);
    for (const n of [1, 3, 4, 15, 16, 17, 33, 100]) {
      const buf = new Float64Array(n + 5).fill(NaN);
      fillNormals(buf, 5, n, k0, k1, 12345, 1);
      for (let j = 0; j < n; j++) {
        philox4x32(j >> 2, 12345, 1, 0, k0, k1, out);
        expect(buf[5 + j]).toBe(normalFromUniform((out[j & 3]! + 0.5) / 2 ** 32));
      }
      expect(Number.isNaN(buf[4])).toBe(true);
    }
  });

  it('gives standard normals (moments of 200,000 draws)', () => {
    const z = new Float64Array(1000);
    let s1 = 0;
    let s2 = 0;
    let s4 = 0;
    let tail = 0;
    for (let path = 0; path < 200; path++) {
      fillNormals(z, 0, 1000, 1, 2, path, 0);
      for (const v of z) {
        s1 += v;
        s2 += v * v;
        s4 += v ** 4;
        if (v < -1.959963984540054) tail++;
      }
    }
    const n = 200_000;
    expect(Math.abs(s1 / n)).toBeLessThan(0.01);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.015);
    expect(Math.abs(s4 / n - 3)).toBeLessThan(0.08);
    expect(Math.abs(tail / n - 0.025)).toBeLessThan(0.002);
  });
});

describe('inverse normal CDF', () => {
  // Reference: mpmath √2·erfinv(2p − 1) at 30 digits.
  it.each([
    [1e-8, -5.612001244174789],
    [0.001, -3.0902323061678136],
    [0.01, -2.326347874040841],
    [0.02425, -1.972961051311885],
    [0.1, -1.2815515655446006],
    [0.3, -0.5244005127080408],
    [0.75, 0.6744897501960817],
    [0.975, 1.9599639845400543],
    [0.999, 3.0902323061678136],
  ])('Φ⁻¹(%d): exact to 1e-12, path-loop version to 2e-6', (p, ref) => {
    expect(Math.abs(inverseNormal(p) - ref)).toBeLessThan(1e-12 * Math.max(1, Math.abs(ref)));
    expect(Math.abs(normalFromUniform(p) - ref)).toBeLessThan(2e-6);
  });

  it('the tabulated version is monotone across the whole unit interval', () => {
    let last = -Infinity;
    let worst = 0;
    for (let i = 1; i < 200_000; i++) {
      const v = normalFromUniform(i / 200_000);
      worst = Math.max(worst, last - v);
      last = v;
    }
    expect(worst).toBeLessThan(1e-9);
  });
});
