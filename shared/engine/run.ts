import type { ModelInput } from '../model/positions';
import { mergeShards } from './merge';
import { BATCH } from './runtime';
import { prepareRun } from './prepare';
import type { RunResult } from './run-result';
import { simulateRunShard } from './run-shard';
import type { ShardOptions } from './simulate';

/**
 * Splits [0, paths) into `parts` contiguous ranges of near-equal size, each starting on a multiple of BATCH (so the
 * per-group block sums, and with them the merged result, are bit-identical whatever the number of parts); empty
 * ranges dropped.
 */
export function splitPaths(paths: number, parts: number): [number, number][] {
  const blocks = Math.ceil(paths / BATCH);
  const k = Math.max(1, Math.min(Math.floor(parts), blocks || 1));
  const cut = (i: number) => Math.min(paths, Math.floor((i * blocks) / k) * BATCH);
  return Array.from({ length: k }, (_, i): [number, number] => [cut(i), cut(i + 1)]).filter(([a, b]) => b > a);
}

/** prepare → simulate every shard in this thread → merge. Workers do the same with one shard each. */
export function runScenario(input: ModelInput, options: ShardOptions & { shards?: number } = {}): RunResult {
  const prepared = prepareRun(input);
  const shards = splitPaths(prepared.meta.paths, options.shards ?? 1).map(([a, b]) => simulateRunShard(prepared, a, b, options));
  return mergeShards(prepared, shards);
}
