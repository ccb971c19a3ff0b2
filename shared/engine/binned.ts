import { nearestRank, type Histogram } from './stats';

/**
 * Log-binned counts of float32 values, for statistics whose memory does not grow with paths (runs above
 * EXACT_PATHS_LIMIT). A bin holds the values whose magnitude shares its exponent and its top MANTISSA_BITS mantissa
 * bits: relative width ≤ 2^−11, so a bin's midpoint is within RELATIVE_ERROR = 2^−12 (0.0244 %) of every value in it.
 * The bins span magnitudes from 2^−14 to 2^8 times the book's scale (2^e ≤ scale < 2^(e+1)): smaller magnitudes fall
 * in one zero bin (represented by 0, so within zeroBelow ≤ scale·2^−14 of its values), larger ones in an overflow bin
 * on each side (represented by the exact extreme). Counts are integers, so shards' bins add up exactly: statistics
 * from them are bit-identical whatever the sharding.
 */
export const MANTISSA_BITS = 11;
export const RELATIVE_ERROR = 2 ** -(MANTISSA_BITS + 1);
const SHIFT = 23 - MANTISSA_BITS;
const OCTAVES_BELOW = 14;
const OCTAVES = OCTAVES_BELOW + 8;
const PER_SIDE = OCTAVES << MANTISSA_BITS;
/** [negative overflow, negative bins by falling magnitude, zero, positive bins by rising magnitude, positive overflow]. */
export const BINS = 2 * PER_SIDE + 3;
const ZERO = PER_SIDE + 1;

/** Up to this many paths a run's quantiles and ES are exact order statistics (every path's values kept); above it, binned. */
export const EXACT_PATHS_LIMIT = 100_000;
export type StatisticsMethod = 'exact' | 'binned';
export const statisticsMethod = (paths: number): StatisticsMethod => (paths > EXACT_PATHS_LIMIT ? 'binned' : 'exact');

export type BinLayout = {
  /** Bin key of the smallest binned magnitude: (biased exponent) << MANTISSA_BITS. */
  base: number;
  /** Magnitudes below this go to the zero bin. */
  zeroBelow: number;
};

const bits = new Uint32Array(1);
const float = new Float32Array(bits.buffer);

/** The layout for values of a book whose scale (gross value) is `scale`. */
export function binLayout(scale: number): BinLayout {
  const s = Number.isFinite(scale) && scale > 0 ? scale : 1;
  const e = Math.min(127 - 8, Math.max(-126 + OCTAVES_BELOW, Math.floor(Math.log2(s))));
  const biased = e - OCTAVES_BELOW + 127;
  return { base: biased << MANTISSA_BITS, zeroBelow: 2 ** (e - OCTAVES_BELOW) };
}

/** The bin of a float32 given by its bits (an Int32Array or Uint32Array view of a Float32Array). NaN-free input assumed. */
export function binOf(layout: BinLayout, u: number): number {
  let k = ((u & 0x7fffffff) >>> SHIFT) - layout.base;
  if (k < 0) return ZERO;
  if (k > PER_SIDE) k = PER_SIDE;
  return u >>> 31 ? ZERO - 1 - k : ZERO + 1 + k;
}

/** A bin's representative: its midpoint (0 for the zero bin), kept within the exact extremes [min, max]. */
export function binValue(layout: BinLayout, bin: number, min: number, max: number): number {
  if (bin === ZERO) return Math.min(max, Math.max(min, 0));
  if (bin === 0) return min;
  if (bin === BINS - 1) return max;
  const k = bin > ZERO ? bin - ZERO - 1 : ZERO - 1 - bin;
  bits[0] = (layout.base + k) << SHIFT;
  // The bin spans [low, low + 2^(E − MANTISSA_BITS)) for the octave [2^E, 2^(E+1)) it lies in.
  const E = ((layout.base + k) >>> MANTISSA_BITS) - 127;
  const mid = float[0]! + 2 ** (E - MANTISSA_BITS - 1);
  const v = bin > ZERO ? mid : -mid;
  return Math.min(max, Math.max(min, v));
}

/** Counts of one variable: `counts` at [offset, offset + BINS), with its exact extremes and the number of values. */
export type Bins = { counts: Uint32Array; offset: number; min: number; max: number; n: number };

/** The bin holding 0-based ascending rank r, and how many values lie below that bin. */
function binAtRank(b: Bins, r: number): { bin: number; below: number } {
  let below = 0;
  let bin = 0;
  const { counts, offset } = b;
  while (below + counts[offset + bin]! <= r) below += counts[offset + bin++]!;
  return { bin, below };
}

/** Nearest-rank quantiles: within RELATIVE_ERROR·|q| + zeroBelow of the exact order statistic; exact at the extremes. */
export function binnedQuantiles(layout: BinLayout, b: Bins, ps: readonly number[]): number[] {
  return ps.map((p) => {
    const r = nearestRank(p, b.n);
    if (r <= 0) return b.min;
    if (r >= b.n - 1) return b.max;
    return binValue(layout, binAtRank(b, r).bin, b.min, b.max);
  });
}

/**
 * The mean of the values at ranks ≥ nearestRank(p, n) (ES for a loss): each value replaced by its bin's
 * representative, so within RELATIVE_ERROR of the tail's mean magnitude + zeroBelow of the exact mean.
 */
export function binnedTailMean(layout: BinLayout, b: Bins, p: number): number {
  const t = nearestRank(p, b.n);
  const { bin, below } = binAtRank(b, t);
  const { counts, offset } = b;
  let sum = (below + counts[offset + bin]! - t) * binValue(layout, bin, b.min, b.max);
  for (let k = bin + 1; k < BINS; k++) if (counts[offset + k]! > 0) sum += counts[offset + k]! * binValue(layout, k, b.min, b.max);
  return sum / (b.n - t);
}

/**
 * The equal-width histogram stats.histogram draws over [min, max], from the bins: each bin's count goes to the coarse
 * bin holding its representative. Edges are exact; a count can differ from the exact one by the values of the fine
 * bins (relative width 2^−11) that straddle its edges.
 */
export function binnedHistogram(layout: BinLayout, b: Bins, bins = 20): Histogram {
  if (b.n === 0) return { edges: [], counts: [] };
  if (!(b.max > b.min)) return { edges: [b.min, b.max], counts: [b.n] };
  const width = (b.max - b.min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? b.max : b.min + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (let k = 0; k < BINS; k++) {
    const c = b.counts[b.offset + k]!;
    if (c > 0) counts[Math.min(bins - 1, Math.floor((binValue(layout, k, b.min, b.max) - b.min) / width))]! += c;
  }
  return { edges, counts };
}
