import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { join } from 'node:path';

/**
 * The web preferences of every window the app opens (Electron's security checklist, items 2–4, 6, 8, 9, 12): the page
 * is isolated from the preload (contextIsolation) and sandboxed, no Node in the page, its workers or its frames, web
 * security on, no insecure content, no experimental or extra Blink features, no <webview>. Plain data, so the tests
 * read the very object the windows are built from (security-checklist.test.ts).
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
} as const satisfies WebPreferences;

/** The main window: the secure preferences and the preload that exposes the contract (built as CommonJS). */
export function mainWindowOptions(mainDir: string): BrowserWindowConstructorOptions {
  return {
    width: 1320,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Aftershock',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(mainDir, '../preload/index.cjs') },
  };
}

/** The hidden window the PDF printer loads a report into: the same preferences, no preload, and no JavaScript at all. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return { show: false, width: 900, height: 1200, webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false } };
}
