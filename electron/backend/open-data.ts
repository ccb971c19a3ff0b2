import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecoveryNote } from '../../shared/api';
import { Portfolio } from '../../shared/domain';
import { Scenario } from '../../shared/domain/scenario';
import { STATE_SCHEMA_VERSION } from './app-state';
import { keptFiles, removeOldStoreTemps, removeStaleTemps } from './atomic-file';
import { createJsonFolder, type MovedAside } from './json-folder';
import { CONFIG_NAME, type OpenedStore } from './open-store';
import { createRunFiles, type RunFiles } from './run-files';
import { openRunIndex, type RunIndex } from './run-index';
import { createStateRepo, type StateRepo } from './state-repo';

export type OpenedData = { state: StateRepo; runFiles: RunFiles; runIndex: RunIndex; recovery: RecoveryNote[] };

const LegacyRun = z.object({ runId: z.string() });

/** The open portfolio must be one that is there: after a store was reset, the one changed last. */
function settleCurrentPortfolio(state: StateRepo): void {
  const { currentPortfolioId, portfolios } = state.read();
  if (currentPortfolioId !== null && portfolios[currentPortfolioId]) return;
  const newest = Object.values(portfolios).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))[0];
  if ((newest?.id ?? null) !== currentPortfolioId) state.write('currentPortfolioId', newest?.id ?? null);
}

/**
 * Opens what the data folder holds: the store (already opened, any unreadable one moved aside), the portfolios and
 * scenarios (a file each), and the list of saved runs (derived from their files). Moves a store of version 1's records
 * out into files first. Everything it had to recover from is answered in `recovery`, and so is every kept file still
 * lying in the folder, until the person deletes or restores it.
 */
export function openData(dataDir: string, opened: OpenedStore, now: Date): OpenedData {
  const { store } = opened;
  const portfolios = createJsonFolder({ dir: join(dataDir, 'portfolios'), schema: Portfolio, idOf: (p) => p.id });
  const scenarios = createJsonFolder({ dir: join(dataDir, 'scenarios'), schema: Scenario, idOf: (s) => s.id, pretty: true });
  const runFiles = createRunFiles(dataDir);
  for (const dir of [portfolios.dir, scenarios.dir, runFiles.dir, join(dataDir, 'factor-models')]) removeStaleTemps(dir);
  removeOldStoreTemps(dataDir, CONFIG_NAME, now);
  const moved: MovedAside[] = [...opened.movedAside];

  // Version 1 kept portfolios, scenarios and the run list in the store: they become files, and only then leave it.
  const legacy = store.store;
  const listedBefore = new Set((legacy.runIndex ?? []).flatMap((r) => LegacyRun.safeParse(r).data?.runId ?? []));
  if (legacy.portfolios) {
    mkdirSync(portfolios.dir, { recursive: true });
    moved.push(...portfolios.adopt(legacy.portfolios, now));
  }
  if (legacy.scenarios) moved.push(...scenarios.adopt(legacy.scenarios, now));
  if (legacy.portfolios) store.delete('portfolios');
  if (legacy.scenarios) store.delete('scenarios');
  if (legacy.runIndex) store.delete('runIndex');
  if (legacy.schemaVersion < STATE_SCHEMA_VERSION) store.set('schemaVersion', STATE_SCHEMA_VERSION);

  const loadedPortfolios = portfolios.loadAll(now);
  const loadedScenarios = scenarios.loadAll(now);
  moved.push(...loadedPortfolios.movedAside, ...loadedScenarios.movedAside);
  const state = createStateRepo(store, { portfolios, scenarios }, { portfolios: loadedPortfolios.items, scenarios: loadedScenarios.items });
  // The portfolios folder exists once the sample was loaded: a store that forgot it must not load the sample again.
  if (!state.read().sampleLoaded && portfolios.exists()) state.write('sampleLoaded', true);
  settleCurrentPortfolio(state);
  const runs = openRunIndex(runFiles, state, listedBefore, now);
  moved.push(...runs.movedAside);

  const reasons = new Map(moved.map((m) => [m.kept, m.reason]));
  const kept = (what: 'store' | 'portfolio' | 'scenario' | 'run', files: ReturnType<typeof keptFiles>): RecoveryNote[] =>
    files.map((f) => ({ kind: 'keptAside', what, original: f.original, kept: f.kept, at: f.at, reason: reasons.get(f.kept) ?? null }));
  const recovery: RecoveryNote[] = [
    ...kept('store', keptFiles(dataDir, CONFIG_NAME)),
    ...kept('portfolio', keptFiles(portfolios.dir)),
    ...kept('scenario', keptFiles(scenarios.dir)),
    ...kept('run', keptFiles(runFiles.dir)),
    ...(runs.relisted > 0 ? [{ kind: 'runsRelisted' as const, dir: runFiles.dir, count: runs.relisted }] : []),
  ];
  return { state, runFiles, runIndex: runs.index, recovery };
}
