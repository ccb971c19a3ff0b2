// `npm run test:e2e`: makes sure a Chromium is there, then runs Playwright with the project's config.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findChromium, HOW_TO_GET_A_BROWSER } from './browser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args, timeout) =>
  spawnSync(npx, args, { cwd: root, stdio: 'inherit', timeout, shell: process.platform === 'win32' });

let browser = findChromium();
if (!browser) {
  process.stderr.write('No Chromium found; trying npx playwright install chromium…\n');
  run(['playwright', 'install', 'chromium'], 10 * 60_000);
  browser = findChromium();
}
if (!browser) {
  process.stderr.write(`${HOW_TO_GET_A_BROWSER}\n`);
  process.exit(1);
}
process.stderr.write(`e2e browser: ${browser}\n`);

const result = run(['playwright', 'test', '--config', 'tests/playwright.config.ts', ...process.argv.slice(2)]);
if (result.error) process.stderr.write(`Could not start Playwright: ${result.error.message}\n`);
process.exit(result.status ?? 1);
