import { EXACT_PATHS_LIMIT } from '../../shared/engine/binned';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkerChannel, WorkerLauncher } from '../../electron/backend/engine-pool';
import { forkLauncher } from '../../electron/backend/fork-launcher';
import { appRoot, freshDataDir, openBackend, runAndWait } from './backend-helpers';

/** The real fork launcher, keeping a handle on every worker it starts so a test can kill one from outside. */
function watchedLauncher() {
  const base = forkLauncher(appRoot);
  const started: WorkerChannel[] = [];
  const launch: WorkerLauncher = () => {
    const channel = base();
    started.push(channel);
    return channel;
  };
  return { launch, started };
}

describe('engine worker processes', () => {
  const watched = watchedLauncher();
  const api = openBackend(freshDataDir(), watched.launch);
  afterAll(() => api.dispose());

  it('gives identical results with 1 and 2 workers (same seed)', async () => {
    const one = await runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 3000, seed: 7, workers: 1 });
    const two = await runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 3000, seed: 7, workers: 2 });
    expect([one.status, two.status]).toEqual(['done', 'done']);
    const a = await api['runs.get']({ runId: one.runId });
    const b = await api['runs.get']({ runId: two.runId });
    expect([a.meta.workers, b.meta.workers]).toEqual([1, 2]);
    expect(JSON.stringify(b.result)).toBe(JSON.stringify(a.result));
    expect(b.meta.inputHash).toBe(a.meta.inputHash);
  });

  it('gives identical binned results with 1 and 2 workers above the exact-statistics limit (worker processes)', async () => {
    // EXACT_PATHS_LIMIT + 640 paths: both workers reduce their shards to bins; the bins and block sums add up exactly.
    const paths = EXACT_PATHS_LIMIT + 640;
    const one = await runAndWait(api, { scenarioId: 'ai-capex-bust-no-ease', paths, seed: 5, workers: 1 });
    const two = await runAndWait(api, { scenarioId: 'ai-capex-bust-no-ease', paths, seed: 5, workers: 2 });
    expect([one.status, two.status]).toEqual(['done', 'done']);
    const a = await api['runs.get']({ runId: one.runId });
    const b = await api['runs.get']({ runId: two.runId });
    expect(a.result.meta.statistics).toBe('binned');
    expect(JSON.stringify(b.result)).toBe(JSON.stringify(a.result));
  });

  it('fails a run whose worker is killed, with a clear sentence, and the next run works', async () => {
    const killed = await runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 1_000_000, seed: 1, workers: 2 }, () => {
      watched.started.at(-1)?.kill();
    });
    expect(killed.status).toBe('failed');
    expect(killed.message).toMatch(/engine process was killed \(signal SIGKILL\).*Run it again/);
    const next = await runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 2000, seed: 1, workers: 2 });
    expect(next.status).toBe('done');
  });

  it('cancels at once and runs again afterwards', async () => {
    let cancelledAt = 0;
    const cancelled = await runAndWait(api, { scenarioId: 'ai-capex-bust-no-ease', paths: 2_000_000, seed: 3 }, (runId) => {
      cancelledAt = Date.now();
      void api['runs.cancel']({ runId });
    });
    expect(cancelled.status).toBe('cancelled');
    expect(Date.now() - cancelledAt).toBeLessThan(1000);
    expect((await runAndWait(api, { scenarioId: 'ai-capex-bust-no-ease', paths: 2000, seed: 3 })).status).toBe('done');
  });

  it('refuses a second run while one is going, with a sentence', async () => {
    const { runId } = await api['runs.start']({ scenarioId: 'ai-capex-bust-ease', paths: 200_000 });
    await expect(api['runs.start']({ scenarioId: 'ai-capex-bust-ease', paths: 1000 })).rejects.toThrow(/already in progress/);
    expect(await api['runs.active']({})).toMatchObject({ runId, scenarioName: 'AI capex bust — central banks ease', pathsTotal: 200_000 });
    await api['runs.cancel']({ runId });
    await new Promise((r) => setTimeout(r, 50));
    expect(await api['runs.active']({})).toBeNull();
  });
});

describe('a worker that stops answering', () => {
  it('fails the run after the silence limit instead of hanging', async () => {
    // A worker that accepts work and never answers.
    const silent: WorkerLauncher = () => ({ send: () => {}, onMessage: () => {}, onExit: () => {}, kill: () => {} });
    const { createEnginePool } = await import('../../electron/backend/engine-pool');
    const pool = createEnginePool(silent, { hangMs: 200 });
    const job = { prepared: {} as never, ranges: [[0, 10]] as [number, number][], onProgress: () => {} };
    await expect(pool.run(job, new AbortController().signal)).rejects.toThrow(/stopped answering for 0\.2 s/);
  });
});
