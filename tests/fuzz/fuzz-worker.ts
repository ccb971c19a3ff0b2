/**
 * The fuzz loop, in a worker thread so that tests/fuzz/run-fuzz.ts can stop a case that never returns. Case i is
 * drawn from batch ⌊i / BATCH⌋ of fc.sample with seed + batch: any case can be drawn again on its own (--from i --cases 1).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { runCase, timeBoundMs, type CaseResult } from './check-outcome';
import { openFuzzBackend } from './fuzz-backend';
import { anyCase, type ImportCase } from './import-cases';
import { loadSeedFiles } from './seed-files';

export const BATCH = 250;

export type FuzzJob = { from: number; to: number; seed: number; bigEvery: number; backendEvery: number; saveDir: string; progress: SharedArrayBuffer };
export type Failure = { index: number; kind: 'crash' | 'hang' | 'problem' | 'change'; path: string; family: string; note: string; bytes: number; ms: number; detail: string };
export type Slowest = { index: number; path: string; family: string; note: string; bytes: number; ms: number };
export type FromWorker = { kind: 'case'; family: string; failures: Failure[]; slowest: Slowest } | { kind: 'changes'; failures: Failure[] } | { kind: 'end' };

/** The cases [from, to) in order, each with its index. */
export function* casesOf(seed: number, from: number, to: number, bigEvery: number): Generator<[number, ImportCase]> {
  const arb = anyCase(loadSeedFiles(), bigEvery);
  for (let batch = Math.floor(from / BATCH); batch * BATCH < to; batch += 1) {
    const drawn = fc.sample(arb, { numRuns: BATCH, seed: seed + batch });
    for (let k = 0; k < BATCH; k += 1) {
      const index = batch * BATCH + k;
      const c = drawn[k];
      if (index >= from && index < to && c) yield [index, c];
    }
  }
}

async function main(job: FuzzJob): Promise<void> {
  const progress = new Int32Array(job.progress);
  const backend = job.backendEvery > 0 ? await openFuzzBackend() : null;
  const check = (index: number, c: ImportCase, path: string, r: CaseResult): { failures: Failure[]; slowest: Slowest } => {
    const slowest = { index, path, family: c.family, note: c.note, bytes: c.bytes.length, ms: r.ms };
    const bound = timeBoundMs(c.bytes.length);
    const failures: Failure[] = [
      ...(r.crash ? [{ ...slowest, kind: 'crash' as const, detail: r.crash }] : []),
      ...r.problems.slice(0, 3).map((detail) => ({ ...slowest, kind: 'problem' as const, detail })),
      ...(r.ms > bound ? [{ ...slowest, kind: 'hang' as const, detail: `took ${Math.round(r.ms)} ms, over its bound of ${Math.round(bound)} ms` }] : []),
    ];
    return { failures, slowest };
  };
  const changes = async (): Promise<void> => {
    const changed = backend ? await backend.changes() : [];
    const failures = changed.map((detail): Failure => ({ index: -1, kind: 'change', path: 'imports.preview', family: '', note: '', bytes: 0, ms: 0, detail }));
    parentPort?.postMessage({ kind: 'changes', failures } satisfies FromWorker);
  };

  for (const [index, c] of casesOf(job.seed, job.from, job.to, job.bigEvery)) {
    Atomics.store(progress, 0, index);
    const results = [check(index, c, 'importHoldings', runCase(c))];
    if (backend && index % job.backendEvery === 0) results.push(check(index, c, 'imports.preview', await backend.preview(c)));
    const failures = results.flatMap((r) => r.failures);
    const slowest = results.map((r) => r.slowest).reduce((a, b) => (b.ms > a.ms ? b : a));
    if (failures.length > 0 && job.saveDir) {
      mkdirSync(job.saveDir, { recursive: true });
      writeFileSync(`${job.saveDir}/case-${index}.csv`, c.bytes);
    }
    parentPort?.postMessage({ kind: 'case', family: c.family, failures, slowest } satisfies FromWorker);
    if (index % BATCH === BATCH - 1) await changes();
  }
  await changes();
  backend?.dispose();
  parentPort?.postMessage({ kind: 'end' } satisfies FromWorker);
}

if (parentPort && workerData) void main(workerData as FuzzJob);
