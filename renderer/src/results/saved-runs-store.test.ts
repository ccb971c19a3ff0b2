import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../../shared/api/contract';
import { ApiCallError } from '../../../shared/api/client';
import type { RunSummary } from '../../../shared/api/runs-api';
import { makeRecord, makeResult } from './result-fixture';

const listeners = vi.hoisted(() => new Set<(event: ApiEvent) => void>());
const calls = vi.hoisted(() => ({
  'runs.rerun': vi.fn(),
  'runs.get': vi.fn(),
  'runs.list': vi.fn(),
  'runs.delete': vi.fn(),
  'runs.start': vi.fn(),
}));
vi.mock('../api/api', () => ({
  api: {
    ...calls,
    subscribe: (listener: (event: ApiEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  },
}));

const { useRunStore, resetRunEvents } = await import('./run-store');
const { useSavedRunsStore, connectSavedRuns, resetSavedRuns } = await import('./saved-runs-store');
const { useCompareStore } = await import('../compare/compare-store');

const emit = (event: ApiEvent) => listeners.forEach((l) => l(event));
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const run = () => useRunStore.getState();
const saved = () => useSavedRunsStore.getState();
const summary = (runId: string): RunSummary => ({
  runId,
  portfolioName: 'Sample',
  scenarioId: 's',
  scenarioName: 'AI capex bust',
  paths: 1000,
  seed: 7,
  baseCurrency: 'USD',
  meanLoss: 20_000,
  meanLossPct: 0.2,
  createdAt: '2026-11-20T14:30:00Z',
});

beforeEach(() => {
  Object.values(calls).forEach((fn) => fn.mockReset());
  resetRunEvents();
  resetSavedRuns();
  useRunStore.setState({ phase: 'idle', runId: null, record: null, rerunOf: null, rerunSame: null, cancelling: false, message: null });
  useSavedRunsStore.setState({ runs: [], status: 'idle', error: null, opening: null, actionError: null });
  useCompareStore.setState({ selected: [], records: {}, error: null });
});

describe('saved runs', () => {
  it('opens the newest saved run on the first visit, exactly as saved', async () => {
    calls['runs.list'].mockResolvedValue([summary('new'), summary('old')]);
    calls['runs.get'].mockResolvedValue(makeRecord('new'));
    await saved().openLatestIfIdle();
    expect(calls['runs.get']).toHaveBeenCalledWith({ runId: 'new' });
    expect(run()).toMatchObject({ phase: 'done', runId: 'new', record: { runId: 'new' }, rerunOf: null });
    expect(saved().opening).toBeNull();

    // Shown already: a later visit keeps it.
    await saved().openLatestIfIdle();
    expect(calls['runs.get']).toHaveBeenCalledTimes(1);
  });

  it('does not replace a run under way with a saved one', async () => {
    useRunStore.setState({ phase: 'running', runId: 'live' });
    calls['runs.get'].mockResolvedValue(makeRecord('old'));
    await saved().open('old');
    expect(run()).toMatchObject({ phase: 'running', runId: 'live' });
  });

  it('re-runs a saved run and says the result is identical, or that it differs', async () => {
    const original = makeRecord('old');
    run().show(original);
    calls['runs.rerun'].mockResolvedValue({ runId: 'again' });
    calls['runs.get'].mockResolvedValue(makeRecord('again', makeResult()));
    await saved().rerun('old');
    expect(calls['runs.rerun']).toHaveBeenCalledWith({ runId: 'old' });
    expect(run()).toMatchObject({ phase: 'running', runId: 'again', rerunOf: { runId: 'old' } });
    emit({ name: 'runs.finished', payload: { runId: 'again', status: 'done' } });
    await flush();
    expect(run()).toMatchObject({ phase: 'done', record: { runId: 'again' }, rerunSame: true });

    const changed = makeResult();
    changed.phaseOne.var99 += 1;
    calls['runs.rerun'].mockResolvedValue({ runId: 'third' });
    calls['runs.get'].mockResolvedValue(makeRecord('third', changed));
    await run().rerun(original);
    emit({ name: 'runs.finished', payload: { runId: 'third', status: 'done' } });
    await flush();
    expect(run()).toMatchObject({ phase: 'done', rerunSame: false });
  });

  it('reloads the list when a run finishes', async () => {
    calls['runs.list'].mockResolvedValue([summary('a')]);
    connectSavedRuns();
    emit({ name: 'runs.finished', payload: { runId: 'a', status: 'done' } });
    await flush();
    expect(saved().runs.map((r) => r.runId)).toEqual(['a']);
    emit({ name: 'runs.finished', payload: { runId: 'b', status: 'cancelled' } });
    expect(calls['runs.list']).toHaveBeenCalledTimes(1);
  });

  it('deletes a run, stops showing it, and answers a failure as a sentence', async () => {
    run().show(makeRecord('gone'));
    useSavedRunsStore.setState({ runs: [summary('gone'), summary('kept')], status: 'ready' });
    calls['runs.delete'].mockResolvedValue({ deleted: true });
    calls['runs.list'].mockResolvedValue([summary('kept')]);
    expect(await saved().remove('gone')).toBeNull();
    expect(run()).toMatchObject({ phase: 'idle', record: null });
    expect(saved().runs.map((r) => r.runId)).toEqual(['kept']);

    calls['runs.delete'].mockRejectedValue(new ApiCallError({ code: 'rejected', message: 'disk full' }));
    expect(await saved().remove('kept')).toBe('disk full');
  });
});

describe('compare picks', () => {
  it('picks up to four runs in order, loads their records, and drops runs no longer saved', async () => {
    calls['runs.get'].mockImplementation(({ runId }: { runId: string }) => Promise.resolve(makeRecord(runId)));
    const { toggle } = useCompareStore.getState();
    for (const id of ['a', 'b', 'c', 'd', 'e']) await toggle(id);
    expect(useCompareStore.getState().selected).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.keys(useCompareStore.getState().records)).toEqual(['a', 'b', 'c', 'd']);
    await toggle('b');
    expect(useCompareStore.getState().selected).toEqual(['a', 'c', 'd']);
    useCompareStore.getState().keepOnly(['a', 'd']);
    expect(useCompareStore.getState().selected).toEqual(['a', 'd']);
  });
});
