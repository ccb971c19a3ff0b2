/**
 * The store as the back end sees it. electron-store (in the app) and conf (in Node hosts and tests)
 * both satisfy it; they are built from the same options (store-options.ts).
 */
export type StorePort<T extends Record<string, unknown>> = {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
  delete<K extends keyof T>(key: K): void;
  readonly store: T;
  readonly path: string;
};

/** Builds a store over a directory; `electron-store` or `conf` behind it. */
export type StoreFactory<T extends Record<string, unknown>> = (options: StoreOptions<T>) => StorePort<T>;

export type StoreOptions<T extends Record<string, unknown>> = {
  cwd: string;
  configName: string;
  projectName: string;
  projectVersion: string;
  defaults: T;
  clearInvalidConfig: false;
  migrations: Record<string, (store: { get: (k: string) => unknown; set: (k: string, v: unknown) => void }) => void>;
};
