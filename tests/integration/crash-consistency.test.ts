import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SavedRun } from '../../shared/api';
import { Portfolio } from '../../shared/domain';
import { Scenario } from '../../shared/domain/scenario';
import { AppState } from '../../electron/backend/app-state';
import { confStoreFactory } from '../../electron/backend/conf-store';
import { openData } from '../../electron/backend/open-data';
import { openStore, storeOptions } from '../../electron/backend/open-store';
import { appRoot, freshDataDir } from './backend-helpers';

// Kills a child that saves in a loop (crash-save-child.ts) with SIGKILL at random moments, hundreds of times, and checks
// after each kill that every file in the data folder parses and that the last acknowledged save is there — in the files
// and as the next start-up (open-data.ts, run here in the test's process) sees them, with nothing to recover from.

const KILLS = 200;
const MAX_DELAY_MS = 15;
/** Children started ahead, loading while the current one saves (no two of them ever open the folder at once). */
const AHEAD = 2;
const SEQ_STEP = 1_000_000;
const TEMPLATE = join(appRoot, 'tests/fixtures/data-v1/runs/fa4de4b9-0e1a-44d8-bdf6-476d082f9dea.json');

let childScript = '';
beforeAll(() => {
  childScript = join(mkdtempSync(join(tmpdir(), 'aftershock-crash-child-')), 'child.mjs');
  buildSync({
    entryPoints: [join(appRoot, 'tests/integration/crash-save-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    banner: { js: "import { createRequire as __req } from 'node:module'; const require = __req(import.meta.url);" },
  });
});

afterAll(() => rmSync(dirname(childScript), { recursive: true, force: true }));

/** A small seeded generator (mulberry32), so that a failing sequence of delays can be named and replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Child = { process: ChildProcess; first: number; loaded: Promise<void>; ready: Promise<void>; closed: Promise<void>; lastAck: () => number | null };

function startChild(dataDir: string, first: number): Child {
  const child = spawn(process.execPath, [childScript, dataDir, String(first), TEMPLATE], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let lastAck: number | null = null;
  let onLoaded = () => {};
  let onReady = () => {};
  const loaded = new Promise<void>((resolve) => (onLoaded = resolve));
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    const lines = out.split('\n');
    out = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'loaded') onLoaded();
      else if (line === 'ready') onReady();
      else if (line.startsWith('ack ')) lastAck = Number(line.slice(4));
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  // 'close' comes after the pipes are drained: every acknowledgement the child printed has been read by then.
  const closed = new Promise<void>((resolve, reject) =>
    child.once('close', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`The child ended by itself (${signal ?? code}): ${err}`)))),
  );
  return { process: child, first, loaded, ready, closed, lastAck: () => lastAck };
}

/** The data folder opened as the back end opens it at start-up. */
function open(dataDir: string) {
  const now = new Date();
  return openData(dataDir, openStore(confStoreFactory, storeOptions(dataDir, '0.0.0-crash', {}), now), now);
}

const SCHEMAS = { portfolios: Portfolio, scenarios: Scenario, runs: SavedRun } as const;

/** Every file of the folder parsed with its schema (a failure names the file); the sequence numbers the saves left. */
function inspect(dataDir: string) {
  const names = readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dataDir, join(e.parentPath, e.name)));
  expect(names.filter((n) => n.includes('.unreadable-')), 'nothing was found unreadable and moved aside').toEqual([]);
  const json = (name: string): unknown => {
    const text = readFileSync(join(dataDir, name), 'utf8');
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new Error(`${name} is not whole JSON (${(err as Error).message}): ${text.length} characters`, { cause: err });
    }
  };
  for (const name of names.filter((n) => n.endsWith('.json') && n !== 'README.md')) {
    const folder = name.split(/[\\/]/)[0] as keyof typeof SCHEMAS;
    const schema = name === 'aftershock.json' ? AppState : SCHEMAS[folder];
    const parsed = schema?.safeParse(json(name));
    expect(parsed?.success, `${name} parses as what it holds`).toBe(true);
  }
  const seq = (name: unknown) => (typeof name === 'string' && /^seq \d+$/.test(name) ? Number(name.slice(4)) : null);
  const store = AppState.parse(json('aftershock.json'));
  const book = Portfolio.parse(json('portfolios/sample.json'));
  return {
    bookName: book.name,
    temps: names.filter((n) => n.endsWith('.tmp')).length,
    seqs: {
      portfolio: seq(book.name),
      scenario: names.includes('scenarios/mine.json') ? seq(Scenario.parse(json('scenarios/mine.json')).name) : null,
      run: names.includes('runs/crash-run.json') ? SavedRun.parse(json('runs/crash-run.json')).record.meta.seed : null,
    },
    cached: store.runCache['crash-run.json']?.summary.seed ?? null,
  };
}

describe('crash consistency', () => {
  it(`keeps every file whole and every acknowledged save through ${KILLS} SIGKILLs at random points of a save loop`, async () => {
    const dataDir = freshDataDir();
    cpSync(join(appRoot, 'tests/fixtures/data-v1'), dataDir, { recursive: true });
    // Opened once as the back end opens it: the version-1 store's records become files, and runs/ has crash-run.json.
    open(dataDir);
    const template = SavedRun.parse(JSON.parse(readFileSync(TEMPLATE, 'utf8')));
    writeFileSync(join(dataDir, 'runs', 'crash-run.json'), JSON.stringify({ ...template, record: { ...template.record, runId: 'crash-run', meta: { ...template.record.meta, seed: 0 } } }));
    open(dataDir);
    const seed = Date.now() % 2 ** 31;
    const next = random(seed);
    const started = performance.now();
    let before = inspect(dataDir);
    let ahead = 0;
    let temps = 0;
    const queue: Child[] = [];
    for (let k = 0; k < KILLS; k++) {
      while (queue.length < AHEAD + 1 && k + queue.length < KILLS) queue.push(startChild(dataDir, (k + queue.length + 1) * SEQ_STEP));
      const child = queue.shift()!;
      await child.loaded;
      child.process.stdin!.write('go\n');
      await child.ready;
      await new Promise((resolve) => setTimeout(resolve, next() * MAX_DELAY_MS));
      child.process.kill('SIGKILL');
      await child.closed;

      const acked = child.lastAck();
      const after = inspect(dataDir);
      const where = `kill ${k + 1} of ${KILLS} (seed ${seed}), last acknowledged save ${acked ?? 'none'}`;
      for (const key of ['portfolio', 'scenario', 'run'] as const) {
        const allowed = acked === null ? [before.seqs[key], child.first] : [acked, acked + 1];
        expect(allowed, `${key} after ${where}`).toContain(after.seqs[key]);
      }
      // The store's cache is written after the run file: one save behind it at most.
      const run = after.seqs.run ?? 0;
      const cacheAllowed = run === before.seqs.run ? [run] : run === child.first ? [run, before.seqs.run] : [run, run - 1];
      expect(cacheAllowed, `cached run after ${where}`).toContain(after.cached);
      if (acked !== null && after.seqs.portfolio === acked + 1) ahead++;
      temps += after.temps;
      // The next start finds nothing to recover from, shows the saves the files hold, and brings the cache in step.
      const started = open(dataDir);
      expect(started.recovery, `recovery after ${where}`).toEqual([]);
      expect(started.state.read().portfolios.sample?.name, `portfolio after ${where}`).toBe(after.bookName);
      expect(started.runIndex.list().find((r) => r.runId === 'crash-run')?.seed, `run list after ${where}`).toBe(after.seqs.run);
      before = inspect(dataDir);
      expect(before.temps, `temporary files after the start that followed ${where}`).toBe(0);
    }
    for (const child of queue) child.process.kill('SIGKILL');
    const seconds = (performance.now() - started) / 1000;

    // The kills did land inside saves: some after a save was written but before it was acknowledged.
    expect(ahead).toBeGreaterThan(0);
    console.info(`crash consistency: ${KILLS} kills in ${seconds.toFixed(1)} s; ${ahead} between a save and its acknowledgement; ${temps} half-written temporary files seen`);
  }, 120_000);
});
