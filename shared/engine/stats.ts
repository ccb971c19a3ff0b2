/** Order statistics used by mergeShards. Quantiles are nearest-rank: q(p) = the ⌈p·n⌉-th smallest value. */

export const nearestRank = (p: number, n: number): number => Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1));

const HIST = new Uint32Array(65536);
const SLOT = new Int8Array(65536).fill(-1);
let LOW = new Uint32Array(0);

/**
 * Exact order statistics (0-based ascending ranks) of the concatenation of float32 segments, without copying or
 * sorting: a radix select on the high 16 bits of each value's order-preserving key (the float's bits with the sign
 * bit flipped, all bits flipped for negatives), then on the low 16 bits within the buckets the ranks fall in.
 * Two passes over the data whatever its distribution. NaN-free input assumed.
 */
export function orderStatistics(segments: readonly Float32Array[], ranks: readonly number[]): number[] {
  const views = segments.map((s) => new Int32Array(s.buffer, s.byteOffset, s.length));
  const hist = HIST;
  hist.fill(0);
  for (const u of views)
    for (let i = 0; i < u.length; i++) {
      const b = u[i]!;
      hist[(b ^ ((b >> 31) | 0x80000000)) >>> 16]!++;
    }
  const bucketOf: number[] = [];
  const within: number[] = [];
  for (const r of ranks) {
    let acc = 0;
    let b = 0;
    while (acc + hist[b]! <= r) acc += hist[b++]!;
    bucketOf.push(b);
    within.push(r - acc);
  }
  const buckets = [...new Set(bucketOf)];
  buckets.forEach((b, slot) => (SLOT[b] = slot));
  if (LOW.length < buckets.length * 65536) LOW = new Uint32Array(buckets.length * 65536);
  const low = LOW;
  low.fill(0, 0, buckets.length * 65536);
  const slots = SLOT;
  for (const u of views)
    for (let i = 0; i < u.length; i++) {
      const b = u[i]!;
      const key = b ^ ((b >> 31) | 0x80000000);
      const slot = slots[key >>> 16]!;
      if (slot >= 0) low[(slot << 16) | (key & 0xffff)]!++;
    }
  buckets.forEach((b) => (SLOT[b] = -1));
  const bits = new Int32Array(1);
  const float = new Float32Array(bits.buffer);
  return ranks.map((_, k) => {
    const o = buckets.indexOf(bucketOf[k]!) << 16;
    let acc = 0;
    let l = 0;
    while (acc + low[o + l]! <= within[k]!) acc += low[o + l++]!;
    const key = (bucketOf[k]! << 16) | l;
    bits[0] = key < 0 ? key ^ 0x80000000 : ~key;
    return float[0]!;
  });
}

/** Sum in index order (the order fixes the rounding, so merged results are bit-identical whatever the sharding). */
export function sum(a: ArrayLike<number>, start = 0, end = a.length, stride = 1): number {
  let s = 0;
  for (let i = start; i < end; i += stride) s += a[i]!;
  return s;
}

export type Histogram = { edges: number[]; counts: number[] };

/** Equal-width histogram over [min, max] with `bins` bins (one bin when all values are equal). */
export function histogram(values: ArrayLike<number>, bins = 20): Histogram {
  const n = values.length;
  if (n === 0) return { edges: [], counts: [] };
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max > min)) return { edges: [min, max], counts: [n] };
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) counts[Math.min(bins - 1, Math.floor((values[i]! - min) / width))]!++;
  return { edges, counts };
}
