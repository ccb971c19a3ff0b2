import { Session } from 'node:inspector';
import { parentPort } from 'node:worker_threads';
import type { ShardInput } from '../../shared/engine/simulate';
import { simulateRunShard } from '../../shared/engine/run-shard';

/**
 * Benchmark worker: simulates the path range it is sent, as the app's workers do (binned above EXACT_PATHS_LIMIT paths). The result lives on SharedArrayBuffers, so posting it
 * neither copies nor detaches anything (a detach would slow every later typed-array access in this worker).
 * With `profile`, the shard runs under this thread's V8 CPU profiler and the profile comes back with it.
 */
type Job = { id: number; prepared: ShardInput; start: number; end: number; profile?: boolean };

const session = new Session();
const post = <T>(method: string, params?: object): Promise<T> =>
  new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));

parentPort?.on('message', ({ id, prepared, start, end, profile }: Job) => {
  const go = async () => {
    if (profile) {
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 100 });
      await post('Profiler.start');
    }
    const t0 = performance.now();
    const shard = simulateRunShard(prepared, start, end, { sharedMemory: true });
    const ms = performance.now() - t0;
    let cpu: unknown;
    if (profile) {
      cpu = (await post<{ profile: unknown }>('Profiler.stop')).profile;
      session.disconnect();
    }
    parentPort?.postMessage({ id, shard, ms, ...(profile ? { profile: cpu } : {}) });
  };
  void go();
});
