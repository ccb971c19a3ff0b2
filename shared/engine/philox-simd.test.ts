import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fillNormals } from './philox';
import { MAX_GROUPS, philoxSimd, resetPhiloxSimd } from './philox-simd';

/** fillNormals as it runs with and without WebAssembly SIMD, over the same stream. */
function both(n: number, k0: number, k1: number, path: number, stream: number): [Float64Array, Float64Array] {
  const simd = new Float64Array(n + 3);
  const js = new Float64Array(n + 3);
  resetPhiloxSimd();
  fillNormals(simd, 2, n, k0, k1, path, stream);
  resetPhiloxSimd(null);
  fillNormals(js, 2, n, k0, k1, path, stream);
  resetPhiloxSimd();
  return [simd, js];
}

describe('Philox4x32-10 on WebAssembly SIMD', () => {
  afterEach(() => resetPhiloxSimd());

  it('is there in Node (the engine workers would otherwise fall back to JS)', () => {
    expect(philoxSimd()).not.toBeNull();
  });

  it('gives the JS generator’s normals bit for bit, for any key, path, stream and length (property)', () => {
    const u32 = fc.integer({ min: 0, max: 0xffffffff });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), u32, u32, u32, fc.integer({ min: 0, max: 3 }), (n, k0, k1, path, stream) => {
        const [simd, js] = both(n, k0, k1, path, stream);
        expect(new Uint8Array(simd.buffer)).toEqual(new Uint8Array(js.buffer));
      }),
      { numRuns: 150 },
    );
  });

  it('past one call’s capacity (16 × MAX_GROUPS words) and at the edges of a group', () => {
    for (const n of [15, 16, 17, 16 * MAX_GROUPS, 16 * MAX_GROUPS + 21]) {
      const [simd, js] = both(n, 0xdeadbeef, 7, 123_456, 1);
      expect(new Uint8Array(simd.buffer), `n = ${n}`).toEqual(new Uint8Array(js.buffer));
      // The untouched cells around the range stay 0 in both.
      expect([simd[0], simd[1], simd[n + 2]]).toEqual([0, 0, 0]);
    }
  });
});
