import Conf from 'conf';
import type { AppState } from './app-state';
import type { StoreFactory } from './store-port';

/** The store for Node hosts and tests: conf, the library electron-store is built on, with an explicit folder. */
export const confStoreFactory: StoreFactory<AppState> = (options) => new Conf<AppState>(options);
