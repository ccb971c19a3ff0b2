import type { ApiEvent, Handlers, RecoveryNote } from '../../shared/api';
import { dispatch } from '../../shared/api/dispatch';
import type { Envelope } from '../../shared/api';
import { appHandlers } from './app-handlers';
import type { BackendContext } from './context';
import { importsHandlers } from './imports-handlers';
import { portfoliosHandlers } from './portfolios-handlers';
import { createEnginePool, type WorkerLauncher } from './engine-pool';
import { ensureFxOrigins, loadFxDefaults } from './fx-defaults';
import { DEFAULT_RESOURCES } from '../../shared/model/default-resources';
import { scenarioPlausibility } from '../../shared/model/plausibility-odds';
import type { PdfPrinter } from './pdf-printer';
import { createPreviewStore } from './preview-store';
import { reportsHandlers } from './reports-handlers';
import { createFactorModelFiles } from './factor-model-files';
import { createFactorModels } from './factor-models-service';
import { runsHandlers } from './runs-handlers';
import { createRunsService } from './runs-service';
import { createScenarioCatalogue, loadBuiltInScenarios, scenariosHandlers } from './scenarios-service';
import { ensureSamplePortfolio } from './sample-portfolio';
import { settingsHandlers } from './settings-handlers';
import { createStressService } from './stress-service';
import { whatIfHandlers } from './what-if-handlers';
import type { OpenedData } from './open-data';

export type Backend = {
  handlers: Handlers;
  /** Parses, runs and wraps one call; never throws. */
  call: (name: unknown, input: unknown) => Promise<Envelope<unknown>>;
  onEvent: (listener: (event: ApiEvent) => void) => () => void;
  /** Pushes an event to every listener (used by hosts for menu commands). */
  emit: (event: ApiEvent) => void;
  info: { dataDir: string; version: string; recovery: RecoveryNote[] };
  /** Stops the engine workers (a CLI run must let the process exit). */
  dispose: () => void;
};

export type BackendOptions = {
  /** The data folder as start-up opened it (open-data.ts). */
  data: OpenedData;
  host: BackendContext['host'];
  version: string;
  dataDir: string;
  resourcesDir: string;
  log?: (message: string, err?: unknown) => void;
  now?: () => Date;
  /** How engine worker processes are started on this host. */
  launchWorker: WorkerLauncher;
  /** How long a worker on a shard may be silent before it counts as hung (DEFAULT_SILENCE_MS when absent). */
  workerSilenceMs?: number;
  /** Worker processes per run by default (the machine's cores). */
  cores: number;
  /** How reports are printed to PDF on this host; without it, reports.pdf explains that it cannot print here. */
  printPdf?: PdfPrinter;
};

/** Joins the handler maps of every service into the one implementation of the contract. */
export function createBackend(options: BackendOptions): Backend {
  const listeners = new Set<(event: ApiEvent) => void>();
  const log = options.log ?? ((message, err) => console.error(message, err));
  const ctx: BackendContext = {
    state: options.data.state,
    host: options.host,
    version: options.version,
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    recovery: options.data.recovery,
    emit: (event) => listeners.forEach((l) => l(event)),
    now: options.now ?? (() => new Date()),
    previews: createPreviewStore(),
  };
  ensureSamplePortfolio(ctx);
  ensureFxOrigins(ctx, loadFxDefaults(options.resourcesDir));
  const pool = createEnginePool(options.launchWorker, options.workerSilenceMs ? { hangMs: options.workerSilenceMs } : {});
  const builtIns = loadBuiltInScenarios(options.resourcesDir);
  const scenarios = createScenarioCatalogue(ctx, builtIns);
  const factorModels = createFactorModels(ctx, createFactorModelFiles(options.dataDir));
  // Runs and hedge searches share the workers: each waits while the other holds them.
  let stressBusy = () => false;
  const runs = createRunsService(ctx, { pool, scenarios, previews: ctx.previews, files: options.data.runFiles, index: options.data.runIndex, cores: options.cores, factorModels, busy: () => stressBusy() });
  const stress = createStressService(ctx, { pool, scenarios, previews: ctx.previews, cores: options.cores, resourcesDir: options.resourcesDir, builtIns, runActive: () => runs.active() !== null, factorModels, loadRun: runs.loadSaved });
  stressBusy = stress.busy;
  const handlers: Handlers = {
    ...appHandlers(ctx),
    ...settingsHandlers(ctx),
    ...portfoliosHandlers(ctx),
    ...importsHandlers(ctx),
    ...scenariosHandlers(ctx, scenarios, new Set(builtIns.map((s) => s.id))),
    ...runsHandlers(runs),
    ...factorModels.handlers,
    ...stress.handlers,
    ...whatIfHandlers(ctx),
    ...reportsHandlers(ctx, runs, options.printPdf, builtIns.map((s) => ({ id: s.id, name: s.name, sigma: scenarioPlausibility(s, DEFAULT_RESOURCES.factorModel).sigma }))),
  };
  return {
    handlers,
    call: (name, input) => dispatch(handlers, name, input, (err) => log(`Call ${String(name)} failed`, err)),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: ctx.emit,
    dispose: () => pool.dispose(),
    info: { dataDir: options.dataDir, version: options.version, recovery: options.data.recovery },
  };
}
