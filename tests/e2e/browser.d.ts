export declare const SYSTEM_CHROMIUMS: string[];
/** One sentence: how to get a browser for the e2e tests. */
export declare const HOW_TO_GET_A_BROWSER: string;
/** $AFTERSHOCK_CHROMIUM, else Playwright's own Chromium when downloaded, else a system one; null when none. */
export declare function findChromium(env?: NodeJS.ProcessEnv, exists?: (path: string) => boolean): string | null;
/** Flags for a quiet, offline, headless Chromium; no sandbox when running as root. */
export declare function chromiumArgs(isRoot?: boolean): string[];
