// npm run fuzz [-- --cases N --seed S --from I --big-every B --backend-every K --save DIR --stop-after SECONDS] — malformed files through the importer and the
// back end's preview; prints cases, crashes, hangs and the slowest case, and exits 1 unless all of them kept the contract.
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { casesOf, type Failure, type FromWorker, type FuzzJob, type Slowest } from './fuzz-worker';


const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '14' },
    from: { type: 'string', default: '0' },
    'big-every': { type: 'string', default: '200' },
    'backend-every': { type: 'string', default: '1' },
    save: { type: 'string', default: '.tmp/fuzz' },
    'stop-after': { type: 'string', default: '60' },
  },
});
/** A case still running after this long is stopped and counted as a hang (the per-case bound is far below it). */
const STOP_AFTER_MS = Number(values['stop-after']) * 1000;
const seed = Number(values.seed);
const first = Number(values.from);
const end = first + Number(values.cases);
const bigEvery = Number(values['big-every']);
const backendEvery = Number(values['backend-every']);

const failures: Failure[] = [];
const families: Record<string, number> = {};
let slowest: Slowest | null = null;
let done = 0;

function startWorker(from: number): Promise<void> {
  const progress = new SharedArrayBuffer(4);
  const job: FuzzJob = { from, to: end, seed, bigEvery, backendEvery, saveDir: values.save, progress };
  const entry = new URL('./fuzz-worker.ts', import.meta.url).href;
  // tsx's loader hooks do not reach worker threads: the worker loads its TypeScript through tsx's API.
  const worker = new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`, { eval: true, workerData: job });
  const current = new Int32Array(progress);
  return new Promise((resolve, reject) => {
    let seen = -1;
    let since = performance.now();
    const watchdog = setInterval(() => {
      const index = Atomics.load(current, 0);
      if (index !== seen) [seen, since] = [index, performance.now()];
      else if (performance.now() - since > STOP_AFTER_MS) {
        clearInterval(watchdog);
        const [, c] = [...casesOf(seed, index, index + 1, bigEvery)][0] ?? [index, null];
        const said = { family: c?.family ?? '?', note: c?.note ?? '?', bytes: c?.bytes.length ?? 0 };
        failures.push({ index, kind: 'hang', path: 'importHoldings or imports.preview', ...said, ms: STOP_AFTER_MS, detail: `still running after ${STOP_AFTER_MS / 1000} s: stopped` });
        done += 1;
        families[said.family] = (families[said.family] ?? 0) + 1;
        void worker.terminate().then(() => resolve(index + 1 < end ? startWorker(index + 1) : undefined));
      }
    }, 250);
    worker.on('message', (m: FromWorker) => {
      if (m.kind === 'end') {
        clearInterval(watchdog);
        void worker.terminate().then(() => resolve());
        return;
      }
      failures.push(...m.failures);
      if (m.kind === 'changes') return;
      done += 1;
      families[m.family] = (families[m.family] ?? 0) + 1;
      if (!slowest || m.slowest.ms > slowest.ms) slowest = m.slowest;
      if (done % 10_000 === 0) console.error(`  … ${done.toLocaleString('en-US')} cases, ${failures.length} failures, ${Math.round((performance.now() - started) / 1000)} s`);
    });
    worker.on('error', (err) => {
      clearInterval(watchdog);
      reject(err);
    });
  });
}

const started = performance.now();
await startWorker(first);
const seconds = (performance.now() - started) / 1000;
const count = (kind: Failure['kind']): number => new Set(failures.filter((f) => f.kind === kind).map((f) => f.index)).size;
const mb = (bytes: number): string => `${(bytes / (1 << 20)).toFixed(2)} MB`;
const s = slowest as Slowest | null;

console.log(`import fuzz: seed ${seed}, cases ${first}–${end - 1}, one in ${bigEvery} big, imports.preview ${backendEvery > 0 ? `on every ${backendEvery === 1 ? '' : `${backendEvery}th `}case` : 'not run'}`);
console.log(`cases: ${done}`);
console.log(`crashes: ${count('crash')}`);
console.log(`hangs: ${count('hang')} (bound: 2 s per MB, at least 2 s; a case still running after ${STOP_AFTER_MS / 1000} s is stopped)`);
console.log(`broken promises: ${count('problem')} (line numbers, messages, holdings)`);
console.log(`open portfolio changed: ${failures.some((f) => f.kind === 'change') ? 'YES' : 'no'}`);
console.log(`slowest case: ${s ? `${Math.round(s.ms)} ms — #${s.index} through ${s.path}, ${s.family}: ${s.note} (${mb(s.bytes)})` : 'none'}`);
console.log(`by family: ${Object.entries(families).sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(', ')}`);
console.log(`run time: ${seconds.toFixed(1)} s`);
for (const f of failures.slice(0, 40)) {
  console.log(`\n${f.kind} #${f.index} via ${f.path} (${f.family}: ${f.note}, ${mb(f.bytes)}, ${Math.round(f.ms)} ms; rerun: --seed ${seed} --big-every ${bigEvery} --from ${f.index} --cases 1)\n  ${f.detail.replace(/\n/g, '\n  ')}`);
}
if (failures.length > 40) console.log(`\n… and ${failures.length - 40} more`);
process.exitCode = failures.length === 0 ? 0 : 1;
