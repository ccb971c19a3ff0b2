import { parentPort } from 'node:worker_threads';
import type { PreparedRun } from '../../shared/engine/prepare';
import { simulateShard } from '../../shared/engine/simulate';

/**
 * Benchmark worker: simulates the path range it is sent. The result lives on SharedArrayBuffers, so posting it
 * neither copies nor detaches anything (a detach would slow every later typed-array access in this worker).
 */
type Job = { id: number; prepared: PreparedRun; start: number; end: number };

parentPort?.on('message', ({ id, prepared, start, end }: Job) => {
  const t0 = performance.now();
  const shard = simulateShard(prepared, start, end, { sharedMemory: true });
  parentPort?.postMessage({ id, shard, ms: performance.now() - t0 });
});
