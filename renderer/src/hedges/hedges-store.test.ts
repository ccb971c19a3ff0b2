import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../../shared/api/contract';
import { ApiCallError } from '../../../shared/api/client';

const listeners = vi.hoisted(() => new Set<(event: ApiEvent) => void>());
const calls = vi.hoisted(() => ({ 'hedges.find': vi.fn(), 'hedges.cancel': vi.fn() }));
vi.mock('../api/api', () => ({
  api: {
    ...calls,
    subscribe: (listener: (event: ApiEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  },
}));

const { useHedgesStore, resetHedgeEvents } = await import('./hedges-store');

const emit = (event: ApiEvent) => listeners.forEach((l) => l(event));
const store = () => useHedgesStore.getState();
const report = { esBefore: 100, marginCallBefore: 0, paths: 2000, seed: 1, candidates: [] };
const request = { portfolioId: 'p', scenarioId: 's', paths: 2000, seed: 1 };

beforeEach(() => {
  Object.values(calls).forEach((fn) => fn.mockReset());
  resetHedgeEvents();
  useHedgesStore.setState({ runId: null, phase: 'idle', done: 0, total: 0, report: null, error: null });
});

describe('the hedge search', () => {
  it('follows hedges.progress, then shows the ranked trades of the run it was asked for', async () => {
    let answer: (r: typeof report) => void = () => {};
    calls['hedges.find'].mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const searching = store().find('run-1', request);
    expect(store()).toMatchObject({ runId: 'run-1', phase: 'searching', total: 0 });
    emit({ name: 'hedges.progress', payload: { done: 3, total: 51 } });
    emit({ name: 'hedges.progress', payload: { done: 2, total: 51 } });
    expect(store()).toMatchObject({ done: 3, total: 51 });
    answer(report);
    await searching;
    expect(store()).toMatchObject({ phase: 'done', report, done: 51 });
    // Progress after the end changes nothing.
    emit({ name: 'hedges.progress', payload: { done: 9, total: 51 } });
    expect(store().done).toBe(51);
  });

  it('cancels at once: the bar goes before the back end answers, and the refusal that follows is dropped', async () => {
    let refuse: (err: Error) => void = () => {};
    calls['hedges.find'].mockReturnValue(new Promise((_, reject) => (refuse = reject)));
    calls['hedges.cancel'].mockReturnValue(new Promise(() => {}));
    const searching = store().find('run-1', request);
    void store().cancel();
    expect(store().phase).toBe('cancelled');
    expect(calls['hedges.cancel']).toHaveBeenCalledWith({});
    refuse(new ApiCallError({ code: 'rejected', message: 'The hedge search was cancelled.' }));
    await searching;
    expect(store()).toMatchObject({ phase: 'cancelled', error: null });
  });

  it('says why a search failed', async () => {
    calls['hedges.find'].mockRejectedValue(new ApiCallError({ code: 'conflict', message: 'A run is already in progress.' }));
    await store().find('run-1', request);
    expect(store()).toMatchObject({ phase: 'failed', error: 'A run is already in progress.' });
  });
});
