/** Order statistics used by mergeShards. Quantiles are nearest-rank: q(p) = the ⌈p·n⌉-th smallest value. */

export const nearestRank = (p: number, n: number): number => Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1));

const HIST = new Uint32Array(65536);
const SLOT = new Int8Array(65536).fill(-1);
let KEYS = new Uint32Array(0);

/**
 * Exact order statistics (0-based ascending ranks) of the concatenation of float32 segments, without copying or
 * sorting them all: a radix select on the high 16 bits of each value's order-preserving key (the float's bits with the
 * sign bit flipped, all bits flipped for negatives) — one cumulative scan for all the ranks — then the keys of the few
 * buckets the ranks fall in are collected and sorted. Two passes over the data whatever its distribution, and no
 * fixed cost per rank beyond the one scan. NaN-free input assumed.
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
  // One scan in rank order: the bucket of each rank and its rank within the bucket.
  const order = ranks.map((_, k) => k).sort((a, b) => ranks[a]! - ranks[b]!);
  const bucketOf = new Array<number>(ranks.length);
  const within = new Array<number>(ranks.length);
  let acc = 0;
  let b = 0;
  for (const k of order) {
    const r = ranks[k]!;
    while (acc + hist[b]! <= r) acc += hist[b++]!;
    bucketOf[k] = b;
    within[k] = r - acc;
  }
  // The buckets hit, each with a region of KEYS as long as its count.
  const buckets = [...new Set(bucketOf)];
  const start: number[] = [];
  let total = 0;
  buckets.forEach((bucket, slot) => {
    SLOT[bucket] = slot;
    start.push(total);
    total += hist[bucket]!;
  });
  if (KEYS.length < total) KEYS = new Uint32Array(total);
  const keys = KEYS;
  const fill = start.slice();
  const slots = SLOT;
  for (const u of views)
    for (let i = 0; i < u.length; i++) {
      const v = u[i]!;
      const key = (v ^ ((v >> 31) | 0x80000000)) >>> 0;
      const slot = slots[key >>> 16]!;
      if (slot >= 0) keys[fill[slot]!++] = key;
    }
  buckets.forEach((bucket, slot) => {
    SLOT[bucket] = -1;
    keys.subarray(start[slot]!, start[slot]! + hist[bucket]!).sort();
  });
  const bits = new Int32Array(1);
  const float = new Float32Array(bits.buffer);
  return ranks.map((_, k) => {
    const key = keys[start[buckets.indexOf(bucketOf[k]!)]! + within[k]!]! | 0;
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
