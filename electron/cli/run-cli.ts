import { availableParallelism } from 'node:os';
import { createApiClient, ApiCallError } from '../../shared/api';
import { chromiumPrinter } from '../backend/chromium-printer';
import { confStoreFactory } from '../backend/conf-store';
import { dataDirFromArgs, defaultDataDir } from '../backend/data-dir';
import type { WorkerLauncher } from '../backend/engine-pool';
import { engineSilenceMs } from '../backend/engine-silence';
import { forkLauncher } from '../backend/fork-launcher';
import { prestartedLauncher } from '../backend/prestart-launcher';
import { startBackend } from '../backend/start-backend';
import { parseCommandArgs } from './cli-args';
import { COMMON_OPTIONS, CliUsageError, type CliIo, type CliValues } from './cli-command';
import { commands, helpText } from './cli-commands';
import { currentLanguage, setLanguage, t } from '../../shared/i18n/translate';
import { chooseLanguage } from './cli-language';
import { numbersProblem } from './number-args';
import { recoveryText } from '../../shared/i18n/recovery-text';

/**
 * Runs one CLI invocation against an in-process back end; returns the exit code. `launchWorker` starts the engine's
 * worker processes (forked by default; tests hand in workers that misbehave).
 */
export async function runCli(argv: string[], appRoot: string, io: CliIo, env: NodeJS.ProcessEnv = process.env, launchWorker?: WorkerLauncher): Promise<number> {
  // One invocation's language: restored afterwards, for hosts (tests) that run several in one process.
  const before = currentLanguage();
  try {
    return await runIn(argv, appRoot, io, env, launchWorker ?? forkLauncher(appRoot));
  } finally {
    setLanguage(before);
  }
}

async function runIn(argv: string[], appRoot: string, io: CliIo, env: NodeJS.ProcessEnv, launch: WorkerLauncher): Promise<number> {
  const choice = chooseLanguage(argv, env);
  if (choice.language) setLanguage(choice.language);
  if (choice.error) {
    io.err(choice.error);
    return 2;
  }
  const [name, ...rest] = choice.rest;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    io.err(t('cli.unknownCommand', { name }));
    return 2;
  }
  const parsed = parseCommandArgs(name, rest, { ...COMMON_OPTIONS, ...command.options });
  if (!parsed.ok) {
    io.err(`${parsed.message}\n${t('cli.usageOf', { usage: command.usage })}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(`${t('cli.usageOf', { usage: command.usage })}\n${t(command.summary)}`);
    return 0;
  }
  // Numbers are checked before the back end starts or a worker is forked: a bad one costs nothing but its sentence.
  const badNumber = numbersProblem(parsed.values, command.numbers ?? {});
  if (badNumber) {
    io.err(badNumber);
    return 2;
  }
  let silenceMs: number | undefined;
  try {
    silenceMs = engineSilenceMs(env);
  } catch (err) {
    io.err(err instanceof Error ? err.message : String(err));
    return 2;
  }
  let dispose = () => {};
  // Commands that run the engine start their workers now, while the back end starts and the book is read.
  const workers = ENGINE_COMMANDS.has(name) ? prestartedLauncher(launch, workersWanted(parsed.values)) : null;
  try {
    const backend = startBackend({
      appRoot,
      dataDir: dataDirFromArgs(rest) ?? defaultDataDir(),
      host: 'cli',
      storeFactory: confStoreFactory,
      launchWorker: workers?.launch ?? launch,
      workerSilenceMs: silenceMs,
      printPdf: chromiumPrinter(),
      log: (message, err) => io.err(`${message}: ${err instanceof Error ? err.message : String(err)}`),
    });
    dispose = backend.dispose;
    // The back end took the saved language; --lang or the environment, when they say one, come first.
    if (choice.language) setLanguage(choice.language);
    // Anything start-up recovered from, once per command, whatever the command: never silent.
    backend.info.recovery.forEach((note) => io.err(t('cli.recovery', { text: recoveryText(note) })));
    const api = createApiClient({ invoke: (n, input) => backend.call(n, input), subscribe: backend.onEvent });
    return await command.run(api, { values: parsed.values, positionals: parsed.positionals }, io);
  } catch (err) {
    io.err(err instanceof ApiCallError || err instanceof CliUsageError ? err.message : t('cli.failed', { details: err instanceof Error ? err.message : String(err) }));
    return 2;
  } finally {
    dispose();
    workers?.dispose();
  }
}

const ENGINE_COMMANDS = new Set(['run', 'hedge']);

/** The workers a run will use (the numbers are checked by now): --workers, else one per core (the back end's default); none for --paths 0. */
function workersWanted(values: CliValues): number {
  if (values.paths !== undefined && Number(values.paths) === 0) return 0;
  const asked = values.workers === undefined ? availableParallelism() : Number(values.workers);
  return Math.min(availableParallelism(), asked);
}
