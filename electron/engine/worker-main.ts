import type { ShardInput } from '../../shared/engine/simulate';
import { simulateRunShard } from '../../shared/engine';
import { PROGRESS_INTERVAL_MS, ToWorker, type FromWorker } from '../../shared/engine/worker-protocol';

/** How this process talks to its parent: Electron's parentPort in a utilityProcess, Node's IPC channel when forked. */
export type ParentPort = { post: (message: FromWorker) => void; onMessage: (listener: (message: unknown) => void) => void };

/**
 * Runs shards as they arrive; one at a time (cancelling a run kills the process, so no cancel message is needed).
 * A shard computes without yielding, so the IPC channel's 'disconnect' cannot fire while it runs: `parentAlive` is
 * asked at each progress tick (every PROGRESS_INTERVAL_MS) and the process leaves at once when its parent is gone —
 * a parent killed on its own (not with its process group) must not leave its workers computing.
 */
export function serveShards(port: ParentPort, parentAlive: () => boolean = () => true, leave: () => void = () => process.exit(0)): void {
  port.onMessage((raw) => {
    const parsed = ToWorker.safeParse(raw);
    if (!parsed.success) {
      const jobId = typeof raw === 'object' && raw !== null && 'jobId' in raw ? String(raw.jobId) : '';
      port.post({ type: 'error', jobId, message: `The engine received a malformed request: ${parsed.error.message}` });
      return;
    }
    const { jobId, prepared, pathStart, pathEnd } = parsed.data;
    let last = 0;
    try {
      const shard = simulateRunShard(prepared as unknown as ShardInput, pathStart, pathEnd, {
        onProgress: (done) => {
          const now = Date.now();
          if (now - last < PROGRESS_INTERVAL_MS) return;
          last = now;
          if (!parentAlive()) leave();
          port.post({ type: 'progress', jobId, done });
        },
      });
      port.post({ type: 'progress', jobId, done: pathEnd - pathStart });
      port.post({ type: 'result', jobId, shard });
    } catch (err) {
      // A typed array the shard needs that the system would not give ("Array buffer allocation failed").
      const outOfMemory = err instanceof RangeError && /allocation failed/i.test(err.message);
      port.post({ type: 'error', jobId, message: err instanceof Error ? err.message : String(err), ...(outOfMemory ? { outOfMemory } : {}) });
    }
  });
  port.post({ type: 'ready' });
}
