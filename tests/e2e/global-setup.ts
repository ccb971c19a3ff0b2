import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the app once so out/renderer (and out/main for the desktop tests) exist; AFTERSHOCK_SKIP_BUILD=1 skips it. */
export default function globalSetup(): void {
  if (process.env.AFTERSHOCK_SKIP_BUILD === '1') {
    if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
      throw new Error('AFTERSHOCK_SKIP_BUILD=1 but out/renderer is missing: run npm run build first.');
    }
    return;
  }
  const started = Date.now();
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const build = spawnSync(npx, ['electron-vite', 'build'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) throw new Error(`electron-vite build failed (exit ${build.status ?? build.signal ?? build.error?.message}).`);
  process.stderr.write(`[e2e] built the app in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
