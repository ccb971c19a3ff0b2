import type { AnyShard, PreparedRun } from '../../shared/engine';
import { shardInput, type ShardInput } from '../../shared/engine/simulate';
import { FromWorker, type ToWorker } from '../../shared/engine/worker-protocol';
import { t } from '../../shared/i18n/translate';

/** One engine worker process as the back end sees it, whatever started it (utilityProcess or child_process.fork). */
export type WorkerChannel = {
  send: (message: ToWorker) => void;
  onMessage: (listener: (message: unknown) => void) => void;
  onExit: (listener: (code: number | null) => void) => void;
  kill: () => void;
};
export type WorkerLauncher = () => WorkerChannel;

export class RunCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'RunCancelledError';
  }
}

type Slot = { channel: WorkerChannel; alive: boolean; listener: ((m: FromWorker) => void) | null; onDeath: ((code: number | null) => void) | null };

export type ShardJob = { prepared: PreparedRun; ranges: [number, number][]; onProgress: (pathsDone: number) => void };
export type EnginePool = {
  run: (job: ShardJob, signal: AbortSignal) => Promise<AnyShard[]>;
  dispose: () => void;
};

/**
 * Keeps warm worker processes and runs one shard per worker. A worker that crashes, goes silent for `hangMs`, or
 * belongs to a cancelled run is killed and replaced on the next run; the run fails with a sentence, never hangs.
 */
export function createEnginePool(launch: WorkerLauncher, options: { hangMs?: number } = {}): EnginePool {
  const hangMs = options.hangMs ?? 60_000;
  const slots: Slot[] = [];
  let jobCounter = 0;

  const spawn = (): Slot => {
    const slot: Slot = { channel: launch(), alive: true, listener: null, onDeath: null };
    slot.channel.onMessage((raw) => {
      const parsed = FromWorker.safeParse(raw);
      if (parsed.success) slot.listener?.(parsed.data);
    });
    slot.channel.onExit((code) => {
      slot.alive = false;
      slot.onDeath?.(code);
    });
    return slot;
  };
  const slot = (i: number): Slot => {
    const existing = slots[i];
    if (existing?.alive) return existing;
    return (slots[i] = spawn());
  };
  const retire = (s: Slot) => {
    s.alive = false;
    s.listener = null;
    s.onDeath = null;
    s.channel.kill();
  };

  const runShard = (s: Slot, job: ShardJob, shard: ShardInput, range: [number, number], index: number, done: number[], signal: AbortSignal) =>
    new Promise<AnyShard>((resolve, reject) => {
      const jobId = `${++jobCounter}`;
      let watchdog: ReturnType<typeof setTimeout>;
      const settle = (fn: () => void) => {
        clearTimeout(watchdog);
        signal.removeEventListener('abort', onAbort);
        s.listener = null;
        s.onDeath = null;
        fn();
      };
      const arm = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => {
          retire(s);
          settle(() => reject(new Error(t('run.workerHung', { seconds: Math.round(hangMs / 1000) }))));
        }, hangMs);
      };
      const onAbort = () => {
        retire(s);
        settle(() => reject(new RunCancelledError()));
      };
      s.listener = (m) => {
        if (m.type === 'ready' || m.jobId !== jobId) return;
        arm();
        if (m.type === 'progress') {
          done[index] = m.done;
          job.onProgress(done.reduce((a, b) => a + b, 0));
        } else if (m.type === 'result') settle(() => resolve(m.shard));
        else settle(() => reject(new Error(t('run.workerFailed', { details: m.message }))));
      };
      s.onDeath = (code) => settle(() => reject(new Error(t('run.workerDied', { code: String(code ?? 'none') }))));
      signal.addEventListener('abort', onAbort, { once: true });
      arm();
      s.channel.send({ type: 'shard', jobId, prepared: shard as unknown as ToWorker['prepared'], pathStart: range[0], pathEnd: range[1] });
    });

  return {
    run: async (job, signal) => {
      if (signal.aborted) throw new RunCancelledError();
      // One signal for this run's shards: the caller's cancel, or the first shard to fail, stops all of them.
      const stop = new AbortController();
      const forward = () => stop.abort();
      signal.addEventListener('abort', forward, { once: true });
      const done = job.ranges.map(() => 0);
      // Workers get the kernel alone (kilobytes), not the mean-path results and reasons (megabytes for a big book).
      const shard = shardInput(job.prepared);
      const running = job.ranges.map((range, i) =>
        runShard(slot(i), job, shard, range, i, done, stop.signal).catch((err: unknown) => {
          stop.abort();
          throw err;
        }),
      );
      try {
        const settled = await Promise.allSettled(running);
        const failure = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected' && !(r.reason instanceof RunCancelledError));
        if (failure) throw failure.reason;
        if (signal.aborted || settled.some((r) => r.status === 'rejected')) throw new RunCancelledError();
        return settled.map((r) => (r as PromiseFulfilledResult<AnyShard>).value);
      } finally {
        signal.removeEventListener('abort', forward);
      }
    },
    dispose: () => slots.forEach((s) => s.alive && retire(s)),
  };
}
