// Which Chromium the e2e tests drive. Plain JavaScript so that run-e2e.js (plain Node) and the
// Playwright config share it; browser.d.ts types it for TypeScript.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const HOW_TO_GET_A_BROWSER =
  'No Chromium for the e2e tests: install one (apt-get install chromium, or npx playwright install chromium) or set AFTERSHOCK_CHROMIUM to a Chromium or Chrome executable.';

/** $AFTERSHOCK_CHROMIUM, else Playwright's own Chromium when downloaded, else a system one; null when none. */
export function findChromium(env = process.env) {
  if (env.AFTERSHOCK_CHROMIUM) return env.AFTERSHOCK_CHROMIUM;
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright throws when it does not know this platform; fall through to the system browsers.
  }
  if (bundled && existsSync(bundled)) return bundled;
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path)) ?? null;
}

/** Flags for a quiet, offline, headless Chromium; no sandbox when running as root (CI containers). */
export function chromiumArgs() {
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  return args;
}
