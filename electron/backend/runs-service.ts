import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import type { RunInputs, RunRecord, RunRequest, RunSummary, SavedRun } from '../../shared/api';
import { UserError } from '../../shared/api/dispatch';
import type { Portfolio, Settings } from '../../shared/domain';
import type { Scenario } from '../../shared/domain/scenario';
import { mergeShards, prepareRun, splitPaths, type PreparedRun } from '../../shared/engine';
import { t } from '../../shared/i18n/translate';
import { valueHoldings, type ModelInput } from '../../shared/model';
import { DEFAULT_RESOURCES } from '../../shared/model/default-resources';
import type { BackendContext } from './context';
import { RunCancelledError, type EnginePool } from './engine-pool';
import { canonicalJson, sha256 } from './input-hash';
import type { PreviewStore } from './preview-store';
import { requestPortfolio } from './request-portfolio';
import type { RunFiles } from './run-files';
import type { RunIndex } from './run-index';
import type { ScenarioCatalogue } from './scenarios-service';
import { modelOfCopy, type FactorModels } from './factor-models-service';
import { briefZodError } from '../../shared/api/brief-zod-error';

export type RunsDeps = { pool: EnginePool; scenarios: ScenarioCatalogue; previews: PreviewStore; files: RunFiles; index: RunIndex; cores: number; factorModels: FactorModels; busy?: () => boolean };
/** A saved factor model as a run keeps it: id, name and a copy of the model. */
type ModelCopy = NonNullable<RunInputs['factorModel']>;
const PROGRESS_EVERY_MS = 100;

/** Starts runs in the worker pool, one at a time; every finished run is saved with the inputs that reproduce it. */
export function createRunsService(ctx: BackendContext, deps: RunsDeps) {
  const cache = new Map<string, RunRecord>();
  let active: { runId: string; controller: AbortController; scenarioName: string; pathsDone: number; pathsTotal: number } | null = null;

  const portfolioFor = (req: RunRequest): Portfolio => requestPortfolio(ctx, deps.previews, req);
  const scenarioFor = (req: RunRequest): Scenario => {
    const base = req.scenario ?? (req.scenarioId ? deps.scenarios.find(req.scenarioId) : null);
    if (!base) throw new UserError('bad_input', t('run.noScenario'));
    return { ...base, run: { paths: req.paths ?? base.run.paths, seed: req.seed ?? base.run.seed } };
  };

  async function execute(runId: string, prepared: PreparedRun, meta: Omit<RunRecord['meta'], 'elapsedMs'>, inputs: RunInputs, signal: AbortSignal) {
    const started = performance.now();
    const total = prepared.meta.paths;
    let lastEmit = 0;
    const onProgress = (pathsDone: number) => {
      if (active?.runId === runId) active.pathsDone = pathsDone;
      const now = performance.now();
      if (now - lastEmit < PROGRESS_EVERY_MS) return;
      lastEmit = now;
      ctx.emit({ name: 'runs.progress', payload: { runId, pathsDone, pathsTotal: total } });
    };
    try {
      // Let the caller receive its runId before any event of this run arrives.
      await new Promise((resolve) => setImmediate(resolve));
      const ranges = total > 0 ? splitPaths(total, meta.workers) : [];
      const shards = ranges.length > 0 ? await deps.pool.run({ prepared, ranges, onProgress }, signal) : [];
      const result = mergeShards(prepared, shards);
      ctx.emit({ name: 'runs.progress', payload: { runId, pathsDone: total, pathsTotal: total } });
      const record: RunRecord = { runId, createdAt: ctx.now().toISOString(), meta: { ...meta, elapsedMs: Math.round(performance.now() - started) }, result };
      deps.files.save({ version: 1, record, inputs });
      cache.set(runId, record);
      deps.index.add(record);
      ctx.emit({ name: 'runs.finished', payload: { runId, status: 'done' } });
    } catch (err) {
      const cancelled = err instanceof RunCancelledError;
      const message = cancelled ? undefined : err instanceof Error ? err.message : String(err);
      ctx.emit({ name: 'runs.finished', payload: { runId, status: cancelled ? 'cancelled' : 'failed', ...(message ? { message } : {}) } });
    } finally {
      if (active?.runId === runId) active = null;
    }
  }

  /**
   * The one way a run starts: a portfolio as it is now (or was), the valuation settings, a scenario, and the factor
   * model — a saved one's copy, or null for the built-in one. The input hash covers the model through `resources`.
   */
  function launch(
    portfolio: Portfolio,
    valuation: Pick<Settings, 'baseCurrency' | 'fxRates'>,
    scenario: Scenario,
    requestedWorkers: number | undefined,
    savedPortfolioId: string | null,
    model: ModelCopy | null,
  ) {
    if (active || deps.busy?.()) throw new UserError('conflict', t('run.busy'));
    const { holdings, excluded } = valueHoldings(portfolio, valuation);
    if (holdings.length === 0) throw new UserError('rejected', t('run.emptyBook'));
    const resources = model ? { ...DEFAULT_RESOURCES, factorModel: modelOfCopy(model) } : DEFAULT_RESOURCES;
    const input: ModelInput = { baseCurrency: valuation.baseCurrency, holdings, scenario, resources, excludedHoldings: excluded };
    let prepared: PreparedRun;
    try {
      prepared = prepareRun(input);
    } catch (err) {
      if (err instanceof ZodError) throw new UserError('bad_input', t('run.badScenario', { name: scenario.name, details: briefZodError(err) }));
      throw err;
    }
    const workers = Math.max(1, Math.min(requestedWorkers ?? deps.cores, scenario.run.paths || 1));
    const inputHash = sha256(canonicalJson({ baseCurrency: input.baseCurrency, holdings: input.holdings, scenario, resources: input.resources }));
    const runId = randomUUID();
    const controller = new AbortController();
    active = { runId, controller, scenarioName: scenario.name, pathsDone: 0, pathsTotal: scenario.run.paths };
    const meta = {
      seed: scenario.run.seed,
      paths: scenario.run.paths,
      workers,
      appVersion: ctx.version,
      inputHash,
      scenario,
      portfolioId: savedPortfolioId,
      portfolioName: portfolio.name,
      ...(model ? { factorModel: { id: model.id, name: model.name } } : {}),
    };
    const inputs: RunInputs = { portfolio, valuation: { baseCurrency: valuation.baseCurrency, fxRates: valuation.fxRates }, ...(model ? { factorModel: model } : {}) };
    const done = execute(runId, prepared, meta, inputs, controller.signal);
    return { runId, done };
  }

  const load = (runId: string): SavedRun => {
    const saved = deps.files.load(runId);
    if ('missing' in saved) {
      const kept = deps.files.keptPath(runId);
      if (kept) throw new UserError('rejected', t('run.keptAside', { path: kept }));
      throw new UserError('not_found', t('run.unknownRun', { id: runId }));
    }
    if ('unreadable' in saved) throw new UserError('rejected', t('run.unreadable', { path: saved.path, details: saved.unreadable }));
    return saved;
  };

  return {
    start: (req: RunRequest) => {
      const portfolio = portfolioFor(req);
      const model = req.factorModelId ? deps.factorModels.forRun(req.factorModelId) : null;
      return launch(portfolio, ctx.state.read().settings, scenarioFor(req), req.workers, req.previewId ? null : portfolio.id, model);
    },
    /** From the run's own snapshot: its portfolio, valuation, scenario and factor model (none = built-in, as for runs made before models). */
    rerun: (runId: string) => {
      const { record, inputs } = load(runId);
      return launch(inputs.portfolio, inputs.valuation, record.meta.scenario, record.meta.workers, record.meta.portfolioId, inputs.factorModel ?? null);
    },
    active: () => (active ? { runId: active.runId, scenarioName: active.scenarioName, pathsDone: active.pathsDone, pathsTotal: active.pathsTotal } : null),
    cancel: (runId: string): boolean => {
      if (active?.runId !== runId) return false;
      active.controller.abort();
      return true;
    },
    get: (runId: string): RunRecord => {
      const cached = cache.get(runId);
      if (cached) return cached;
      const { record } = load(runId);
      cache.set(runId, record);
      return record;
    },
    /** The saved run read from its file: the record and the inputs (portfolio snapshot, valuation) behind it. */
    loadSaved: (runId: string): SavedRun => load(runId),
    list: (): RunSummary[] => deps.index.list(),
    remove: (runId: string): boolean => {
      cache.delete(runId);
      return deps.index.remove(runId);
    },
  };
}
export type RunsService = ReturnType<typeof createRunsService>;
