import type { RunRecord, RunSummary } from '../../shared/api';
import { t } from '../../shared/i18n/translate';
import type { RunCacheEntry } from './app-state';
import { keepAside } from './atomic-file';
import { shortReason, type MovedAside } from './json-folder';
import type { RunFiles } from './run-files';
import type { StateRepo } from './state-repo';

export const summaryOf = (r: RunRecord): RunSummary => ({
  runId: r.runId,
  portfolioName: r.meta.portfolioName,
  scenarioId: r.meta.scenario.id,
  scenarioName: r.meta.scenario.name,
  paths: r.meta.paths,
  seed: r.meta.seed,
  baseCurrency: r.result.meta.baseCurrency,
  meanLoss: r.result.phaseOne.meanLoss,
  meanLossPct: r.result.phaseOne.meanLossPct,
  createdAt: r.createdAt,
});

/** The list of saved runs, derived from the files in <data>/runs and kept in step as runs are saved and deleted. */
export type RunIndex = {
  /** Newest first. */
  list: () => RunSummary[];
  has: (runId: string) => boolean;
  /** After the run's file was written. */
  add: (record: RunRecord) => void;
  /** Deletes the run's file and its entry; false when no such run is listed. */
  remove: (runId: string) => boolean;
};

export type OpenedRunIndex = {
  index: RunIndex;
  /** Run files that could not be read: moved aside, kept. */
  movedAside: MovedAside[];
  /** Runs found in the folder that the store did not list (a store lost or reset, a save cut short). */
  relisted: number;
};

/**
 * Builds the list from the folder at start-up. The store's cache of summaries saves reading a file it has seen with
 * the same size and time; any other file is read whole and checked, and one that cannot be read is moved aside.
 * `listedBefore` are the run ids a former version's store listed (they are not counted as found again).
 */
export function openRunIndex(files: RunFiles, state: StateRepo, listedBefore: ReadonlySet<string>, now: Date): OpenedRunIndex {
  const cache = state.read().runCache;
  const next: Record<string, RunCacheEntry> = {};
  const movedAside: MovedAside[] = [];
  let relisted = 0;
  for (const f of files.scan()) {
    const seen = cache[f.name];
    if (seen && seen.size === f.size && seen.mtimeMs === f.mtimeMs) {
      next[f.name] = seen;
      continue;
    }
    const loaded = files.load(f.runId);
    if ('missing' in loaded) continue;
    if ('unreadable' in loaded || loaded.record.runId !== f.runId) {
      const why = 'unreadable' in loaded ? loaded.unreadable : t('data.idMismatch', { id: loaded.record.runId, file: `${loaded.record.runId}.json` });
      const path = files.file(f.runId);
      movedAside.push({ original: path, kept: keepAside(path, now), reason: shortReason(why) });
      continue;
    }
    next[f.name] = { size: f.size, mtimeMs: f.mtimeMs, summary: summaryOf(loaded.record) };
    if (!seen && !listedBefore.has(f.runId)) relisted++;
  }
  if (JSON.stringify(next) !== JSON.stringify(cache)) state.write('runCache', next);

  const nameOf = (runId: string) => files.file(runId).slice(files.dir.length + 1);
  const index: RunIndex = {
    list: () =>
      Object.values(state.read().runCache)
        .map((e) => e.summary)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.runId.localeCompare(a.runId)),
    has: (runId) => Object.hasOwn(state.read().runCache, nameOf(runId)),
    add: (record) => {
      const f = files.stamp(record.runId);
      if (!f) return;
      state.write('runCache', { ...state.read().runCache, [f.name]: { size: f.size, mtimeMs: f.mtimeMs, summary: summaryOf(record) } });
    },
    remove: (runId) => {
      const { [nameOf(runId)]: gone, ...rest } = state.read().runCache;
      if (!gone) return false;
      files.remove(runId);
      state.write('runCache', rest);
      return true;
    },
  };
  return { index, movedAside, relisted };
}
