import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../../shared/api/contract';
import { makeRecord, testScenario } from '../results/result-fixture';

const listeners = vi.hoisted(() => new Set<(event: ApiEvent) => void>());
const calls = vi.hoisted(() => ({
  'portfolios.whatIf': vi.fn(),
  'portfolios.list': vi.fn(),
  'portfolios.get': vi.fn(),
  'runs.get': vi.fn(),
  'runs.start': vi.fn(),
  'runs.list': vi.fn(),
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
vi.stubGlobal('window', { location: { hash: '#/results' } });

const { useWhatIfStore } = await import('./what-if-store');
const { useRunStore, resetRunEvents } = await import('../results/run-store');
const { useCompareStore } = await import('../compare/compare-store');

const emit = (event: ApiEvent) => listeners.forEach((l) => l(event));
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const base = { ...makeRecord('base'), meta: { ...makeRecord('base').meta, paths: 2000, seed: 11, scenario: testScenario } };
const whatIfRun = { ...makeRecord('what-if-run'), meta: { ...makeRecord('what-if-run').meta, portfolioId: 'w1', portfolioName: 'Sample — what-if' } };

beforeEach(() => {
  Object.values(calls).forEach((fn) => fn.mockReset());
  resetRunEvents();
  useRunStore.setState({ phase: 'idle', runId: null, record: null, rerunOf: null, rerunSame: null, cancelling: false, message: null });
  useCompareStore.setState({ selected: [], records: {}, error: null });
  useWhatIfStore.setState({ made: null, applying: false, applyError: null, comparing: false, compareError: null });
  calls['portfolios.list'].mockResolvedValue({ currentId: 'p', portfolios: [] });
  calls['runs.list'].mockResolvedValue([]);
  window.location.hash = '#/results';
});

describe('the what-if store', () => {
  it('makes a what-if from a hedge without opening it', async () => {
    const view = { portfolio: { id: 'w1' }, valuation: {} };
    calls['portfolios.whatIf'].mockResolvedValue(view);
    const trade = { kind: 'trim' as const, holdingId: 'h', symbol: 'MARA', fraction: 0.5 };
    await useWhatIfStore.getState().apply('p', trade, 0.79, 'base');
    expect(calls['portfolios.whatIf']).toHaveBeenCalledWith({ portfolioId: 'p', trade, cost: 0.79, runId: 'base' });
    expect(useWhatIfStore.getState().made).toEqual({ view, baseRunId: 'base' });
  });

  it('runs the what-if with the base run’s own scenario, seed and paths, then opens Compare with both', async () => {
    calls['runs.get'].mockImplementation(async ({ runId }) => (runId === 'base' ? base : whatIfRun));
    calls['runs.start'].mockResolvedValue({ runId: 'what-if-run' });
    const going = useWhatIfStore.getState().runAndCompare('base', 'w1');
    await flush();
    expect(calls['runs.start']).toHaveBeenCalledWith({ portfolioId: 'w1', scenario: testScenario, paths: 2000, seed: 11 });
    expect(window.location.hash).toBe('#/results');
    expect(useWhatIfStore.getState().comparing).toBe(true);
    emit({ name: 'runs.finished', payload: { runId: 'what-if-run', status: 'done' } });
    await going;
    expect(useCompareStore.getState().selected).toEqual(['base', 'what-if-run']);
    expect(Object.keys(useCompareStore.getState().records).sort()).toEqual(['base', 'what-if-run']);
    expect(window.location.hash).toBe('#/compare');
    expect(useWhatIfStore.getState()).toMatchObject({ comparing: false, compareError: null });
  });

  it('stays on Results and says so when the what-if’s run fails', async () => {
    calls['runs.get'].mockResolvedValue(base);
    calls['runs.start'].mockResolvedValue({ runId: 'what-if-run' });
    const going = useWhatIfStore.getState().runAndCompare('base', 'w1');
    await flush();
    emit({ name: 'runs.finished', payload: { runId: 'what-if-run', status: 'failed', message: 'A worker crashed.' } });
    await going;
    expect(useWhatIfStore.getState().compareError).toBe('A worker crashed.');
    expect(window.location.hash).toBe('#/results');
    expect(useCompareStore.getState().selected).toEqual([]);
  });
});
