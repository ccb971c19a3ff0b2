import ElectronStore from 'electron-store';
import type { AppState } from '../backend/app-state';
import type { StoreFactory } from '../backend/store-port';

/** In the app the store is electron-store, built from the same options as conf in the Node hosts. */
export const electronStoreFactory: StoreFactory<AppState> = (options) => new ElectronStore<AppState>(options);
