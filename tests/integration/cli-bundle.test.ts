import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshBundles } from '../../electron/backend/prebuilt-bundles.js';
import { appRoot } from './backend-helpers';

const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(appRoot, 'electron/cli/bin.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, AFTERSHOCK_DATA_DIR: mkdtempSync(join(tmpdir(), 'aftershock-bundle-')), ...env },
    timeout: 60_000,
  });

describe('the installed command', () => {
  it('runs from its bundle (built on first use) and through tsx alike, with the same output', () => {
    const bundled = cli(['run', join(appRoot, 'resources/sample-portfolio.csv'), '--paths', '500', '--workers', '2', '--json']);
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(freshBundles(appRoot, {})).not.toBeNull();
    const viaTsx = cli(['run', join(appRoot, 'resources/sample-portfolio.csv'), '--paths', '500', '--workers', '2', '--json'], { AFTERSHOCK_NO_BUNDLE: '1' });
    expect(viaTsx.status, viaTsx.stderr).toBe(0);
    const strip = (out: string) => ({ ...JSON.parse(out), meta: { ...JSON.parse(out).meta, runId: '' } });
    expect(strip(bundled.stdout)).toEqual(strip(viaTsx.stdout));
  });
});
