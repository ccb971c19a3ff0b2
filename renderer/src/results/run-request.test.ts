import { describe, expect, it, vi } from 'vitest';
import type { RunChoices } from './run-request';

const start = vi.hoisted(() => vi.fn(async () => ({ runId: 'run-1' })));
vi.mock('../api/api', () => ({ api: { 'runs.start': start, subscribe: () => () => undefined } }));

const { chosenRunRequest, startChosenRun } = await import('./run-request');
const { useRunChoicesStore } = await import('./run-choices-store');
const { usePortfolioStore } = await import('../portfolio/portfolio-store');
const { useRunStore } = await import('./run-store');

const READY: RunChoices = { portfolioId: 'p1', scenarioId: 's1', scenarioLoaded: true, pathsText: '20,000', seedText: '42', phase: 'idle' };

describe('chosenRunRequest', () => {
  it('makes the request the Run button and its shortcut start', () => {
    expect(chosenRunRequest(READY)).toEqual({ portfolioId: 'p1', scenarioId: 's1', paths: 20_000, seed: 42 });
    expect(chosenRunRequest({ ...READY, phase: 'done' })).not.toBeNull();
    expect(chosenRunRequest({ ...READY, factorModelId: 'model-1' })).toEqual({ portfolioId: 'p1', scenarioId: 's1', paths: 20_000, seed: 42, factorModelId: 'model-1' });
    expect(chosenRunRequest({ ...READY, factorModelId: null })).not.toHaveProperty('factorModelId');
  });

  it('is null while anything is missing, wrong, or a run is under way', () => {
    expect(chosenRunRequest({ ...READY, portfolioId: null })).toBeNull();
    expect(chosenRunRequest({ ...READY, scenarioId: null })).toBeNull();
    expect(chosenRunRequest({ ...READY, scenarioLoaded: false })).toBeNull();
    expect(chosenRunRequest({ ...READY, pathsText: '1.5' })).toBeNull();
    expect(chosenRunRequest({ ...READY, seedText: '' })).toBeNull();
    expect(chosenRunRequest({ ...READY, phase: 'running' })).toBeNull();
    expect(chosenRunRequest({ ...READY, phase: 'starting' })).toBeNull();
  });
});

describe('startChosenRun', () => {
  it('starts the run the stores’ choices make, once, and refuses when they make none', async () => {
    expect(startChosenRun()).toBe(false);
    usePortfolioStore.setState({ view: { portfolio: { id: 'p1' } } as never });
    useRunChoicesStore.setState({ scenarioId: 's1', scenario: { id: 's1' } as never, pathsText: '500', seedText: '3' });
    expect(startChosenRun()).toBe(true);
    expect(useRunStore.getState().phase).toBe('starting');
    expect(startChosenRun()).toBe(false);
    await vi.waitFor(() => expect(useRunStore.getState().phase).toBe('running'));
    expect(start).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith({ portfolioId: 'p1', scenarioId: 's1', paths: 500, seed: 3 });
  });
});
