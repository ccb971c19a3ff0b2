import { randomUUID } from 'node:crypto';
import { ZodError, z } from 'zod';
import type { RunRecord, RunRequest } from '../../shared/api';
import { UserError } from '../../shared/api/dispatch';
import type { Portfolio } from '../../shared/domain';
import type { Scenario } from '../../shared/domain/scenario';
import { mergeShards, prepareRun, splitPaths, type PreparedRun } from '../../shared/engine';
import { t } from '../../shared/i18n/translate';
import { DEFAULT_RESOURCES } from '../../shared/model/default-resources';
import { valueHoldings, type ModelInput } from '../../shared/model';
import type { BackendContext } from './context';
import { RunCancelledError, type EnginePool } from './engine-pool';
import { canonicalJson, sha256 } from './input-hash';
import { portfolioFromImport } from './portfolio-factory';
import { findPortfolio } from './portfolio-views';
import type { PreviewStore } from './preview-store';
import type { ScenarioCatalogue } from './scenarios-service';

export type RunsDeps = { pool: EnginePool; scenarios: ScenarioCatalogue; previews: PreviewStore; cores: number };
const PROGRESS_EVERY_MS = 100;

/** Starts runs in the worker pool, one at a time, and keeps finished ones (in memory until runs are saved). */
export function createRunsService(ctx: BackendContext, deps: RunsDeps) {
  const records = new Map<string, RunRecord>();
  let active: { runId: string; controller: AbortController } | null = null;

  const portfolioFor = (req: RunRequest): Portfolio => {
    if (!req.previewId) return findPortfolio(ctx, req.portfolioId);
    const pending = deps.previews.get(req.previewId);
    if (!pending) throw new UserError('not_found', t('error.previewGone'));
    const overrides = ctx.state.read().overrides;
    return portfolioFromImport(pending.outcome, { id: req.previewId, name: pending.fileName, fileName: pending.fileName, now: ctx.now(), overrides });
  };
  const scenarioFor = (req: RunRequest): Scenario => {
    const base = req.scenario ?? (req.scenarioId ? deps.scenarios.find(req.scenarioId) : null);
    if (!base) throw new UserError('bad_input', t('run.noScenario'));
    return { ...base, run: { paths: req.paths ?? base.run.paths, seed: req.seed ?? base.run.seed } };
  };

  async function execute(runId: string, prepared: PreparedRun, meta: Omit<RunRecord['meta'], 'elapsedMs'>, signal: AbortSignal) {
    const started = performance.now();
    const total = prepared.meta.paths;
    let lastEmit = 0;
    const onProgress = (pathsDone: number) => {
      const now = performance.now();
      if (now - lastEmit < PROGRESS_EVERY_MS) return;
      lastEmit = now;
      ctx.emit({ name: 'runs.progress', payload: { runId, pathsDone, pathsTotal: total } });
    };
    try {
      // Let the caller receive its runId before any event of this run arrives.
      await new Promise((resolve) => setImmediate(resolve));
      const ranges = splitPaths(total, meta.workers).filter(() => total > 0);
      const shards = ranges.length > 0 ? await deps.pool.run({ prepared, ranges, onProgress }, signal) : [];
      const result = mergeShards(prepared, shards);
      ctx.emit({ name: 'runs.progress', payload: { runId, pathsDone: total, pathsTotal: total } });
      records.set(runId, { runId, createdAt: ctx.now().toISOString(), meta: { ...meta, elapsedMs: Math.round(performance.now() - started) }, result });
      ctx.emit({ name: 'runs.finished', payload: { runId, status: 'done' } });
    } catch (err) {
      const cancelled = err instanceof RunCancelledError;
      const message = cancelled ? undefined : err instanceof Error ? err.message : String(err);
      ctx.emit({ name: 'runs.finished', payload: { runId, status: cancelled ? 'cancelled' : 'failed', ...(message ? { message } : {}) } });
    } finally {
      if (active?.runId === runId) active = null;
    }
  }

  return {
    start: (req: RunRequest): { runId: string; done: Promise<void> } => {
      if (active) throw new UserError('conflict', t('run.busy'));
      const portfolio = portfolioFor(req);
      const scenario = scenarioFor(req);
      const settings = ctx.state.read().settings;
      const { holdings, excluded } = valueHoldings(portfolio, settings);
      if (holdings.length === 0) throw new UserError('rejected', t('run.emptyBook'));
      const input: ModelInput = { baseCurrency: settings.baseCurrency, holdings, scenario, resources: DEFAULT_RESOURCES, excludedHoldings: excluded };
      let prepared: PreparedRun;
      try {
        prepared = prepareRun(input);
      } catch (err) {
        if (err instanceof ZodError) throw new UserError('bad_input', t('run.badScenario', { name: scenario.name, details: z.prettifyError(err) }));
        throw err;
      }
      const workers = Math.max(1, Math.min(req.workers ?? deps.cores, scenario.run.paths || 1));
      const inputHash = sha256(canonicalJson({ baseCurrency: input.baseCurrency, holdings: input.holdings, scenario, resources: input.resources }));
      const runId = randomUUID();
      const controller = new AbortController();
      active = { runId, controller };
      const meta = {
        seed: scenario.run.seed,
        paths: scenario.run.paths,
        workers,
        appVersion: ctx.version,
        inputHash,
        scenario,
        portfolioId: req.previewId ? null : portfolio.id,
        portfolioName: portfolio.name,
      };
      const done = execute(runId, prepared, meta, controller.signal);
      return { runId, done };
    },
    cancel: (runId: string): boolean => {
      if (active?.runId !== runId) return false;
      active.controller.abort();
      return true;
    },
    get: (runId: string): RunRecord => {
      const found = records.get(runId);
      if (!found) throw new UserError('not_found', t('run.unknownRun', { id: runId }));
      return found;
    },
    list: () =>
      [...records.values()]
        .reverse()
        .map((r) => ({ runId: r.runId, portfolioName: r.meta.portfolioName, scenarioName: r.meta.scenario.name, paths: r.meta.paths, createdAt: r.createdAt })),
  };
}
export type RunsService = ReturnType<typeof createRunsService>;
