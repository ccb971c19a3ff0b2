import { BATCH, buildRuntime, type Runtime } from './runtime';
import { simulateBatch } from './simulate-batch';
import type { PreparedRun } from './prepare';

/**
 * What simulating a range of paths needs of a prepared run: the kernel, the path count and the credit groups — a small
 * part of it (the mean-path results, reasons and holdings stay with the caller), which is all a worker is sent.
 */
export type ShardInput = Pick<PreparedRun, 'version' | 'meta' | 'kernel' | 'creditMembers'>;

/** The part of a prepared run that goes to a worker (shardInput(prepared) simulates to the same bits as prepared). */
export const shardInput = ({ version, meta, kernel, creditMembers }: PreparedRun): ShardInput => ({ version, meta, kernel, creditMembers });

/** Per-path results of paths [pathStart, pathEnd), index = path − pathStart. Typed arrays: transferable between threads. */
export type ShardResult = {
  pathStart: number;
  pathEnd: number;
  /** Phase-one loss (forced-sale costs included). */
  loss: Float64Array;
  marginTriggered: Uint8Array;
  lockedIn: Float64Array;
  proceeds: Float64Array;
  /** Portfolio value per week per path, week-major: values[t·n + i] for n = pathEnd − pathStart. */
  values: Float32Array;
  /** First week back at the pre-shock value, −1 if never within the horizon. */
  recoveredWeek: Int16Array;
  /**
   * Per-group sums over blocks of BATCH paths aligned on the global path index: block b of this shard is global block
   * ⌊pathStart/BATCH⌋ + b, holding the shard's paths of it. G per block (defaulted: one per credit group), see PathSink.
   */
  groupLoss: Float64Array;
  groupCost: Float64Array;
  groupEnd: Float64Array;
  defaulted: Float64Array;
  /** Phase two (simulate-batch.ts PathSink): first margin call's week or −1, loss locked in, cash raised, income. */
  callWeek: Int16Array;
  lockedTwo: Float64Array;
  fetchedTwo: Float64Array;
  income: Float64Array;
};

/** Global block index of a path, and the number of blocks paths [pathStart, pathEnd) touch. */
export const blockOf = (path: number): number => Math.floor(path / BATCH);
export const blockCount = (pathStart: number, pathEnd: number): number =>
  pathEnd > pathStart ? blockOf(pathEnd - 1) - blockOf(pathStart) + 1 : 0;

export class RunCancelled extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'RunCancelled';
  }
}

export type ShardOptions = {
  /** Called about every `checkEvery` paths (at batch boundaries) and at the end, with paths done in this shard. */
  onProgress?: (done: number, total: number) => void;
  /** Polled about every `checkEvery` paths (default 1024); returning true throws RunCancelled. */
  shouldCancel?: () => boolean;
  checkEvery?: number;
  /**
   * Allocate the result on SharedArrayBuffers, so a worker can post it to its parent without a copy and without a
   * transfer list. Do not transfer (detach) ArrayBuffers in a long-lived worker: the first detach anywhere in a V8
   * isolate turns on detach checks for every typed-array access after it, which made this engine ~20 % slower.
   */
  sharedMemory?: boolean;
};

const runtimes = new WeakMap<ShardInput, Runtime>();

/** The typed-array runtime of a prepared run, built once per PreparedRun object (its scratch buffers are reused). */
export function runtimeOf(prepared: ShardInput): Runtime {
  let rt = runtimes.get(prepared);
  if (!rt) runtimes.set(prepared, (rt = buildRuntime(prepared.kernel)));
  return rt;
}

export function allocateShard(prepared: ShardInput, pathStart: number, pathEnd: number, sharedMemory = false): ShardResult {
  const n = Math.max(0, pathEnd - pathStart);
  const H = prepared.kernel.horizonWeeks;
  const G = prepared.kernel.groups.length;
  const B = blockCount(pathStart, pathEnd);
  const memory = (bytes: number): ArrayBuffer | SharedArrayBuffer => (sharedMemory ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  return {
    pathStart,
    pathEnd,
    loss: new Float64Array(memory(8 * n)),
    marginTriggered: new Uint8Array(memory(n)),
    lockedIn: new Float64Array(memory(8 * n)),
    proceeds: new Float64Array(memory(8 * n)),
    values: new Float32Array(memory(4 * n * (H + 1))),
    recoveredWeek: new Int16Array(memory(2 * n)),
    groupLoss: new Float64Array(memory(8 * B * G)),
    groupCost: new Float64Array(memory(8 * B * G)),
    groupEnd: new Float64Array(memory(8 * B * G)),
    defaulted: new Float64Array(memory(8 * B * prepared.creditMembers.length)),
    callWeek: new Int16Array(memory(2 * n)),
    lockedTwo: new Float64Array(memory(8 * n)),
    fetchedTwo: new Float64Array(memory(8 * n)),
    income: new Float64Array(memory(8 * n)),
  };
}

/**
 * Walks paths [pathStart, pathEnd) batch by batch along the global blocks (a batch never crosses a block boundary):
 * `batch(path, count, i, block)` for the paths path … path + count − 1, i = path − pathStart, block = the batch's block
 * within the shard. Polls cancel and reports progress every `checkEvery` paths, and progress at the end.
 */
export function forEachBatch(
  prepared: ShardInput,
  pathStart: number,
  pathEnd: number,
  options: ShardOptions,
  batch: (path: number, count: number, i: number, block: number) => void,
): void {
  if (!(Number.isInteger(pathStart) && Number.isInteger(pathEnd) && 0 <= pathStart && pathStart <= pathEnd && pathEnd <= prepared.meta.paths))
    throw new RangeError(`bad path range [${pathStart}, ${pathEnd}) for ${prepared.meta.paths} paths`);
  const total = pathEnd - pathStart;
  const every = Math.max(1, options.checkEvery ?? 1024);
  let nextCheck = every;
  const first = blockOf(pathStart);
  for (let i = 0; i < total; ) {
    if (i >= nextCheck) {
      nextCheck += every;
      if (options.shouldCancel?.()) throw new RunCancelled();
      options.onProgress?.(i, total);
    }
    const path = pathStart + i;
    const count = Math.min((blockOf(path) + 1) * BATCH - path, total - i);
    batch(path, count, i, blockOf(path) - first);
    i += count;
  }
  options.onProgress?.(total, total);
}

/**
 * Simulates paths [pathStart, pathEnd). A path's numbers depend only on (seed, path), never on the sharding; batches
 * follow the global blocks, so per-group sums are bit-identical whatever the sharding when shards start on a
 * multiple of BATCH (splitPaths' ranges do). A block split between two shards is summed in two parts.
 */
export function simulateShard(prepared: ShardInput, pathStart: number, pathEnd: number, options: ShardOptions = {}): ShardResult {
  const shard = allocateShard(prepared, pathStart, pathEnd, options.sharedMemory);
  const rt = runtimeOf(prepared);
  const total = pathEnd - pathStart;
  forEachBatch(prepared, pathStart, pathEnd, options, (path, count, i, block) => simulateBatch(rt, path, count, true, shard, i, total, block));
  return shard;
}
