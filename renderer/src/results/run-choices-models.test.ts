import { describe, expect, it, vi } from 'vitest';

const fit = { fileName: 'h.csv', method: 'ledoit-wolf', factors: ['BTC'], firstDate: '2020-01-03', lastDate: '2021-01-01' };
const list = vi.hoisted(() => vi.fn());
vi.mock('../api/api', () => ({ api: { 'factorModels.list': list, 'scenarios.list': async () => [], subscribe: () => () => undefined } }));
const { useRunChoicesStore } = await import('./run-choices-store');

describe('the run panel’s factor model', () => {
  it('follows a run shown before the models are listed, lists only readable models, and falls back when the chosen one is gone', async () => {
    // A run on model-a is shown before the list arrives (a reload on Results).
    useRunChoicesStore.setState({ status: 'ready', scenarios: [] });
    await useRunChoicesStore.getState().followRun({ scenarioId: 'none', paths: 1, seed: 1, factorModelId: 'model-a' });
    list.mockResolvedValueOnce([
      { id: 'model-a', name: 'A', createdAt: '2026-01-01', fit, unreadable: null },
      { id: 'model-b', name: 'B', createdAt: null, fit: null, unreadable: 'broken' },
    ]);
    await useRunChoicesStore.getState().loadFactorModels();
    expect(useRunChoicesStore.getState().factorModels.map((m) => m.id)).toEqual(['model-a']);
    expect(useRunChoicesStore.getState().factorModelId).toBe('model-a');
    // model-a deleted in Settings: the panel goes back to the built-in model.
    list.mockResolvedValueOnce([]);
    await useRunChoicesStore.getState().loadFactorModels();
    expect(useRunChoicesStore.getState().factorModelId).toBeNull();
    // Once listed, a run on a model that no longer exists shows the built-in one too.
    useRunChoicesStore.getState().chooseFactorModel(null);
    await useRunChoicesStore.getState().followRun({ scenarioId: 'none', paths: 1, seed: 1, factorModelId: 'model-gone' });
    expect(useRunChoicesStore.getState().factorModelId).toBeNull();
  });
});
