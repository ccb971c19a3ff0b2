/**
 * Monte Carlo engine. Sharding: prepareRun (once, pure, JSON) → simulateShard per worker for a path range →
 * mergeShards (bit-identical whatever the sharding). runScenario does all three in one thread.
 */
export { type AnyShard, mergeShards } from './merge';
export { simulateRunShard } from './run-shard';
export { EXACT_PATHS_LIMIT, statisticsMethod } from './binned';
export type { BinnedShard } from './simulate-binned';
export { fillNormals, philox4x32, seedKey } from './philox';
export { type PreparedRun, prepareRun } from './prepare';
export { runScenario, splitPaths } from './run';
export { RunResult } from './run-result';
export { allocateShard, RunCancelled, type ShardOptions, type ShardResult, simulateShard } from './simulate';
