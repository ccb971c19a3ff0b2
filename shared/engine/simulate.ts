import { BATCH, buildRuntime, type Runtime } from './runtime';
import { simulateBatch } from './simulate-batch';
import type { PreparedRun } from './prepare';

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
  /** Value of each group at the horizon (G per path). */
  groupEnd: Float32Array;
  /** Probability each credit group has defaulted by the horizon (per path). */
  defaulted: Float32Array;
};

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

const runtimes = new WeakMap<PreparedRun, Runtime>();

/** The typed-array runtime of a prepared run, built once per PreparedRun object (its scratch buffers are reused). */
export function runtimeOf(prepared: PreparedRun): Runtime {
  let rt = runtimes.get(prepared);
  if (!rt) runtimes.set(prepared, (rt = buildRuntime(prepared.kernel)));
  return rt;
}

export function allocateShard(prepared: PreparedRun, pathStart: number, pathEnd: number, sharedMemory = false): ShardResult {
  const n = Math.max(0, pathEnd - pathStart);
  const H = prepared.kernel.horizonWeeks;
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
    groupEnd: new Float32Array(memory(4 * n * prepared.kernel.groups.length)),
    defaulted: new Float32Array(memory(4 * n * prepared.creditMembers.length)),
  };
}

/** Simulates paths [pathStart, pathEnd). A path's numbers depend only on (seed, path), never on the sharding. */
export function simulateShard(prepared: PreparedRun, pathStart: number, pathEnd: number, options: ShardOptions = {}): ShardResult {
  if (!(Number.isInteger(pathStart) && Number.isInteger(pathEnd) && 0 <= pathStart && pathStart <= pathEnd && pathEnd <= prepared.meta.paths))
    throw new RangeError(`bad path range [${pathStart}, ${pathEnd}) for ${prepared.meta.paths} paths`);
  const rt = runtimeOf(prepared);
  const shard = allocateShard(prepared, pathStart, pathEnd, options.sharedMemory);
  const total = pathEnd - pathStart;
  const every = Math.max(1, options.checkEvery ?? 1024);
  let nextCheck = every;
  for (let i = 0; i < total; i += BATCH) {
    if (i >= nextCheck) {
      nextCheck += every;
      if (options.shouldCancel?.()) throw new RunCancelled();
      options.onProgress?.(i, total);
    }
    simulateBatch(rt, pathStart + i, Math.min(BATCH, total - i), true, shard, i, total);
  }
  options.onProgress?.(total, total);
  return shard;
}
