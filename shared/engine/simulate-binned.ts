import { BINS, type BinLayout, binLayout, binOf } from './binned';
import type { KernelSpec } from './kernel';
import { BATCH } from './runtime';
import { blockCount, forEachBatch, runtimeOf, type ShardInput, type ShardOptions } from './simulate';
import { type PathSink, simulateBatch } from './simulate-batch';

/** Per-path figures whose means a run reports: summed per block of BATCH paths, in path order (PATH_SUMS per block). */
export const PATH_SUM = { loss: 0, proceeds: 1, lockedTwo: 2, fetchedTwo: 3, income: 4 } as const;
export const PATH_SUMS = 5;

/**
 * A shard reduced to what the statistics need, in memory that does not grow with its paths but for the per-block sums
 * ((3G + C + PATH_SUMS)·8 bytes per 64 paths): log-binned counts of each week's portfolio value and of the phase-one
 * loss (binned.ts), their exact extremes, and counts of the margin calls and of the weeks paths are first back or
 * first called in phase two. Counts add exactly and blocks follow the global path index, so merging is bit-identical
 * whatever the sharding.
 */
export type BinnedShard = {
  kind: 'binned';
  pathStart: number;
  pathEnd: number;
  /** valueBins[t·BINS + b]: paths whose value at week t is in bin b; valueMin/valueMax[t]: the exact extremes. */
  valueBins: Uint32Array;
  valueMin: Float64Array;
  valueMax: Float64Array;
  lossBins: Uint32Array;
  /** [min, max] of the phase-one loss. */
  lossRange: Float64Array;
  /** [block·PATH_SUMS + PATH_SUM.x]: Σ over the block's paths. */
  pathSums: Float64Array;
  /** Paths with a phase-one margin call. */
  marginCount: number;
  /** Paths first back at the pre-shock value in week t (recovered[t]); first called in phase two in week t (called[t]). */
  recovered: Uint32Array;
  called: Uint32Array;
  groupLoss: Float64Array;
  groupCost: Float64Array;
  groupEnd: Float64Array;
  defaulted: Float64Array;
};

/** The scale the bins are laid out for: the book's gross value (Σ|V_g| + |cash − loans|). */
export const binScale = (kernel: KernelSpec): number => kernel.groups.reduce((a, g) => a + Math.abs(g.value), Math.abs(kernel.constant));

export const layoutOf = (prepared: Pick<ShardInput, 'kernel'>): BinLayout => binLayout(binScale(prepared.kernel));

function allocate(prepared: ShardInput, pathStart: number, pathEnd: number, memory: (bytes: number) => ArrayBufferLike): BinnedShard {
  const H1 = prepared.kernel.horizonWeeks + 1;
  const G = prepared.kernel.groups.length;
  const B = blockCount(pathStart, pathEnd);
  const f64 = (n: number) => new Float64Array(memory(8 * n));
  return {
    kind: 'binned',
    pathStart,
    pathEnd,
    valueBins: new Uint32Array(memory(4 * H1 * BINS)),
    valueMin: f64(H1).fill(Infinity),
    valueMax: f64(H1).fill(-Infinity),
    lossBins: new Uint32Array(memory(4 * BINS)),
    lossRange: f64(2).fill(Infinity, 0, 1).fill(-Infinity, 1),
    pathSums: f64(B * PATH_SUMS),
    marginCount: 0,
    recovered: new Uint32Array(memory(4 * H1)),
    called: new Uint32Array(memory(4 * H1)),
    groupLoss: f64(B * G),
    groupCost: f64(B * G),
    groupEnd: f64(B * G),
    defaulted: f64(B * prepared.creditMembers.length),
  };
}

/**
 * Paths are folded CHUNK at a time: a week's values of 4,096 paths go into that week's bins in one run. A week's
 * values touch 4,000–8,000 bins (30–110 KB) spread over its 360 KB, which the path loop evicts from the caches
 * between folds: folded after every 64-path batch, nearly every increment missed (measured on the bench book, one
 * thread: 1.9 µs a path); 1,024 paths a fold: 1.1 µs; 4,096: 0.66 µs, 2.7 % of the path loop.
 */
const CHUNK = 64 * BATCH;

/** A chunk's per-path results (values week-major, stride CHUNK: 0.9 MB for 52 weeks), written by simulateBatch, then folded. */
type ChunkSink = PathSink & {
  valueBits: Int32Array;
  lossF32: Float32Array;
  lossBits: Int32Array;
  /** The chunk's batches: sink index, count and block within the shard of each. */
  batches: { i0: number; count: number; block: number }[];
};

function chunkSink(H1: number, shard: BinnedShard): ChunkSink {
  const values = new Float32Array(H1 * CHUNK);
  const lossF32 = new Float32Array(CHUNK);
  const f64 = () => new Float64Array(CHUNK);
  return {
    loss: f64(),
    marginTriggered: new Uint8Array(CHUNK),
    lockedIn: f64(),
    proceeds: f64(),
    values,
    recoveredWeek: new Int16Array(CHUNK),
    groupLoss: shard.groupLoss,
    groupCost: shard.groupCost,
    groupEnd: shard.groupEnd,
    defaulted: shard.defaulted,
    callWeek: new Int16Array(CHUNK),
    lockedTwo: f64(),
    fetchedTwo: f64(),
    income: f64(),
    // Int32 views: a Uint32 above 2^31 would be read as a heap number; binOf takes either.
    valueBits: new Int32Array(values.buffer),
    lossF32,
    lossBits: new Int32Array(lossF32.buffer),
    batches: [],
  };
}

/** Folds the chunk's first n paths into the shard: bins and extremes week by week, then per-block sums and counts. */
function fold(layout: BinLayout, sink: ChunkSink, shard: BinnedShard, n: number, H1: number): void {
  const { valueBins, valueMin, valueMax, lossBins, lossRange } = shard;
  const bits = sink.valueBits;
  const values = sink.values as Float32Array;
  for (let t = 0; t < H1; t++) {
    const o = t * CHUNK;
    const bo = t * BINS;
    let lo = valueMin[t]!;
    let hi = valueMax[t]!;
    for (let p = 0; p < n; p++) {
      valueBins[bo + binOf(layout, bits[o + p]!)]!++;
      const v = values[o + p]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    valueMin[t] = lo;
    valueMax[t] = hi;
  }
  const sums = shard.pathSums;
  for (const { i0, count, block } of sink.batches) {
    // Each block's paths in path order (the order fixes the rounding: the sums do not depend on the sharding).
    const s = block * PATH_SUMS;
    for (let p = i0; p < i0 + count; p++) {
      const loss = sink.loss[p]!;
      sink.lossF32[p] = loss;
      lossBins[binOf(layout, sink.lossBits[p]!)]!++;
      if (loss < lossRange[0]!) lossRange[0] = loss;
      if (loss > lossRange[1]!) lossRange[1] = loss;
      sums[s + PATH_SUM.loss] = sums[s + PATH_SUM.loss]! + loss;
      sums[s + PATH_SUM.proceeds] = sums[s + PATH_SUM.proceeds]! + sink.proceeds[p]!;
      sums[s + PATH_SUM.lockedTwo] = sums[s + PATH_SUM.lockedTwo]! + sink.lockedTwo[p]!;
      sums[s + PATH_SUM.fetchedTwo] = sums[s + PATH_SUM.fetchedTwo]! + sink.fetchedTwo[p]!;
      sums[s + PATH_SUM.income] = sums[s + PATH_SUM.income]! + sink.income[p]!;
      shard.marginCount += sink.marginTriggered[p]!;
      if (sink.recoveredWeek[p]! >= 0) shard.recovered[sink.recoveredWeek[p]!]!++;
      if (sink.callWeek[p]! >= 0) shard.called[sink.callWeek[p]!]!++;
    }
  }
  sink.batches.length = 0;
}

/**
 * simulateShard's paths, reduced as they are made (no per-path arrays kept beyond a chunk): the same path numbers, so
 * the same means, and binned instead of exact quantiles. Cancel and progress as simulateShard.
 */
export function simulateShardBinned(prepared: ShardInput, pathStart: number, pathEnd: number, options: ShardOptions = {}): BinnedShard {
  const memory = (bytes: number) => (options.sharedMemory ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const shard = allocate(prepared, Math.max(0, pathStart), Math.max(pathStart, pathEnd), memory);
  const rt = runtimeOf(prepared);
  const H1 = prepared.kernel.horizonWeeks + 1;
  const sink = chunkSink(H1, shard);
  const layout = layoutOf(prepared);
  const total = pathEnd - pathStart;
  let filled = 0;
  forEachBatch(prepared, pathStart, pathEnd, options, (path, count, i, block) => {
    simulateBatch(rt, path, count, true, sink, filled, CHUNK, block);
    sink.batches.push({ i0: filled, count, block });
    filled += count;
    if (filled + BATCH > CHUNK || i + count === total) {
      fold(layout, sink, shard, filled, H1);
      filled = 0;
    }
  });
  return shard;
}
