import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { AppState, defaultState } from './app-state';
import type { StoreFactory, StoreOptions, StorePort } from './store-port';
import type { Settings } from '../../shared/domain';

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
    // Keyed by app version as conf expects; add an entry whenever AppState changes shape.
    migrations: {},
  };
}

export type OpenedStore = { store: StorePort<AppState>; recoveredFrom: string[] };

/**
 * Opens the store; a file that cannot be parsed or does not match the schema is moved aside
 * (kept, never deleted), reported in `recoveredFrom`, and the app starts clean.
 */
export function openStore(factory: StoreFactory<AppState>, options: StoreOptions<AppState>, now = new Date()): OpenedStore {
  const file = join(options.cwd, `${options.configName}.json`);
  const moveAside = (): string => {
    const kept = join(options.cwd, `${options.configName}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}.json`);
    renameSync(file, kept);
    return kept;
  };
  let store: StorePort<AppState>;
  try {
    store = factory(options);
  } catch (err) {
    if (!existsSync(file)) throw err;
    const kept = moveAside();
    return { store: factory(options), recoveredFrom: [kept] };
  }
  if (AppState.safeParse(store.store).success) return { store, recoveredFrom: [] };
  const kept = moveAside();
  return { store: factory(options), recoveredFrom: [kept] };
}
