import type { RunRecord } from '../api/runs-api';

/** The JSON of a run (`cli run --json`, `cli export --what json`, Export JSON): meta (what reproduces it), phase one, phase two. */
export function runJson(record: RunRecord) {
  const { seed, paths, workers, appVersion, inputHash, scenario } = record.meta;
  return {
    meta: { runId: record.runId, seed, paths, workers, appVersion, inputHash, scenario, statistics: record.result.meta.statistics },
    phaseOne: record.result.phaseOne, phaseTwo: record.result.phaseTwo };
}
export type RunJson = ReturnType<typeof runJson>;
