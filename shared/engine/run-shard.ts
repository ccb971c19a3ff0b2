import { statisticsMethod } from './binned';
import type { AnyShard } from './merge';
import { type ShardInput, type ShardOptions, simulateShard } from './simulate';
import { simulateShardBinned } from './simulate-binned';

/**
 * A run's shard as its path count asks: every path kept (exact statistics) up to EXACT_PATHS_LIMIT paths, reduced to
 * bins above — what workers and runScenario compute, so a run's statistics do not depend on where it ran.
 */
export const simulateRunShard = (prepared: ShardInput, pathStart: number, pathEnd: number, options: ShardOptions = {}): AnyShard =>
  statisticsMethod(prepared.meta.paths) === 'binned'
    ? simulateShardBinned(prepared, pathStart, pathEnd, options)
    : simulateShard(prepared, pathStart, pathEnd, options);
