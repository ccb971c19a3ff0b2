import { Worker } from 'node:worker_threads';
import type { PreparedRun } from '../../shared/engine/prepare';
import type { AnyShard } from '../../shared/engine/merge';
import { shardInput } from '../../shared/engine/simulate';

/** A worker's answer: the shard (on SharedArrayBuffers), its time in the worker, and its CPU profile when asked for one. */
export type Reply = { id: number; shard: AnyShard; ms: number; profile?: unknown };

/** Benchmark shard workers on worker_threads (one shard each), as tests/bench/bench-engine.ts uses them. */
export class Pool {
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
  /** Simulates [start, end) on worker `worker`; with `profile`, under the V8 CPU profiler (node:inspector in the worker). */
  run(prepared: PreparedRun, start: number, end: number, worker: number, profile = false): Promise<Reply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.workers[worker]!.postMessage({ id, prepared: shardInput(prepared), start, end, profile });
    });
  }
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
