import { TABLE } from './inverse-normal';
import { BINARY_BASE64 } from './wasm/philox-simd-binary';

/**
 * Philox4x32-10 uniforms from WebAssembly SIMD (wasm/philox-simd.wat): the same words and the same two IEEE operations
 * per uniform as philox.ts, so the same bits (tested), about three times faster; and the central inverse normal on
 * the same table with the same operations (inverse-normal.ts), the tails left to JS. Instantiated on first use — in
 * Node (engine workers, CLI, tests); the renderer never draws noise, and its CSP would refuse the compile — and null
 * where WebAssembly SIMD is missing, so the caller falls back to the JS generator.
 */
export type PhiloxSimd = {
  /** Uniforms of words 16·first … 16·(first + groups) − 1 into `uniforms[0 … 16·groups)`; groups ≤ MAX_GROUPS. */
  fill: (k0: number, k1: number, path: number, stream: number, first: number, groups: number) => void;
  uniforms: Float64Array;
  /** uniforms[0 … n) → normals where central; returns how many were not (their indices in tails[0 … count)). */
  invert: (n: number) => number;
  tails: Int32Array;
};

/** Two 64 KiB pages of f64 uniforms, 16 a group. */
export const MAX_GROUPS = 1024;
/** Where philox-simd.wat keeps the inverse-normal table and the tail indices. */
const TABLE_OFFSET = 131072;
const TAILS_OFFSET = 262144;

let instance: PhiloxSimd | null | undefined;

export function philoxSimd(): PhiloxSimd | null {
  if (instance !== undefined) return instance;
  try {
    const bytes = Uint8Array.from(atob(BINARY_BASE64), (c) => c.charCodeAt(0));
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    const memory = (exports.memory as WebAssembly.Memory).buffer;
    new Float64Array(memory, TABLE_OFFSET, TABLE.length).set(TABLE);
    instance = {
      fill: exports.fill as PhiloxSimd['fill'],
      uniforms: new Float64Array(memory, 0, 16 * MAX_GROUPS),
      invert: exports.invert as PhiloxSimd['invert'],
      tails: new Int32Array(memory, TAILS_OFFSET, 16 * MAX_GROUPS),
    };
  } catch {
    instance = null;
  }
  return instance;
}

/** For tests: forget the instance, or pretend WebAssembly SIMD is missing (null). */
export function resetPhiloxSimd(to?: null): void {
  instance = to;
}
