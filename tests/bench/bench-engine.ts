/**
 * Engine benchmark (not a test): `npm run bench` (or `npx tsx tests/bench/bench-engine.ts [paths=100000]`).
 * In process: a 1,000-holding book (600 linear, 200 bonds, 150 credit-risky in 20 models, 50 private credit; 37
 * models) and the same models at 10,000 holdings; both phases, 52 weeks; shards on worker_threads, one per core
 * (BENCH_WORKERS to override). Prints wall time (prepare + simulate + merge; workers already started and warm, except
 * the first, cold run), paths/s and peak RSS; then 1,000,000 paths the same way.
 * Whole CLI: `aftershock run` on the same book as a CSV (tests/bench/bench-cli.ts; 11 models, a CSV carries no
 * per-model overrides) at 1,000,000 and 100,000 paths, from spawn to exit, with the process tree's peak RSS.
 * Then the issue's target table, every row, with the ratio to the floor of tests/bench/floor.ts (docs/performance.md).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { makeInput, makeScenario } from '../../shared/engine/fixtures';
import { mergeShards } from '../../shared/engine/merge';
import { type PreparedRun, prepareRun } from '../../shared/engine/prepare';
import { splitPaths } from '../../shared/engine/run';
import { benchBook } from './bench-book';
import { type CliOutcome, freshDataDir, preparedFromCsv, runCli, writeInputs } from './bench-cli';
import { Pool } from './bench-pool';
import { printPreview } from './bench-preview';
import { measureRates, runFloor, shardBytesPerPath } from './floor';

const scenario = (paths: number) =>
  makeScenario({
    id: 'bench',
    name: 'Bench',
    shocks: { AI_EQ: -0.35, BTC: -0.45, HY: 250 },
    phaseOneWeeks: 4,
    regime: 'no-ease',
    horizonWeeks: 52,
    paths,
    seed: 20260101,
  });

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;

type Measured = { wall: number; prepared: PreparedRun };

async function measure(pool: Pool, label: string, scale: number, paths: number): Promise<Measured> {
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
  console.log(
    `${label.padEnd(36)} wall ${fmt(wall).padStart(8)}  ${Math.round((paths / wall) * 1000).toLocaleString('en-US').padStart(9)} paths/s` +
      `  [prepare ${fmt(t1 - t0)}, simulate ${fmt(t2 - t1)} (workers ${replies.map((r) => fmt(r.ms)).join(' / ')}), merge ${fmt(t3 - t2)}]` +
      `  models ${prepared.kernel.groups.length}, mean loss ${Math.round(result.phaseOne.meanLoss).toLocaleString('en-US')}; load average ${load()}`,
  );
  return { wall, prepared };
}

const paths = Number(process.argv[2] ?? 100_000);
const cores = Number(process.env.BENCH_WORKERS ?? availableParallelism());
const MILLION = 1_000_000;
console.log(`Node ${process.version}, ${availableParallelism()} cores, ${cores} workers; load average ${load()}`);
const tStart = performance.now();
const pool = new Pool(cores);
// Cold: the first run of fresh workers (includes tsx compiling the engine in each worker and an unwarmed JIT).
await measure(pool, 'cold: 1,000 holdings, 10,000 paths', 1, 10_000);
// Warm-up (not timed): let the JIT see the loop, as a long-lived engine worker would have.
const warm = benchBook(1);
const warmRun = prepareRun(makeInput(warm.holdings, scenario(8192), warm.overrides));
for (let round = 0; round < 3; round++) await Promise.all(Array.from({ length: cores }, (_, i) => pool.run(warmRun, 0, 8192, i)));
console.log(`workers started, cold run and warm-up: ${(performance.now() - tStart).toFixed(0)} ms`);
const main = await measure(pool, `1,000 holdings, ${paths.toLocaleString('en-US')} paths`, 1, paths);
const tenfold = await measure(pool, `10,000 holdings, ${paths.toLocaleString('en-US')} paths`, 10, paths);
const interactive = await measure(pool, '1,000 holdings, 10,000 paths', 1, 10_000);
await measure(pool, '10,000 holdings, 10,000 paths', 10, 10_000);
const rssBefore = process.resourceUsage().maxRSS * 1024;
console.log(`peak RSS ${mb(rssBefore)} so far (main thread and workers: one process)`);
const million = await measure(pool, '1,000 holdings, 1,000,000 paths', 1, MILLION);
const rssMillion = process.resourceUsage().maxRSS * 1024;
console.log(`peak RSS ${mb(rssMillion)} after 1,000,000 paths in process (shards on SharedArrayBuffers, ${shardBytesPerPath(52)} B/path)`);
await pool.close();

// Whole CLI: a fresh data folder per run; the book and scenario as files.
const inputs = freshDataDir();
const { csv, scenarioFile } = writeInputs(inputs.dir, 1, scenario(MILLION));
const cliRun = async (n: number): Promise<CliOutcome> => {
  const data = freshDataDir();
  try {
    const out = await runCli(['run', csv, '--scenario', scenarioFile, '--paths', String(n), '--workers', String(cores), '--json'], data.dir);
    const ok = out.code === 0 && out.signal === null;
    console.log(
      `CLI: aftershock run (1,000-holding CSV), ${n.toLocaleString('en-US').padStart(9)} paths: wall ${fmt(out.wallMs).padStart(8)}, ` +
        `peak RSS ${mb(out.treePeakBytes)} summed over ${out.treePeakProcesses} processes (sampled /proc every 25 ms), largest process ${out.largestBytes === null ? 'n/a' : mb(out.largestBytes)} (/usr/bin/time -v)` +
        `${ok ? '' : `; FAILED: exit ${out.code}, signal ${out.signal}: ${out.stderr.split('\n').filter((l) => l && !l.startsWith('\t')).slice(-3).join(' | ')}`}; load average ${load()}`,
    );
    return out;
  } finally {
    data.cleanup();
  }
};
const cliMillion = await cliRun(MILLION);
const cliHundredK = await cliRun(100_000);
const csvPrepared = preparedFromCsv(readFileSync(csv, 'utf8'), scenario(MILLION));
inputs.cleanup();

// Floors, from rates measured now (docs/performance.md explains the counts).
const rates = measureRates();
const floorMain = runFloor(main.prepared, paths, cores, rates);
const floorMillion = runFloor(million.prepared, MILLION, cores, rates);
const floorCli = runFloor(csvPrepared, MILLION, cores, rates);
console.log(
  `floor (tests/bench/floor.ts, ${rates.nsFlop.toFixed(3)} ns/flop, ${rates.nsNormal.toFixed(2)} ns/normal, ${rates.nsLog.toFixed(2)} ns/log, read ${rates.readGBs.toFixed(1)} GB/s): ` +
    `1,000 holdings × ${paths.toLocaleString('en-US')} paths ${fmt(floorMain.total)} on ${cores} workers (path loop ${fmt(floorMain.simulate)}, merge ${fmt(floorMain.merge)}); ` +
    `× 1,000,000 ${fmt(floorMillion.total)}; CLI book (${csvPrepared.kernel.groups.length} models) × 1,000,000 ${fmt(floorCli.total)}`,
);

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const cliOk = (o: CliOutcome) => o.code === 0 && o.signal === null;
const cliFigure = (o: CliOutcome) => (cliOk(o) ? s(o.wallMs) : `failed after ${s(o.wallMs)} (exit ${o.code}, signal ${o.signal})`);
const rows: [string, string, string][] = [
  [
    '1,000 holdings × 1,000,000 paths × 52 weeks, both phases, 2 workers, whole CLI process',
    '≤ 3 s',
    `${cliFigure(cliMillion)} (CLI, CSV book, ${csvPrepared.kernel.groups.length} models); engine in process ${s(million.wall)} (37 models)`,
  ],
  ['same × 100,000 paths', '≤ 0.4 s', `${cliFigure(cliHundredK)} (CLI); engine in process ${s(main.wall)}`],
  ['10,000 paths, interactive', '≤ 0.05 s', `${s(interactive.wall)} (engine in process, warm workers)`],
  [
    'peak RSS at 10⁶ paths',
    '≤ 600 MB',
    `${mb(cliMillion.treePeakBytes)} CLI process tree (largest process ${cliMillion.largestBytes === null ? 'n/a' : mb(cliMillion.largestBytes)}); ${mb(rssMillion)} in process`,
  ],
  [
    'ratio to the per-stage floor in docs/performance.md',
    '≤ 2×',
    `${(main.wall / floorMain.total).toFixed(1)}× (in process, ${paths.toLocaleString('en-US')} paths); ${(million.wall / floorMillion.total).toFixed(1)}× (in process, 10⁶); ` +
      `${cliOk(cliMillion) ? (cliMillion.wallMs / floorCli.total).toFixed(1) : 'n/a'}× (CLI, 10⁶)`,
  ],
  ['10× holdings with the same models', '≤ 1.1×', `${(tenfold.wall / main.wall).toFixed(2)}× (${paths.toLocaleString('en-US')} paths)`],
];
console.log(`\n| case | target | measured (load average ${load()}) |\n|---|---|---|`);
for (const [c, target, figure] of rows) console.log(`| ${c} | ${target} | ${figure} |`);
console.log('');
printPreview();
