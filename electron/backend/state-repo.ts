import type { Portfolio } from '../../shared/domain';
import type { Scenario } from '../../shared/domain/scenario';
import type { AppState, StoredState } from './app-state';
import type { StorePort } from './store-port';

/** The state the services see: the store's settings and small things, and the portfolios and scenarios from their files. */
export type BackendState = StoredState & { portfolios: Record<string, Portfolio>; scenarios: Record<string, Scenario> };

/** Where records that are files of their own are written and removed. */
export type RecordFolder<T> = { save: (item: T) => void; remove: (id: string) => void };
export type RecordFolders = { portfolios: RecordFolder<Portfolio>; scenarios: RecordFolder<Scenario> };

/**
 * The state in memory, written through on every change: portfolios and scenarios to one file each (only those that
 * changed: a record that is the same object as before is not written again), the rest to the store.
 * conf re-reads its file on each access; keeping a copy here keeps reads cheap.
 */
export type StateRepo = {
  read: () => Readonly<BackendState>;
  write: <K extends keyof BackendState>(key: K, value: BackendState[K]) => void;
};

function sync<T>(folder: RecordFolder<T>, before: Record<string, T>, after: Record<string, T>): void {
  for (const [id, item] of Object.entries(after)) if (before[id] !== item) folder.save(item);
  for (const id of Object.keys(before)) if (!Object.hasOwn(after, id)) folder.remove(id);
}

export function createStateRepo(
  store: StorePort<AppState>,
  folders: RecordFolders,
  records: Pick<BackendState, 'portfolios' | 'scenarios'>,
): StateRepo {
  const { portfolios: _p, scenarios: _s, runIndex: _r, ...stored } = store.store;
  let state: BackendState = { ...stored, ...records };
  return {
    read: () => state,
    write: (key, value) => {
      if (key === 'portfolios') sync(folders.portfolios, state.portfolios, value as BackendState['portfolios']);
      else if (key === 'scenarios') sync(folders.scenarios, state.scenarios, value as BackendState['scenarios']);
      else store.set(key as keyof StoredState, value as StoredState[keyof StoredState]);
      state = { ...state, [key]: value };
    },
  };
}
