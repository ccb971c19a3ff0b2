// The command line and its engine worker bundled into plain JavaScript (esbuild, which tsx already brings), so the
// `aftershock` command starts in ~0.25 s instead of ~0.75 s through tsx, and each engine worker in ~0.1 s. Built on
// first use and again whenever a file it was built from changes (mtimes recorded at build time); anything odd — no
// esbuild, a read-only folder, a failed build — and the caller runs the TypeScript through tsx as before.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const OUT = join('out', 'cli');
const ENTRIES = { cli: join('electron', 'cli', 'index.ts'), worker: join('electron', 'engine', 'index.ts') };
/** Not bundled: loaded lazily by the report printer, and large. */
const EXTERNAL = ['playwright-core'];

/** The bundles' paths when every file they were built from is as it was then; null otherwise, or with AFTERSHOCK_NO_BUNDLE=1. */
export function freshBundles(appRoot, env = process.env) {
  if (env.AFTERSHOCK_NO_BUNDLE === '1') return null;
  try {
    const info = JSON.parse(readFileSync(join(appRoot, OUT, 'build-info.json'), 'utf8'));
    for (const [file, mtime] of Object.entries(info.inputs)) if (statSync(join(appRoot, file)).mtimeMs !== mtime) return null;
    const bundles = { cli: join(appRoot, info.bundles.cli), worker: join(appRoot, info.bundles.worker) };
    return existsSync(bundles.cli) && existsSync(bundles.worker) ? bundles : null;
  } catch {
    return null;
  }
}

/** Builds both bundles (each written to a temporary name, then renamed) and the record of their inputs. */
export async function buildBundles(appRoot) {
  const { build } = await import('esbuild');
  const dir = join(appRoot, OUT);
  mkdirSync(dir, { recursive: true });
  const inputs = { 'package-lock.json': statSync(join(appRoot, 'package-lock.json')).mtimeMs };
  const bundles = {};
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const file = join(OUT, `${name === 'cli' ? 'aftershock' : 'engine-worker'}.mjs`);
    const temp = join(appRoot, `${file}.${process.pid}.tmp`);
    const result = await build({
      absWorkingDir: appRoot,
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: temp,
      external: EXTERNAL,
      metafile: true,
      logLevel: 'silent',
      // Bundled CommonJS packages call require(): give the ES module one.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    renameSync(temp, join(appRoot, file));
    for (const input of Object.keys(result.metafile.inputs))
      if (!input.includes('node_modules')) inputs[relative(appRoot, join(appRoot, input))] = statSync(join(appRoot, input)).mtimeMs;
    bundles[name] = file;
  }
  const info = join(dir, 'build-info.json');
  writeFileSync(`${info}.${process.pid}.tmp`, JSON.stringify({ bundles, inputs }));
  renameSync(`${info}.${process.pid}.tmp`, info);
  return { cli: join(appRoot, bundles.cli), worker: join(appRoot, bundles.worker) };
}

/** Fresh bundles, built if need be; null when they cannot be (the caller falls back to tsx). AFTERSHOCK_NO_BUNDLE=1: null. */
export async function bundles(appRoot, env = process.env) {
  if (env.AFTERSHOCK_NO_BUNDLE === '1') return null;
  return freshBundles(appRoot, env) ?? (await buildBundles(appRoot).catch(() => null));
}
