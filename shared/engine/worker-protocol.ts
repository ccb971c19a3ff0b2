import { z } from 'zod';

/**
 * Messages between the back end and an engine worker process (Electron utilityProcess or child_process.fork).
 * Both sides parse what they receive; typed arrays travel by structured clone / V8 serialisation.
 */
export const ToWorker = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('shard'),
    jobId: z.string().min(1),
    /** A PreparedRun (plain JSON); the worker checks its version. */
    prepared: z.looseObject({ version: z.literal(1) }),
    pathStart: z.number().int().min(0),
    pathEnd: z.number().int().min(0),
  }),
]);
export type ToWorker = z.infer<typeof ToWorker>;

/** A typed array of this kind, over any buffer (plain or shared). */
const typed = <T>(ctor: abstract new (...args: never[]) => T) => z.custom<T>((v) => v instanceof ctor);

const Shard = z.object({
  pathStart: z.number().int(),
  pathEnd: z.number().int(),
  loss: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  marginTriggered: typed<Uint8Array<ArrayBufferLike>>(Uint8Array),
  lockedIn: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  proceeds: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  values: typed<Float32Array<ArrayBufferLike>>(Float32Array),
  recoveredWeek: typed<Int16Array<ArrayBufferLike>>(Int16Array),
  groupLoss: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  groupCost: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  groupEnd: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  defaulted: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  callWeek: typed<Int16Array<ArrayBufferLike>>(Int16Array),
  lockedTwo: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  fetchedTwo: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  income: typed<Float64Array<ArrayBufferLike>>(Float64Array),
});

/** simulate-binned.ts BinnedShard: counts and per-block sums instead of every path's figures. */
const BinnedShard = z.object({
  kind: z.literal('binned'),
  pathStart: z.number().int(),
  pathEnd: z.number().int(),
  valueBins: typed<Uint32Array<ArrayBufferLike>>(Uint32Array),
  valueMin: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  valueMax: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  lossBins: typed<Uint32Array<ArrayBufferLike>>(Uint32Array),
  lossRange: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  pathSums: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  marginCount: z.number().int().min(0),
  recovered: typed<Uint32Array<ArrayBufferLike>>(Uint32Array),
  called: typed<Uint32Array<ArrayBufferLike>>(Uint32Array),
  groupLoss: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  groupCost: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  groupEnd: typed<Float64Array<ArrayBufferLike>>(Float64Array),
  defaulted: typed<Float64Array<ArrayBufferLike>>(Float64Array),
});

export const FromWorker = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('progress'), jobId: z.string(), done: z.number().int().min(0) }),
  z.object({ type: z.literal('result'), jobId: z.string(), shard: z.union([Shard, BinnedShard]) }),
  /** `outOfMemory`: the shard could not get the memory it needed (an ArrayBuffer allocation failed). */
  z.object({ type: z.literal('error'), jobId: z.string(), message: z.string(), outOfMemory: z.boolean().optional() }),
]);
export type FromWorker = z.infer<typeof FromWorker>;

/** Progress messages from one worker are at most this often. */
export const PROGRESS_INTERVAL_MS = 100;
