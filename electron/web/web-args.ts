import { dataDirFromArgs, defaultDataDir } from '../backend/data-dir';
import { engineSilenceMs } from '../backend/engine-silence';

export const DEFAULT_PORT = 5178;

/** `engineSilenceMs`: $AFTERSHOCK_ENGINE_SILENCE_SECONDS when set (how long an engine worker may be silent). */
export type WebArgs = { port: number; dataDir: string; engineSilenceMs?: number };

/** A sentence for the person who typed the command; the entry prints it and exits. */
export class WebArgsError extends Error {
  override name = 'WebArgsError';
}

const USAGE = 'Usage: tsx electron/web/index.ts [--port N] [--data-dir DIR]  (port 0 picks any free port)';

/**
 * `--port N` (default 5178, 0 = any free port) and `--data-dir DIR`
 * (else $AFTERSHOCK_DATA_DIR, else the folder the desktop app uses).
 */
export function parseWebArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): WebArgs {
  let portText: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--port') portText = argv[++i] ?? '';
    else if (arg.startsWith('--port=')) portText = arg.slice('--port='.length);
    else if (arg === '--data-dir' && !argv[++i]) throw new WebArgsError(`--data-dir needs a folder. ${USAGE}`);
    else if (arg !== '--data-dir' && !arg.startsWith('--data-dir=')) throw new WebArgsError(`Unknown argument "${arg}". ${USAGE}`);
  }
  const port = portText === undefined ? DEFAULT_PORT : Number(portText);
  if (portText !== undefined && (!/^\d+$/.test(portText) || port > 65535)) {
    throw new WebArgsError(`The port must be a whole number from 0 to 65535, not "${portText}". ${USAGE}`);
  }
  let silence: number | undefined;
  try {
    silence = engineSilenceMs(env);
  } catch (err) {
    throw new WebArgsError(err instanceof Error ? err.message : String(err));
  }
  return { port, dataDir: dataDirFromArgs(argv, env) ?? defaultDataDir(process.platform, env), ...(silence ? { engineSilenceMs: silence } : {}) };
}
