/**
 * Engine benchmark (not a test): `npx tsx tests/bench/bench-engine.ts [paths=100000]`.
 * A 1,000-holding book (600 linear, 200 bonds, 150 credit-risky in 20 models, 50 private credit) and the same
 * models at 10,000 holdings; both phases, 52 weeks; shards on worker_threads, one per core (BENCH_WORKERS to
 * override). Prints wall time (prepare + simulate + merge; workers already started and warm, except the first,
 * cold run), paths/s and peak RSS.
 */
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { makeInput, makeScenario } from '../../shared/engine/fixtures';
import { mergeShards } from '../../shared/engine/merge';
import { type PreparedRun, prepareRun } from '../../shared/engine/prepare';
import { splitPaths } from '../../shared/engine/run';
import type { ShardResult } from '../../shared/engine/simulate';
import { benchBook } from './bench-book';
import { printPreview } from './bench-preview';

type Reply = { id: number; shard: ShardResult; ms: number };

class Pool {
  private readonly workers: Worker[];
  private nextId = 0;
  private readonly waiting = new Map<number, (r: Reply) => void>();
  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      // tsx's loader hooks do not reach worker threads: the worker loads its TypeScript through tsx's API.
      const entry = new URL('./shard-worker.ts', import.meta.url).href;
      const w = new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`, {
        eval: true,
      });
      w.on('message', (r: Reply) => this.waiting.get(r.id)?.(r));
      w.on('error', (e) => {
        throw e;
      });
      return w;
    });
  }
  get size(): number {
    return this.workers.length;
  }
  run(prepared: PreparedRun, start: number, end: number, worker: number): Promise<Reply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.workers[worker]!.postMessage({ id, prepared, start, end });
    });
  }
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

const scenario = (paths: number) =>
  makeScenario({
    id: 'bench',
    shocks: { AI_EQ: -0.35, BTC: -0.45, HY: 250 },
    phaseOneWeeks: 4,
    regime: 'no-ease',
    horizonWeeks: 52,
    paths,
    seed: 20260101,
  });

async function measure(pool: Pool, label: string, scale: number, paths: number): Promise<void> {
  const { holdings, overrides } = benchBook(scale);
  const t0 = performance.now();
  const prepared = prepareRun(makeInput(holdings, scenario(paths), overrides));
  const t1 = performance.now();
  const ranges = splitPaths(paths, pool.size);
  const replies = await Promise.all(ranges.map(([a, b], i) => pool.run(prepared, a, b, i)));
  const t2 = performance.now();
  const result = mergeShards(prepared, replies.map((r) => r.shard));
  const t3 = performance.now();
  const wall = t3 - t0;
  const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
  console.log(
    `${label.padEnd(34)} wall ${fmt(wall).padStart(8)}  ${Math.round((paths / wall) * 1000).toLocaleString('en-US').padStart(9)} paths/s` +
      `  [prepare ${fmt(t1 - t0)}, simulate ${fmt(t2 - t1)} (workers ${replies.map((r) => fmt(r.ms)).join(' / ')}), merge ${fmt(t3 - t2)}]` +
      `  models ${prepared.kernel.groups.length}, mean loss ${Math.round(result.phaseOne.meanLoss).toLocaleString('en-US')}`,
  );
}

const paths = Number(process.argv[2] ?? 100_000);
const cores = Number(process.env.BENCH_WORKERS ?? availableParallelism());
console.log(`Node ${process.version}, ${availableParallelism()} cores, ${cores} workers; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const tStart = performance.now();
const pool = new Pool(cores);
// Cold: the first run of fresh workers (includes tsx compiling the engine in each worker and an unwarmed JIT).
await measure(pool, 'cold: 1,000 holdings, 10,000 paths', 1, 10_000);
// Warm-up (not timed): let the JIT see the loop, as a long-lived engine worker would have.
const warm = benchBook(1);
const warmRun = prepareRun(makeInput(warm.holdings, scenario(8192), warm.overrides));
for (let round = 0; round < 3; round++) await Promise.all(Array.from({ length: cores }, (_, i) => pool.run(warmRun, 0, 8192, i)));
console.log(`workers started, cold run and warm-up: ${(performance.now() - tStart).toFixed(0)} ms`);
await measure(pool, `1,000 holdings, ${paths.toLocaleString('en-US')} paths`, 1, paths);
await measure(pool, `10,000 holdings, ${paths.toLocaleString('en-US')} paths`, 10, paths);
await measure(pool, '1,000 holdings, 10,000 paths', 1, 10_000);
await measure(pool, '10,000 holdings, 10,000 paths', 10, 10_000);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (main thread and workers: one process)`);
await pool.close();
printPreview();
