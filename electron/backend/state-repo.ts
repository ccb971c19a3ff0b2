import type { AppState } from './app-state';
import type { StorePort } from './store-port';

/**
 * The state in memory, written through to the store on every change.
 * conf re-reads its file on each access; keeping a copy here keeps reads cheap.
 */
export type StateRepo = {
  read: () => Readonly<AppState>;
  write: <K extends keyof AppState>(key: K, value: AppState[K]) => void;
};

export function createStateRepo(store: StorePort<AppState>): StateRepo {
  let state: AppState = store.store;
  return {
    read: () => state,
    write: (key, value) => {
      store.set(key, value);
      state = { ...state, [key]: value };
    },
  };
}
