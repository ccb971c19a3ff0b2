import type { ApiClient, RunRecord } from '../../shared/api';
import { BUILT_IN_REGIMES, type Scenario } from '../../shared/domain/scenario';
import { t } from '../../shared/i18n/translate';
import { CliUsageError, type CliCommand, type CliIo, type CliValues } from './cli-command';
import { previewArgFile, readArgFile } from './cli-files';
import { runJson } from '../../shared/export/run-json';
import { runText } from './run-output';
import { scenarioName } from '../../shared/i18n/builtin-text';
import { HORIZON_WEEKS, numberArg, RUN_PATHS, SEED, WORKERS } from './number-args';
import { adHocScenario, parseScenarioFile, parseShocks } from './scenario-args';

const DEFAULT_TEMPLATE = 'ai-capex-bust-ease';

/** The scenario the options describe: --scenario (id or file), then --shock, --regime and --horizon-weeks on top. */
async function scenarioFrom(api: ApiClient, values: CliValues, io: CliIo): Promise<Scenario | null> {
  const named = typeof values.scenario === 'string' ? values.scenario : undefined;
  let scenario: Scenario;
  if (named?.toLowerCase().endsWith('.json')) {
    const bytes = readArgFile(named, io, 5 * 1024 * 1024);
    if (!bytes) return null;
    scenario = parseScenarioFile(bytes.toString('utf8'), named);
  } else scenario = await api['scenarios.get']({ id: named ?? DEFAULT_TEMPLATE });
  if (typeof values.shock === 'string') {
    const shocks = parseShocks(values.shock);
    scenario = named ? { ...scenario, phaseOne: { ...scenario.phaseOne, shocks: { ...scenario.phaseOne.shocks, ...shocks } } } : adHocScenario(shocks, scenario);
  }
  if (typeof values.regime === 'string') {
    if (!(BUILT_IN_REGIMES as readonly string[]).includes(values.regime)) throw new CliUsageError(t('cli.badRegime', { regime: values.regime }));
    scenario = { ...scenario, phaseTwo: { ...scenario.phaseTwo, regime: values.regime as Scenario['phaseTwo']['regime'] & string } };
  }
  const horizon = numberArg(values, 'horizon-weeks', HORIZON_WEEKS);
  if (horizon !== undefined) scenario = { ...scenario, phaseTwo: { ...scenario.phaseTwo, horizonWeeks: horizon } };
  return scenario;
}

/** The saved factor model --model names (its id or its name); undefined without --model. */
async function factorModelId(api: ApiClient, values: CliValues): Promise<string | undefined> {
  const wanted = values.model;
  if (typeof wanted !== 'string') return undefined;
  const found = (await api['factorModels.list']({})).find((m) => m.id === wanted || m.name === wanted);
  if (!found) throw new CliUsageError(t('cli.run.unknownModel', { model: wanted }));
  return found.id;
}

/** Starts the run and waits for its end, drawing progress on stderr when it is a terminal. */
async function runToEnd(api: ApiClient, request: Parameters<ApiClient['runs.start']>[0], io: CliIo, label: string): Promise<RunRecord | string> {
  const ended = new Map<string, { status: string; message?: string }>();
  let wake = () => {};
  const tty = process.stderr.isTTY;
  const unsubscribe = api.subscribe((event) => {
    if (event.name === 'runs.progress' && tty) {
      process.stderr.write(`\r${t('cli.progress', { scenario: label, done: event.payload.pathsDone, total: event.payload.pathsTotal })}   `);
    }
    if (event.name === 'runs.finished') {
      ended.set(event.payload.runId, event.payload);
      wake();
    }
  });
  try {
    const { runId } = await api['runs.start'](request);
    while (!ended.has(runId)) await new Promise<void>((resolve) => (wake = resolve));
    if (tty) process.stderr.write('\n');
    const end = ended.get(runId)!;
    if (end.status === 'done') return api['runs.get']({ runId });
    return end.status === 'cancelled' ? t('cli.runCancelled') : (end.message ?? end.status);
  } finally {
    unsubscribe();
  }
}

export const runCommand: CliCommand = {
  usage: 'run FILE.csv [--scenario ID|FILE.json] [--shock "AI_EQ=-30%,BTC=-45%,HY=+400bp"] [--regime ease|no-ease] [--horizon-weeks 52] [--model NAME|ID] [--paths N] [--seed S] [--workers W] [--json]',
  summary: 'cli.sum.run',
  options: {
    scenario: { type: 'string' },
    shock: { type: 'string' },
    regime: { type: 'string' },
    'horizon-weeks': { type: 'string' },
    paths: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    model: { type: 'string' },
  },
  numbers: { paths: RUN_PATHS, seed: SEED, workers: WORKERS, 'horizon-weeks': HORIZON_WEEKS },
  run: async (api, { values, positionals }, io) => {
    const file = positionals[0];
    if (!file) {
      io.err(t('cli.needFile'));
      return 2;
    }
    const scenario = await scenarioFrom(api, values, io);
    const preview = scenario && (await previewArgFile(api, file, io));
    if (!scenario || !preview) return 2;
    const paths = numberArg(values, 'paths', RUN_PATHS);
    const seed = numberArg(values, 'seed', SEED);
    const workers = numberArg(values, 'workers', WORKERS);
    const model = await factorModelId(api, values);
    const outcome = await runToEnd(
      api,
      {
        previewId: preview.previewId,
        scenario,
        ...(paths !== undefined ? { paths } : {}),
        ...(seed !== undefined ? { seed } : {}),
        ...(workers !== undefined ? { workers } : {}),
        ...(model ? { factorModelId: model } : {}),
      },
      io,
      scenarioName(scenario),
    );
    if (typeof outcome === 'string') {
      io.err(outcome);
      return 2;
    }
    io.out(values.json ? JSON.stringify(runJson(outcome), null, 2) : runText(outcome, (await api['settings.get']({})).locale));
    io.err(t('cli.savedRun', { id: outcome.runId }));
    return 0;
  },
};
