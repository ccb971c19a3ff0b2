import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ToWorker } from '../../shared/engine/worker-protocol';
import { createEnginePool, DEFAULT_SILENCE_MS, RunCancelledError, type WorkerChannel, type WorkerExit } from './engine-pool';

/** A fake worker the test drives: what the pool sent it, whether it was killed, and a way to speak or die. */
type Fake = { sent: ToWorker[]; killed: boolean; say: (m: unknown) => void; die: (exit: WorkerExit) => void };

function fakeWorkers() {
  const made: Fake[] = [];
  const launch = (): WorkerChannel => {
    let hear: (m: unknown) => void = () => {};
    let exit: (e: WorkerExit) => void = () => {};
    const fake: Fake = { sent: [], killed: false, say: (m) => hear(m), die: (e) => exit(e) };
    made.push(fake);
    return {
      send: (m) => void fake.sent.push(m),
      onMessage: (l) => void (hear = l),
      onExit: (l) => void (exit = l),
      kill: () => void (fake.killed = true),
    };
  };
  return { made, launch };
}

const job = (ranges: [number, number][] = [[0, 10]]) => ({ prepared: { version: 1, meta: {}, kernel: {}, creditMembers: [] } as never, ranges, onProgress: () => {} });
const jobIdOf = (fake: Fake) => fake.sent.at(-1)?.jobId ?? '';
const flush = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => void vi.useRealTimers());

describe('the engine pool', () => {
  it('waits 30 s of silence by default before it declares a worker hung, and says so in seconds', async () => {
    vi.useFakeTimers();
    const { made, launch } = fakeWorkers();
    const pool = createEnginePool(launch);
    const outcome = pool.run(job(), new AbortController().signal).then(
      () => 'done',
      (err: Error) => err.message,
    );
    await vi.advanceTimersByTimeAsync(DEFAULT_SILENCE_MS - 100);
    expect(made[0]!.killed).toBe(false);
    made[0]!.say({ type: 'progress', jobId: jobIdOf(made[0]!), done: 3 });
    // The silence counts from the last message: 29.9 s more of it is still not enough.
    await vi.advanceTimersByTimeAsync(DEFAULT_SILENCE_MS - 100);
    expect(made[0]!.killed).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(await outcome).toBe('The engine process stopped answering for 30 s and was replaced; the run was stopped. Run it again.');
    expect(DEFAULT_SILENCE_MS).toBe(30_000);
    expect(made[0]!.killed).toBe(true);
    pool.dispose();
  });

  it('fails the run at once when a worker sends a message that does not parse, and kills that worker', async () => {
    const { made, launch } = fakeWorkers();
    const pool = createEnginePool(launch, { hangMs: 60_000 });
    const running = pool.run(job(), new AbortController().signal);
    made[0]!.say({ type: 'result', jobId: jobIdOf(made[0]!), shard: { kind: 'nonsense' } });
    await expect(running).rejects.toThrow('The engine process sent a message the app could not read, so it was replaced and the run was stopped. Run it again.');
    expect(made[0]!.killed).toBe(true);
    pool.dispose();
  });

  it('retires an idle worker that sends nonsense, so the next run gets a new one', async () => {
    const { made, launch } = fakeWorkers();
    const pool = createEnginePool(launch);
    const first = pool.run(job(), new AbortController().signal);
    made[0]!.say({ type: 'result', jobId: jobIdOf(made[0]!), shard: shardOf(0, 10) });
    await first;
    made[0]!.say('garbage');
    expect(made[0]!.killed).toBe(true);
    const second = pool.run(job(), new AbortController().signal);
    expect(made).toHaveLength(2);
    made[1]!.say({ type: 'result', jobId: jobIdOf(made[1]!), shard: shardOf(0, 10) });
    await expect(second).resolves.toHaveLength(1);
    pool.dispose();
  });

  it('says how the worker ended: out of memory, killed by a signal, quit, or its exit code', async () => {
    const ends: [WorkerExit, string][] = [
      [{ code: null, signal: 'SIGABRT', outOfMemory: true }, 'The engine ran out of memory, so its process was replaced and the run was stopped. Run it again with fewer paths or a shorter horizon.'],
      [{ code: null, signal: 'SIGKILL', outOfMemory: false }, 'The engine process was killed (signal SIGKILL) and was replaced; the run was stopped. Run it again.'],
      [{ code: 0, signal: null, outOfMemory: false }, 'The engine process quit in the middle of the run and was replaced; the run was stopped. Run it again.'],
      [{ code: 3, signal: null, outOfMemory: false }, 'The engine process stopped unexpectedly (exit code 3) and was replaced; the run was stopped. Run it again.'],
    ];
    for (const [exit, sentence] of ends) {
      const { made, launch } = fakeWorkers();
      const pool = createEnginePool(launch);
      const running = pool.run(job(), new AbortController().signal);
      made[0]!.die(exit);
      await expect(running).rejects.toThrow(sentence);
      pool.dispose();
    }
  });

  it('takes an allocation failure the worker reports as running out of memory, and replaces that worker', async () => {
    const { made, launch } = fakeWorkers();
    const pool = createEnginePool(launch);
    const running = pool.run(job(), new AbortController().signal);
    made[0]!.say({ type: 'error', jobId: jobIdOf(made[0]!), message: 'Array buffer allocation failed', outOfMemory: true });
    await expect(running).rejects.toThrow(/ran out of memory/);
    expect(made[0]!.killed).toBe(true);
    await flush();
    expect(made).toHaveLength(2);
    pool.dispose();
  });

  it('starts the replacements as soon as a run fails (both workers: the healthy one was stopped with the run)', async () => {
    const { made, launch } = fakeWorkers();
    const pool = createEnginePool(launch);
    const running = pool.run(job([[0, 5], [5, 10]]), new AbortController().signal);
    made[1]!.die({ code: null, signal: 'SIGKILL', outOfMemory: false });
    await expect(running).rejects.toThrow(/killed/);
    expect(made[0]!.killed).toBe(true);
    // Started once the failure is out (forking takes a while), before anyone asks for the next run.
    expect(made).toHaveLength(2);
    await flush();
    expect(made).toHaveLength(4);
    expect(made.slice(2).map((m) => [m.killed, m.sent.length])).toEqual([
      [false, 0],
      [false, 0],
    ]);
    // A replacement that dies before it was given work is not replaced on its own: no restart loop.
    made[2]!.die({ code: 1, signal: null, outOfMemory: false });
    await flush();
    expect(made).toHaveLength(4);
    // The next run starts one for that slot and uses the warm one for the other.
    const next = pool.run(job([[0, 5], [5, 10]]), new AbortController().signal);
    expect(made).toHaveLength(5);
    expect([made[3]!.sent.length, made[4]!.sent.length]).toEqual([1, 1]);
    made[4]!.say({ type: 'result', jobId: jobIdOf(made[4]!), shard: shardOf(0, 5) });
    made[3]!.say({ type: 'result', jobId: jobIdOf(made[3]!), shard: shardOf(5, 10) });
    await expect(next).resolves.toHaveLength(2);
    pool.dispose();
    expect(made.slice(3).every((m) => m.killed)).toBe(true);
  });

  it('cancels the run in flight when it is disposed, and starts no replacement', async () => {
    const { made, launch } = fakeWorkers();
    const pool = createEnginePool(launch);
    const running = pool.run(job(), new AbortController().signal);
    pool.dispose();
    await expect(running).rejects.toThrow(RunCancelledError);
    await flush();
    expect(made.map((m) => m.killed)).toEqual([true]);
  });
});

/** A binned shard's fields, empty: enough for FromWorker to accept a result. */
function shardOf(pathStart: number, pathEnd: number) {
  const f = () => new Float64Array(0);
  const u = () => new Uint32Array(0);
  return {
    kind: 'binned',
    pathStart,
    pathEnd,
    valueBins: u(),
    valueMin: f(),
    valueMax: f(),
    lossBins: u(),
    lossRange: f(),
    pathSums: f(),
    marginCount: 0,
    recovered: u(),
    called: u(),
    groupLoss: f(),
    groupCost: f(),
    groupEnd: f(),
    defaulted: f(),
  };
}
