import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../shared/api/client';
import { testScenario } from '../results/result-fixture';

const calls = vi.hoisted(() => ({ 'reverse.solve': vi.fn(), 'scenarios.save': vi.fn(), 'scenarios.list': vi.fn(), 'scenarios.get': vi.fn() }));
vi.mock('../api/api', () => ({ api: { ...calls, subscribe: () => () => {} } }));
vi.stubGlobal('window', { location: { hash: '#/scenarios/reverse' } });

const { useReverseStore } = await import('./reverse-store');
const { useEditorStore } = await import('../scenarios/editor-store');

const reached = {
  reached: true as const,
  scenario: { ...testScenario, id: 'reverse-300-1', name: 'Reverse: the most plausible 30% loss' },
  shocks: { AI_EQ: -0.3 },
  d: 1.45,
  milderBuiltIns: 0,
  builtIns: 7,
  startValue: 100_000,
  loss: 30_000,
  byExposure: { ai_equity: 30_000 },
};
const ask = { portfolioId: 'p', portfolioName: 'Mine', target: { kind: 'lossFraction' as const, fraction: 0.3 }, templateId: 'ai-capex-bust-ease' };
const store = () => useReverseStore.getState();

beforeEach(() => {
  Object.values(calls).forEach((fn) => fn.mockReset());
  calls['scenarios.list'].mockResolvedValue([]);
  calls['scenarios.save'].mockImplementation(async ({ scenario }) => scenario);
  useReverseStore.setState({ status: 'idle', answer: null, asked: null, error: null, saved: null, saving: false, saveError: null });
  useEditorStore.setState({ dirty: false, status: 'idle', saved: null, draft: null, selectedId: null });
  window.location.hash = '#/scenarios/reverse';
});

describe('the reverse tab’s store', () => {
  it('solves for the open portfolio, then saves the answer once as a scenario of yours', async () => {
    calls['reverse.solve'].mockResolvedValue(reached);
    await store().solve(ask);
    expect(calls['reverse.solve']).toHaveBeenCalledWith({ portfolioId: 'p', templateId: 'ai-capex-bust-ease', target: { kind: 'lossFraction', fraction: 0.3 } });
    expect(store()).toMatchObject({ status: 'done', answer: reached, asked: ask, saved: null });
    expect((await store().save())?.id).toBe('reverse-300-1');
    await store().save();
    expect(calls['scenarios.save']).toHaveBeenCalledTimes(1);
    expect(calls['scenarios.list']).toHaveBeenCalled();
  });

  it('opens the saved answer in the editor, but leaves unsaved edits there alone', async () => {
    calls['reverse.solve'].mockResolvedValue(reached);
    await store().solve(ask);
    useEditorStore.setState({ dirty: true });
    await store().openInEditor();
    expect(store().saveError).toMatch(/unsaved changes/);
    expect(window.location.hash).toBe('#/scenarios/reverse');
    useEditorStore.setState({ dirty: false });
    await store().openInEditor();
    expect(useEditorStore.getState()).toMatchObject({ selectedId: 'reverse-300-1', status: 'ready', dirty: false });
    expect(window.location.hash).toBe('#/scenarios');
  });

  it('shows why it could not solve, and does not save an answer that reached nothing', async () => {
    calls['reverse.solve'].mockRejectedValueOnce(new ApiCallError({ code: 'not_found', message: 'No portfolio is open.' }));
    await store().solve(ask);
    expect(store()).toMatchObject({ status: 'error', error: 'No portfolio is open.' });
    calls['reverse.solve'].mockResolvedValue({ reached: false, why: 'bounded', startValue: 100, bestLoss: 60 });
    await store().solve(ask);
    expect(await store().save()).toBeNull();
    expect(calls['scenarios.save']).not.toHaveBeenCalled();
  });
});
