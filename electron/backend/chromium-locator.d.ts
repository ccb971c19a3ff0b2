/** Where a Chromium may be, after $AFTERSHOCK_CHROMIUM and Playwright's own download. */
export declare const SYSTEM_CHROMIUMS: string[];
/** $AFTERSHOCK_CHROMIUM, else Playwright's own Chromium when downloaded, else a system one; null when there is none. */
export declare function findChromium(env?: NodeJS.ProcessEnv, exists?: (path: string) => boolean): string | null;
/** Quiet, offline, headless flags; no sandbox when running as root (containers, CI). */
export declare function chromiumArgs(isRoot?: boolean): string[];
