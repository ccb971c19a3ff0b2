import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppState, defaultState } from './app-state';
import { keepAside } from './atomic-file';
import { shortReason, type MovedAside } from './json-folder';
import type { StoreFactory, StoreOptions, StorePort } from './store-port';
import type { Settings } from '../../shared/domain';
import { briefZodError } from '../../shared/api/brief-zod-error';

export const CONFIG_NAME = 'aftershock';

/** The one options object both electron-store and conf are built from. */
export function storeOptions(cwd: string, version: string, fxRates: Settings['fxRates']): StoreOptions<AppState> {
  return {
    cwd,
    configName: CONFIG_NAME,
    projectName: 'aftershock',
    projectVersion: version,
    defaults: defaultState(fxRates),
    clearInvalidConfig: false,
    // Keyed by app version as conf expects; the move of version 1's records into files is open-data.ts's.
    migrations: {},
  };
}

export type OpenedStore = { store: StorePort<AppState>; movedAside: MovedAside[] };

/**
 * Why the store file cannot be used, or null when it can. conf would take `null`, `[]` or `"text"` for an empty store
 * and write its defaults over them, so the file is judged here first: a JSON object that, with the defaults filled in
 * as conf fills them, is the state.
 */
function unusable(file: string, defaults: AppState): string | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return `not a JSON object but ${Array.isArray(json) ? 'an array' : json === null ? 'null' : typeof json}`;
  const parsed = AppState.safeParse({ ...defaults, ...json });
  return parsed.success ? null : briefZodError(parsed.error);
}

/**
 * Opens the store; a file that cannot be parsed or does not match the schema is moved aside (kept, never deleted),
 * answered in `movedAside`, and the store starts from its defaults.
 */
export function openStore(factory: StoreFactory<AppState>, options: StoreOptions<AppState>, now = new Date()): OpenedStore {
  const file = join(options.cwd, `${options.configName}.json`);
  const movedAside: MovedAside[] = [];
  const moveAside = (reason: string) => movedAside.push({ original: file, kept: keepAside(file, now), reason: shortReason(reason) });
  const why = existsSync(file) ? unusable(file, options.defaults) : null;
  if (why !== null) moveAside(why);
  try {
    return { store: factory(options), movedAside };
  } catch (err) {
    // Read between the check and now by someone else, or refused by the library for a reason of its own.
    if (!existsSync(file)) throw err;
    moveAside(err instanceof Error ? err.message : String(err));
    return { store: factory(options), movedAside };
  }
}
