#!/usr/bin/env node
// The `aftershock` command: the CLI bundled into JavaScript when it can be (../backend/prebuilt-bundles.js: built on first use, rebuilt
// when a source changes), else the TypeScript through tsx, as `npm run cli` does.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundles } from '../backend/prebuilt-bundles.js';

const built = await bundles(fileURLToPath(new URL('../..', import.meta.url)));
if (built) await import(pathToFileURL(built.cli).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./index.ts');
}
