import { mkdirSync, mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshBundles } from './prebuilt-bundles.js';

/** An app folder with one source file, built bundles and the record of what they were built from. */
function builtApp() {
  const root = mkdtempSync(join(tmpdir(), 'aftershock-bundles-'));
  mkdirSync(join(root, 'out', 'cli'), { recursive: true });
  writeFileSync(join(root, 'source.ts'), 'export {};');
  writeFileSync(join(root, 'out', 'cli', 'aftershock.mjs'), '');
  writeFileSync(join(root, 'out', 'cli', 'engine-worker.mjs'), '');
  const info = { bundles: { cli: 'out/cli/aftershock.mjs', worker: 'out/cli/engine-worker.mjs' }, inputs: { 'source.ts': statSync(join(root, 'source.ts')).mtimeMs } };
  writeFileSync(join(root, 'out', 'cli', 'build-info.json'), JSON.stringify(info));
  return root;
}

describe('prebuilt CLI bundles', () => {
  it('are used while every file they were built from is unchanged', () => {
    const root = builtApp();
    expect(freshBundles(root, {})).toEqual({ cli: join(root, 'out/cli/aftershock.mjs'), worker: join(root, 'out/cli/engine-worker.mjs') });
  });

  it('are stale once a source changes, or missing, or unreadable; and never used with AFTERSHOCK_NO_BUNDLE=1', () => {
    const touched = builtApp();
    utimesSync(join(touched, 'source.ts'), new Date(), new Date(Date.now() + 5_000));
    expect(freshBundles(touched, {})).toBeNull();
    const gone = builtApp();
    writeFileSync(join(gone, 'out', 'cli', 'build-info.json'), '{"bundles":{"cli":"out/cli/none.mjs","worker":"out/cli/engine-worker.mjs"},"inputs":{}}');
    expect(freshBundles(gone, {})).toBeNull();
    const garbled = builtApp();
    writeFileSync(join(garbled, 'out', 'cli', 'build-info.json'), '{"bund');
    expect(freshBundles(garbled, {})).toBeNull();
    expect(freshBundles(builtApp(), { AFTERSHOCK_NO_BUNDLE: '1' })).toBeNull();
  });
});
