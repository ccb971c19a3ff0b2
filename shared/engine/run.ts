import type { ModelInput } from '../model/positions';
import { mergeShards } from './merge';
import { prepareRun } from './prepare';
import type { RunResult } from './run-result';
import { type ShardOptions, simulateShard } from './simulate';

/** Splits [0, paths) into `parts` contiguous ranges of near-equal size (empty ranges dropped). */
export function splitPaths(paths: number, parts: number): [number, number][] {
  const k = Math.max(1, Math.min(Math.floor(parts), paths || 1));
  return Array.from({ length: k }, (_, i): [number, number] => [Math.floor((i * paths) / k), Math.floor(((i + 1) * paths) / k)]).filter(
    ([a, b]) => b > a,
  );
}

/** prepare → simulate every shard in this thread → merge. Workers do the same with one shard each. */
export function runScenario(input: ModelInput, options: ShardOptions & { shards?: number } = {}): RunResult {
  const prepared = prepareRun(input);
  const shards = splitPaths(prepared.meta.paths, options.shards ?? 1).map(([a, b]) => simulateShard(prepared, a, b, options));
  return mergeShards(prepared, shards);
}
