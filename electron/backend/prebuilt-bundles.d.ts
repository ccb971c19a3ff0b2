export type Bundles = { cli: string; worker: string };
/** The bundles' paths when every file they were built from is as it was then; null otherwise, or with AFTERSHOCK_NO_BUNDLE=1. */
export declare function freshBundles(appRoot: string, env?: NodeJS.ProcessEnv): Bundles | null;
/** Builds both bundles and the record of their inputs. */
export declare function buildBundles(appRoot: string): Promise<Bundles>;
/** Fresh bundles, built if need be; null when they cannot be. AFTERSHOCK_NO_BUNDLE=1: null. */
export declare function bundles(appRoot: string, env?: NodeJS.ProcessEnv): Promise<Bundles | null>;
