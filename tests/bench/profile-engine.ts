/**
 * Where the engine's time goes (not a test): `npm run bench:profile [paths=100000]`. The bench's 1,000-holding book,
 * both phases, 52 weeks:
 * 1. machine rates and each stage's floor (tests/bench/floor.ts);
 * 2. stage times from the timed copy of the path loop (tests/bench/stage-times.ts), one thread, checked bit for bit
 *    against the engine, beside the floors;
 * 3. the merge's parts on the main thread;
 * 4. the V8 CPU profile of each of 2 worker threads running their shard as the bench does (node:inspector in the
 *    worker; files in .tmp/profile/), top self-time functions;
 * 5. messaging: what posting a shard costs with SharedArrayBuffers (the bench) and with V8 serialisation (the app's
 *    worker processes, child_process 'advanced' serialisation and Electron's utilityProcess).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { makeInput, makeScenario } from '../../shared/engine/fixtures';
import { mergeShards } from '../../shared/engine/merge';
import { prepareRun } from '../../shared/engine/prepare';
import { splitPaths } from '../../shared/engine/run';
import { simulateShard } from '../../shared/engine/simulate';
import { histogram, nearestRank, orderStatistics } from '../../shared/engine/stats';
import { benchBook } from './bench-book';
import { Pool } from './bench-pool';
import { type FloorRow, floorRows, measureRates, mergeFloor, shardBytesPerPath } from './floor';
import { selfTimes } from './profile-top';
import { checkReplica, STAGES, timedShard } from './stage-times';

const paths = Number(process.argv[2] ?? 100_000);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const cpuModel = (() => {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model;
  }
})();
console.log(`Node ${process.version}, ${availableParallelism()} cores (${cpuModel}); load average ${load()}`);

const scenario = makeScenario({
  id: 'bench',
  shocks: { AI_EQ: -0.35, BTC: -0.45, HY: 250 },
  phaseOneWeeks: 4,
  regime: 'no-ease',
  horizonWeeks: 52,
  paths,
  seed: 20260101,
});
const { holdings, overrides } = benchBook(1);
const prepared = prepareRun(makeInput(holdings, scenario, overrides));

// 1. Rates.
const rates = measureRates();
console.log(
  `rates: ${rates.nsFlop.toFixed(3)} ns/flop (mul+add pair ${(2 * rates.nsFlop).toFixed(3)} ns, registers), ${rates.nsAxpy.toFixed(3)} ns per axpy multiply-add (Float64Array, L1), ` +
    `${rates.nsNormal.toFixed(2)} ns/normal (of which inverse normal ${rates.nsInverse.toFixed(2)} ns), ${rates.nsLog.toFixed(2)} ns/log, ` +
    `read ${rates.readGBs.toFixed(1)} GB/s, copy ${rates.copyGBs.toFixed(1)} GB/s; load average ${load()}`,
);

// 2. Stage times (one thread), after a warm-up, and the replica's bits against the engine's.
// The engine's own loop runs only after the timed copy, so evaluateBatch sees one runtime shape while it is timed.
for (let r = 0; r < 3; r++) timedShard(prepared, 0, Math.min(paths, 8192));
const timed = timedShard(prepared, 0, paths);
const differs = checkReplica(prepared, 0, Math.min(paths, 4096));
if (differs.length > 0) throw new Error(`the timed copy of the path loop differs from the engine in ${differs.join(', ')}`);
const plain = (() => {
  const t0 = performance.now();
  simulateShard(prepared, 0, paths);
  return performance.now() - t0;
})();
const m = timed.ms;
// Replica stages → floor rows (floorRows' order).
const measured = [m[0]! + m[2]!, m[3]!, m[1]!, m[6]!, m[7]!, m[4]! + m[5]!, m[9]!, m[10]!, m[11]! + m[12]!, m[13]!, m[8]!, m[14]!, m[15]! + m[16]!];
const floors = floorRows(prepared, paths, rates);
const mergeRow = mergeFloor(prepared, paths, rates);

console.log(`\nstage times, ${paths.toLocaleString('en-US')} paths on one thread (timed copy ${timed.total.toFixed(0)} ms; the engine untimed ${plain.toFixed(0)} ms), load average ${load()}`);
STAGES.forEach((s, i) => console.log(`  ${m[i]!.toFixed(1).padStart(8)} ms ${((100 * m[i]!) / timed.total).toFixed(1).padStart(5)} %  ${s}`));

// 3. The merge on the main thread: its parts, timed alone on the shards of a 2-way split.
const shards = splitPaths(paths, 2).map(([a, b]) => simulateShard(prepared, a, b));
mergeShards(prepared, shards);
const tMerge0 = performance.now();
mergeShards(prepared, shards);
const mergeMs = performance.now() - tMerge0;
const H1 = prepared.kernel.horizonWeeks + 1;
const part = (f: () => void) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const ranks = [0.05, 0.25, 0.5, 0.75, 0.95].map((p) => nearestRank(p, paths));
const fanMs = part(() => {
  for (let t = 0; t < H1; t++) orderStatistics(shards.map((s) => s.values.subarray(t * (s.pathEnd - s.pathStart), (t + 1) * (s.pathEnd - s.pathStart))), ranks);
});
const joinedLoss = new Float64Array(paths);
const joinMs = part(() => {
  for (const s of shards) joinedLoss.set(s.loss, s.pathStart);
});
const sortMs = part(() => Float64Array.from(joinedLoss).sort());
const histMs = part(() => histogram(joinedLoss));
console.log(
  `\nmerge ${mergeMs.toFixed(1)} ms: fan quantiles (radix select, ${H1} weeks) ${fanMs.toFixed(1)} ms, loss sort ${sortMs.toFixed(1)} ms, ` +
    `one per-path array joined ${joinMs.toFixed(2)} ms (×9), one histogram ${histMs.toFixed(2)} ms (×2), the rest ${(mergeMs - fanMs - sortMs - 9 * joinMs - 2 * histMs).toFixed(1)} ms`,
);

// Table: stage | ops | floor | measured | ratio (one thread, all paths).
const row = (r: FloorRow, ms: number) =>
  `| ${r.stage} | ${r.ops} | ${r.ms.toFixed(1)} | ${ms.toFixed(1)} | ${(ms / r.ms).toFixed(1)}× |`;
console.log(`\n| stage (one thread, ${paths.toLocaleString('en-US')} paths) | ops per path | floor ms | measured ms | ratio |\n|---|---|---|---|---|`);
floors.forEach((r, i) => console.log(row(r, measured[i]!)));
console.log(row(mergeRow, mergeMs));
const floorSum = floors.reduce((a, r) => a + r.ms, 0);
console.log(`| path loop, all stages | | ${floorSum.toFixed(1)} | ${timed.total.toFixed(1)} | ${(timed.total / floorSum).toFixed(1)}× |`);

// 4. Worker profiles, as the bench runs the case (2 worker threads, warm).
const pool = new Pool(2);
const warm = prepareRun(makeInput(holdings, { ...scenario, run: { ...scenario.run, paths: 8192 } }, overrides));
for (let r = 0; r < 3; r++) await Promise.all([0, 1].map((i) => pool.run(warm, 0, 8192, i)));
const ranges = splitPaths(paths, 2);
const t0 = performance.now();
const replies = await Promise.all(ranges.map(([a, b], i) => pool.run(prepared, a, b, i, true)));
const wallProfiled = performance.now() - t0;
const unprofiled = performance.now();
const plainReplies = await Promise.all(ranges.map(([a, b], i) => pool.run(prepared, a, b, i)));
const wallPlain = performance.now() - unprofiled;
await pool.close();
mkdirSync('.tmp/profile', { recursive: true });
const sum = new Map<string, number>();
let total = 0;
replies.forEach((r, i) => {
  writeFileSync(`.tmp/profile/worker-${i}.cpuprofile`, JSON.stringify(r.profile));
  const s = selfTimes(r.profile as Parameters<typeof selfTimes>[0]);
  for (const [k, v] of s.byFunction) sum.set(k, (sum.get(k) ?? 0) + v);
  total += s.total;
});
console.log(
  `\nworker profiles (.tmp/profile/worker-*.cpuprofile): 2 threads × ${(paths / 2).toLocaleString('en-US')} paths, wall ${wallProfiled.toFixed(0)} ms profiled ` +
    `(workers ${replies.map((r) => r.ms.toFixed(0)).join(' / ')} ms), ${wallPlain.toFixed(0)} ms unprofiled (workers ${plainReplies.map((r) => r.ms.toFixed(0)).join(' / ')} ms); ` +
    `posting the shards back (SharedArrayBuffer): ${(wallPlain - Math.max(...plainReplies.map((r) => r.ms))).toFixed(1)} ms; load average ${load()}`,
);
console.log(`top self time, both workers (${(total / 1000).toFixed(0)} ms sampled):`);
for (const [name, us] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 12))
  console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`);

// 5. Messaging with copies: V8 serialisation of one worker's shard, as child_process 'advanced' serialisation does.
const half = shards[0]!;
const tSer = performance.now();
const bytes = serialize({ type: 'result', jobId: '1', shard: half });
const serMs = performance.now() - tSer;
const tDe = performance.now();
deserialize(bytes);
const deMs = performance.now() - tDe;
console.log(
  `\nV8 serialisation of one worker's shard (${(half.pathEnd - half.pathStart).toLocaleString('en-US')} paths, ${(bytes.length / 1048576).toFixed(1)} MB, ` +
    `${shardBytesPerPath(prepared.kernel.horizonWeeks)} B/path): serialise ${serMs.toFixed(1)} ms, deserialise ${deMs.toFixed(1)} ms ` +
    `(copy floor ${(bytes.length / (rates.copyGBs * 1e6)).toFixed(1)} ms each); the pipe between processes comes on top`,
);
