import { inverseNormal, normalFromUniform } from './inverse-normal';
import { MAX_GROUPS, philoxSimd } from './philox-simd';

/**
 * Philox4x32-10 (Salmon, Moraes, Dror & Shaw 2011, "Parallel random numbers: as easy as 1, 2, 3"): a counter-based
 * generator. Block b of stream (seed, path, stream) is philox(counter = [b, path, stream, 0], key = [seedLo, seedHi]),
 * so any path's numbers can be produced on any worker in any order — results do not depend on sharding.
 * Each 32-bit word becomes one standard normal by the inverse normal CDF (see inverse-normal.ts).
 */

const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
/** The same multipliers as int32, for Math.imul. */
const M0S = M0 | 0;
const M1S = M1 | 0;
const W0 = 0x9e3779b9 | 0;
const W1 = 0xbb67ae85 | 0;
const INV = 1 / 4294967296;

/**
 * One Philox4x32-10 block into out[0..3] (uint32). The high word of a 32×32-bit product: the float product is within
 * 2^11 of the exact one and the exact low word (Math.imul) removes the rest, so rounding gives the exact high word.
 */
export function philox4x32(c0: number, c1: number, c2: number, c3: number, k0: number, k1: number, out: Uint32Array): void {
  let a0 = c0 | 0;
  let a1 = c1 | 0;
  let a2 = c2 | 0;
  let a3 = c3 | 0;
  let q0 = k0 | 0;
  let q1 = k1 | 0;
  for (let r = 0; r < 10; r++) {
    const l0 = Math.imul(M0S, a0);
    const h0 = ((M0 * (a0 >>> 0) - (l0 >>> 0)) * INV + 0.5) | 0;
    const l1 = Math.imul(M1S, a2);
    const h1 = ((M1 * (a2 >>> 0) - (l1 >>> 0)) * INV + 0.5) | 0;
    a0 = h1 ^ a1 ^ q0;
    a1 = l1;
    a2 = h0 ^ a3 ^ q1;
    a3 = l0;
    q0 = (q0 + W0) | 0;
    q1 = (q1 + W1) | 0;
  }
  out[0] = a0;
  out[1] = a1;
  out[2] = a2;
  out[3] = a3;
}

/** Splits a seed (0 ≤ seed ≤ 2^53 − 1) into the two key words. */
export const seedKey = (seed: number): [number, number] => [seed % 4294967296 >>> 0, Math.floor(seed / 4294967296) >>> 0];

const BLOCK = new Uint32Array(4);

/**
 * out[offset..offset + n) = standard normals of stream (seed key k0,k1; path; stream): word j of the stream is word j % 4 of block
 * ⌊j/4⌋. Four blocks are computed side by side (independent dependency chains run in parallel on the CPU); the values
 * are the same as one block at a time. Allocation-free.
 */
export function fillNormals(out: Float64Array, offset: number, n: number, k0: number, k1: number, path: number, stream: number): void {
  const p = path | 0;
  const s = stream | 0;
  let i = 0;
  let b = 0;
  // WebAssembly SIMD where there is one (philox-simd.ts): the same uniforms, 16 words a group; JS for the rest.
  const simd = n >= 16 ? philoxSimd() : null;
  if (simd !== null) {
    const groups = n >>> 4;
    for (let g = 0; g < groups; g += MAX_GROUPS) {
      const m = Math.min(MAX_GROUPS, groups - g);
      simd.fill(k0, k1, p, s, g, m);
      // Central normals there too; the tails' uniforms come back for normalFromUniform's Math.log.
      const tails = simd.invert(16 * m);
      const o = offset + 16 * g;
      out.set(simd.uniforms.subarray(0, 16 * m), o);
      for (let q = 0; q < tails; q++) {
        const k = o + simd.tails[q]!;
        out[k] = normalFromUniform(out[k]!);
      }
    }
    i = 16 * groups;
    b = 4 * groups;
  }
  const done = i;
  // Numeric literals, not module constants, in the hot loop: bundlers may turn top-level const into var.
  for (; i + 16 <= n; i += 16, b += 4) {
    let a0 = b;
    let a1 = p;
    let a2 = s;
    let a3 = 0;
    let b0 = b + 1;
    let b1 = p;
    let b2 = s;
    let b3 = 0;
    let c0 = b + 2;
    let c1 = p;
    let c2 = s;
    let c3 = 0;
    let d0 = b + 3;
    let d1 = p;
    let d2 = s;
    let d3 = 0;
    let q0 = k0 | 0;
    let q1 = k1 | 0;
    for (let r = 0; r < 10; r++) {
      const al0 = Math.imul(-766435501, a0);
      const ah0 = ((3528531795 * (a0 >>> 0) - (al0 >>> 0)) * 2.3283064365386963e-10 + 0.5) | 0;
      const al1 = Math.imul(-845247145, a2);
      const ah1 = ((3449720151 * (a2 >>> 0) - (al1 >>> 0)) * 2.3283064365386963e-10 + 0.5) | 0;
      const bl0 = Math.imul(-766435501, b0);
      const bh0 = ((3528531795 * (b0 >>> 0) - (bl0 >>> 0)) * 2.3283064365386963e-10 + 0.5) | 0;
      const bl1 = Math.imul(-845247145, b2);
      const bh1 = ((3449720151 * (b2 >>> 0) - (bl1 >>> 0)) * 2.3283064365386963e-10 + 0.5) | 0;
      const cl0 = Math.imul(-766435501, c0);
      const ch0 = ((3528531795 * (c0 >>> 0) - (cl0 >>> 0)) * 2.3283064365386963e-10 + 0.5) | 0;
      const cl1 = Math.imul(-845247145, c2);
      const ch1 = ((3449720151 * (c2 >>> 0) - (cl1 >>> 0)) * 2.3283064365386963e-10 + 0.5) | 0;
      const dl0 = Math.imul(-766435501, d0);
      const dh0 = ((3528531795 * (d0 >>> 0) - (dl0 >>> 0)) * 2.3283064365386963e-10 + 0.5) | 0;
      const dl1 = Math.imul(-845247145, d2);
      const dh1 = ((3449720151 * (d2 >>> 0) - (dl1 >>> 0)) * 2.3283064365386963e-10 + 0.5) | 0;
      a0 = ah1 ^ a1 ^ q0;
      a1 = al1;
      a2 = ah0 ^ a3 ^ q1;
      a3 = al0;
      b0 = bh1 ^ b1 ^ q0;
      b1 = bl1;
      b2 = bh0 ^ b3 ^ q1;
      b3 = bl0;
      c0 = ch1 ^ c1 ^ q0;
      c1 = cl1;
      c2 = ch0 ^ c3 ^ q1;
      c3 = cl0;
      d0 = dh1 ^ d1 ^ q0;
      d1 = dl1;
      d2 = dh0 ^ d3 ^ q1;
      d3 = dl0;
      q0 = (q0 - 1640531527) | 0;
      q1 = (q1 - 1150833019) | 0;
    }
    out[offset + i] = ((a0 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 1] = ((a1 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 2] = ((a2 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 3] = ((a3 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 4] = ((b0 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 5] = ((b1 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 6] = ((b2 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 7] = ((b3 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 8] = ((c0 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 9] = ((c1 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 10] = ((c2 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 11] = ((c3 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 12] = ((d0 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 13] = ((d1 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 14] = ((d2 >>> 0) + 0.5) * 2.3283064365386963e-10;
    out[offset + i + 15] = ((d3 >>> 0) + 0.5) * 2.3283064365386963e-10;
  }
  for (; i < n; b++) {
    philox4x32(b, p, s, 0, k0, k1, BLOCK);
    for (let w = 0; w < 4 && i < n; w++, i++) out[offset + i] = (BLOCK[w]! + 0.5) * 2.3283064365386963e-10;
  }
  // A second, small loop turns uniforms into normals (kept apart so the transform is inlined).
  for (let k = offset + done; k < offset + n; k++) out[k] = normalFromUniform(out[k]!);
}

export { inverseNormal };
