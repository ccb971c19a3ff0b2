// Where a Chromium is and how to start it quietly. Plain JavaScript (typed by chromium-locator.d.ts) so that both
// the PDF printer and the e2e launcher (tests/e2e/run-e2e.js, plain Node) use this one copy.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

// playwright-core is loaded when a Chromium is first looked for, not when a host starts (about 0.25 s and 90 MB).
const require = createRequire(import.meta.url);

/** Where a Chromium may be, after $AFTERSHOCK_CHROMIUM and Playwright's own download. */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** $AFTERSHOCK_CHROMIUM, else Playwright's own Chromium when downloaded, else a system one; null when there is none. */
export function findChromium(env = process.env, exists = existsSync) {
  if (env.AFTERSHOCK_CHROMIUM) return exists(env.AFTERSHOCK_CHROMIUM) ? env.AFTERSHOCK_CHROMIUM : null;
  let bundled = '';
  try {
    bundled = require('playwright-core').chromium.executablePath();
  } catch {
    // Playwright does not know this platform: try the system browsers.
  }
  if (bundled && exists(bundled)) return bundled;
  return SYSTEM_CHROMIUMS.find((path) => exists(path)) ?? null;
}

/** Quiet, offline, headless flags; no sandbox when running as root (containers, CI). */
export function chromiumArgs(isRoot = process.getuid?.() === 0) {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
  return isRoot ? ['--no-sandbox', ...args] : args;
}
