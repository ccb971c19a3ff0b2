import type { AnyShard, PreparedRun } from '../../shared/engine';
import { shardInput, type ShardInput } from '../../shared/engine/simulate';
import { FromWorker, type ToWorker } from '../../shared/engine/worker-protocol';
import { t } from '../../shared/i18n/translate';
import { exitSentence, silenceSentence, type WorkerExit } from './worker-exit';

export type { WorkerExit };

/** One engine worker process as the back end sees it, whatever started it (utilityProcess or child_process.fork). */
export type WorkerChannel = {
  /** Its process id, when the host knows it (for diagnostics and tests). */
  pid?: number | undefined;
  send: (message: ToWorker) => void;
  onMessage: (listener: (message: unknown) => void) => void;
  /** Called once, when the process has ended and what it wrote to stderr is in. */
  onExit: (listener: (exit: WorkerExit) => void) => void;
  kill: () => void;
};
export type WorkerLauncher = () => WorkerChannel;

/**
 * How long a worker on a shard may go without a message before it counts as hung. A working one reports progress
 * every PROGRESS_INTERVAL_MS (100 ms); the longest silences measured on a quiet 2-core machine are a cold start
 * (~0.5 s: Node, tsx, the engine) and the transfer of the largest exact shard (100,000 paths × 261 weeks on one
 * worker: 1.4 s). 30 s leaves a factor of 20 for a loaded or swapping machine and still tells a person within half
 * a minute; AFTERSHOCK_ENGINE_SILENCE_SECONDS changes it for the CLI and the web host.
 */
export const DEFAULT_SILENCE_MS = 30_000;

export class RunCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'RunCancelledError';
  }
}

type Slot = {
  channel: WorkerChannel;
  alive: boolean;
  /** It was given a shard: if it then dies or is retired, the pool starts its replacement at once. */
  worked: boolean;
  listener: ((m: FromWorker) => void) | null;
  onDeath: ((exit: WorkerExit) => void) | null;
  onGarbled: (() => void) | null;
};

export type ShardJob = { prepared: PreparedRun; ranges: [number, number][]; onProgress: (pathsDone: number) => void };
export type EnginePool = {
  run: (job: ShardJob, signal: AbortSignal) => Promise<AnyShard[]>;
  dispose: () => void;
};

/**
 * Keeps warm worker processes and runs one shard per worker. A worker that dies, goes silent for `hangMs`, sends a
 * message that does not parse, or belongs to a cancelled run is killed and replaced — at once, so the next run
 * starts on warm workers; the run fails with a sentence, never hangs. A replacement that dies before it is given
 * work is not replaced again until the next run asks for it (no restart loop).
 */
export function createEnginePool(launch: WorkerLauncher, options: { hangMs?: number } = {}): EnginePool {
  const hangMs = options.hangMs ?? DEFAULT_SILENCE_MS;
  const slots: Slot[] = [];
  let jobCounter = 0;
  let disposed = false;
  /** The runs in flight: disposing the pool cancels them. */
  const inFlight = new Set<AbortController>();

  const retire = (s: Slot) => {
    s.alive = false;
    s.listener = null;
    s.onDeath = null;
    s.onGarbled = null;
    s.channel.kill();
  };
  const spawn = (): Slot => {
    const slot: Slot = { channel: launch(), alive: true, worked: false, listener: null, onDeath: null, onGarbled: null };
    slot.channel.onMessage((raw) => {
      if (!slot.alive) return;
      const parsed = FromWorker.safeParse(raw);
      if (parsed.success) slot.listener?.(parsed.data);
      // A worker that talks nonsense is not trusted with the next shard either.
      else if (slot.onGarbled) slot.onGarbled();
      else retire(slot);
    });
    slot.channel.onExit((exit) => {
      slot.alive = false;
      slot.onDeath?.(exit);
    });
    return slot;
  };
  const slot = (i: number): Slot => {
    const existing = slots[i];
    if (existing?.alive) return existing;
    return (slots[i] = spawn());
  };
  /** Starts a fresh worker for every slot of `count` whose worker ended during its work. */
  const replaceFallen = (count: number) => {
    for (let i = 0; i < count; i++) {
      const s = slots[i];
      if (!disposed && s && !s.alive && s.worked) slots[i] = spawn();
    }
  };

  const runShard = (s: Slot, job: ShardJob, shard: ShardInput, range: [number, number], index: number, done: number[], signal: AbortSignal) =>
    new Promise<AnyShard>((resolve, reject) => {
      const jobId = `${++jobCounter}`;
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      let heard = performance.now();
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(watchdog);
        signal.removeEventListener('abort', onAbort);
        s.listener = null;
        s.onDeath = null;
        s.onGarbled = null;
        fn();
      };
      const fail = (sentence: string) => {
        retire(s);
        settle(() => reject(new Error(sentence)));
      };
      // The verdict waits for the poll phase (setImmediate): messages already in the pipe when a busy or sleeping
      // parent wakes up are read first, so the parent's own stall is never blamed on the worker.
      const check = () =>
        setImmediate(() => {
          if (settled) return;
          const quiet = performance.now() - heard;
          if (quiet >= hangMs) fail(silenceSentence(hangMs));
          else watchdog = setTimeout(check, hangMs - quiet);
        });
      const onAbort = () => {
        retire(s);
        settle(() => reject(new RunCancelledError()));
      };
      s.listener = (m) => {
        heard = performance.now();
        if (m.type === 'ready' || m.jobId !== jobId) return;
        if (m.type === 'progress') {
          done[index] = m.done;
          job.onProgress(done.reduce((a, b) => a + b, 0));
        } else if (m.type === 'result') settle(() => resolve(m.shard));
        else if (m.outOfMemory) fail(t('run.workerOutOfMemory'));
        else settle(() => reject(new Error(t('run.workerFailed', { details: m.message }))));
      };
      s.onDeath = (exit) => settle(() => reject(new Error(exitSentence(exit))));
      s.onGarbled = () => fail(t('run.workerGarbled'));
      signal.addEventListener('abort', onAbort, { once: true });
      watchdog = setTimeout(check, hangMs);
      s.worked = true;
      s.channel.send({ type: 'shard', jobId, prepared: shard as unknown as ToWorker['prepared'], pathStart: range[0], pathEnd: range[1] });
    });

  return {
    run: async (job, signal) => {
      if (signal.aborted) throw new RunCancelledError();
      // One signal for this run's shards: the caller's cancel, or the first shard to fail, stops all of them.
      const stop = new AbortController();
      const forward = () => stop.abort();
      signal.addEventListener('abort', forward, { once: true });
      inFlight.add(stop);
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
        if (stop.signal.aborted || settled.some((r) => r.status === 'rejected')) throw new RunCancelledError();
        return settled.map((r) => (r as PromiseFulfilledResult<AnyShard>).value);
      } finally {
        signal.removeEventListener('abort', forward);
        inFlight.delete(stop);
        // After the caller hears of the failure or cancel: forking takes tens of milliseconds on a loaded machine.
        setImmediate(() => replaceFallen(job.ranges.length));
      }
    },
    dispose: () => {
      disposed = true;
      inFlight.forEach((stop) => stop.abort());
      slots.forEach((s) => s.alive && retire(s));
    },
  };
}
