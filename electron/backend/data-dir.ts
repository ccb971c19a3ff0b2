import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATA_DIR_ENV = 'AFTERSHOCK_DATA_DIR';

/** `--data-dir DIR` (or `--data-dir=DIR`) from the arguments, else $AFTERSHOCK_DATA_DIR, else null. */
export function dataDirFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir' && argv[i + 1]) return argv[i + 1] ?? null;
    if (arg?.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return env[DATA_DIR_ENV] || null;
}

/** The same folder Electron uses for userData, so the app, web host and CLI share one book by default. */
export function defaultDataDir(platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'aftershock');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'aftershock');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'aftershock');
}
