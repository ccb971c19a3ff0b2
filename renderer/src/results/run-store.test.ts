import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../../shared/api/contract';
import { ApiCallError } from '../../../shared/api/client';
import { makeRecord, testScenario } from './result-fixture';

const listeners = vi.hoisted(() => new Set<(event: ApiEvent) => void>());
const calls = vi.hoisted(() => ({
  'runs.start': vi.fn(),
  'runs.cancel': vi.fn(),
  'runs.get': vi.fn(),
  'runs.active': vi.fn(),
  'scenarios.list': vi.fn(),
  'scenarios.get': vi.fn(),
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
const { useRunChoicesStore, parsePaths, parseSeed } = await import('./run-choices-store');

const emit = (event: ApiEvent) => listeners.forEach((l) => l(event));
const progress = (runId: string, pathsDone: number, pathsTotal = 1000): ApiEvent => ({ name: 'runs.progress', payload: { runId, pathsDone, pathsTotal } });
const finished = (runId: string, status: 'done' | 'cancelled' | 'failed', message?: string): ApiEvent => ({
  name: 'runs.finished',
  payload: { runId, status, ...(message ? { message } : {}) },
});
const state = () => useRunStore.getState();
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  Object.values(calls).forEach((fn) => fn.mockReset());
  resetRunEvents();
  useRunStore.setState({ phase: 'idle', runId: null, pathsDone: 0, pathsTotal: 0, cancelling: false, message: null, refused: false, record: null });
  useRunChoicesStore.setState({ scenarios: [], status: 'idle', error: null, scenarioId: null, scenario: null, pathsText: '', seedText: '' });
});

describe('run store', () => {
  it('attaches to a run already in progress (after a reload) and follows it to the end', async () => {
    calls['runs.active'].mockResolvedValue({ runId: 'r9', scenarioName: 'S', pathsDone: 300, pathsTotal: 1000 });
    calls['runs.get'].mockResolvedValue(makeRecord('r9'));
    expect(await state().attach()).toBe(true);
    expect(state()).toMatchObject({ phase: 'running', runId: 'r9', pathsDone: 300, pathsTotal: 1000 });
    emit(progress('r9', 700));
    expect(state().pathsDone).toBe(700);
    emit(finished('r9', 'done'));
    await flush();
    expect(state().phase).toBe('done');
  });

  it('does not attach when nothing runs, or when it is already busy', async () => {
    calls['runs.active'].mockResolvedValue(null);
    expect(await state().attach()).toBe(false);
    expect(state().phase).toBe('idle');
    useRunStore.setState({ phase: 'running', runId: 'mine' });
    expect(await state().attach()).toBe(false);
    expect(calls['runs.active']).toHaveBeenCalledTimes(1);
  });

  it('follows progress, ignores other runs, and fetches the record when done', async () => {
    calls['runs.start'].mockResolvedValue({ runId: 'r1' });
    calls['runs.get'].mockResolvedValue(makeRecord('r1'));
    await state().start({ portfolioId: 'p', scenarioId: 's', paths: 1000, seed: 1 });
    expect(state()).toMatchObject({ phase: 'running', runId: 'r1', pathsTotal: 1000 });

    emit(progress('r1', 400));
    emit(progress('other', 900));
    emit(finished('other', 'done'));
    expect(state()).toMatchObject({ phase: 'running', pathsDone: 400 });
    emit(progress('r1', 300));
    expect(state().pathsDone).toBe(400);

    emit(finished('r1', 'done'));
    expect(state().phase).toBe('loading');
    await flush();
    expect(calls['runs.get']).toHaveBeenCalledWith({ runId: 'r1' });
    expect(state()).toMatchObject({ phase: 'done', record: { runId: 'r1' } });
    expect(calls['runs.get']).toHaveBeenCalledTimes(1);
  });

  it('keeps events that arrive before runs.start answers', async () => {
    let answer: (v: { runId: string }) => void = () => {};
    calls['runs.start'].mockReturnValue(new Promise((resolve) => (answer = resolve)));
    calls['runs.get'].mockResolvedValue(makeRecord('r2'));
    const pending = state().start({ paths: 0 });
    expect(state().phase).toBe('starting');
    emit(progress('r2', 0, 0));
    emit(finished('r2', 'done'));
    answer({ runId: 'r2' });
    await pending;
    await flush();
    expect(state()).toMatchObject({ phase: 'done', runId: 'r2' });
  });

  it('cancels at once and ignores the run’s later events', async () => {
    calls['runs.start'].mockResolvedValue({ runId: 'r3' });
    calls['runs.cancel'].mockResolvedValue({ cancelled: true });
    await state().start({ paths: 2_000_000 });
    emit(progress('r3', 10_000, 2_000_000));
    await state().cancel();
    expect(calls['runs.cancel']).toHaveBeenCalledWith({ runId: 'r3' });
    expect(state()).toMatchObject({ phase: 'cancelled', cancelling: false });
    emit(finished('r3', 'done'));
    expect(state().phase).toBe('cancelled');
    expect(calls['runs.get']).not.toHaveBeenCalled();
  });

  it('cancels a run whose id has not arrived yet as soon as it does', async () => {
    let answer: (v: { runId: string }) => void = () => {};
    calls['runs.start'].mockReturnValue(new Promise((resolve) => (answer = resolve)));
    calls['runs.cancel'].mockResolvedValue({ cancelled: true });
    const pending = state().start({ paths: 2_000_000 });
    await state().cancel();
    answer({ runId: 'r4' });
    await pending;
    expect(calls['runs.cancel']).toHaveBeenCalledWith({ runId: 'r4' });
    expect(state().phase).toBe('cancelled');
  });

  it('shows the message of a failed run, and of a start that was refused', async () => {
    calls['runs.start'].mockResolvedValue({ runId: 'r5' });
    await state().start({});
    emit(finished('r5', 'failed', 'A worker stopped.'));
    expect(state()).toMatchObject({ phase: 'failed', message: 'A worker stopped.', refused: false });

    calls['runs.start'].mockRejectedValue(new ApiCallError({ code: 'rejected', message: 'No portfolio is open.' }));
    await state().start({});
    expect(state()).toMatchObject({ phase: 'failed', message: 'No portfolio is open.', refused: true });
  });

  it('does not start a second run while one is under way', async () => {
    calls['runs.start'].mockResolvedValue({ runId: 'r6' });
    await state().start({});
    await state().start({});
    expect(calls['runs.start']).toHaveBeenCalledTimes(1);
  });
});

describe('run choices', () => {
  it('loads the scenarios, picks the first, and takes its run settings', async () => {
    calls['scenarios.list'].mockResolvedValue([{ id: 's', name: 'AI capex bust', description: '', builtIn: true, sources: [] }]);
    calls['scenarios.get'].mockResolvedValue(testScenario);
    await useRunChoicesStore.getState().loadScenarios();
    expect(useRunChoicesStore.getState()).toMatchObject({ scenarioId: 's', pathsText: '20000', seedText: '42', status: 'ready' });

    useRunChoicesStore.getState().setPathsText('500');
    await useRunChoicesStore.getState().loadScenarios();
    expect(useRunChoicesStore.getState().pathsText).toBe('500');
  });

  it('keeps paths typed while the newly chosen scenario was still loading', async () => {
    let answer: (s: typeof testScenario) => void = () => {};
    calls['scenarios.get'].mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const choosing = useRunChoicesStore.getState().chooseScenario('other');
    useRunChoicesStore.getState().setPathsText('5000');
    answer({ ...testScenario, id: 'other' });
    await choosing;
    // Paths keep what was typed; the seed, untouched, takes the scenario's.
    expect(useRunChoicesStore.getState()).toMatchObject({ pathsText: '5000', seedText: '42' });
  });

  it('follows the run shown, even when it arrives before the scenario list (a reload)', async () => {
    const summary = (id: string) => ({ id, name: id, builtIn: true, description: '', sources: [] });
    let list: (v: unknown) => void = () => {};
    calls['scenarios.list'].mockReturnValue(new Promise((resolve) => (list = resolve)));
    calls['scenarios.get'].mockImplementation(async ({ id }: { id: string }) => ({ ...testScenario, id }));
    const loading = useRunChoicesStore.getState().loadScenarios();
    // The newest saved run (scenario "b", 5,000 paths, seed 9) is shown before the list answers.
    await useRunChoicesStore.getState().followRun({ scenarioId: 'b', paths: 5_000, seed: 9 });
    list([summary('a'), summary('b')]);
    await loading;
    await flush();
    expect(useRunChoicesStore.getState()).toMatchObject({ scenarioId: 'b', pathsText: '5000', seedText: '9' });
    // A run of a scenario the library no longer has leaves the choices alone.
    await useRunChoicesStore.getState().followRun({ scenarioId: 'gone', paths: 1, seed: 1 });
    expect(useRunChoicesStore.getState()).toMatchObject({ scenarioId: 'b', pathsText: '5000' });
  });

  it('reads paths and seeds as whole numbers in range', () => {
    expect(parsePaths('20000')).toBe(20_000);
    expect(parsePaths('20,000')).toBe(20_000);
    expect(parsePaths('0')).toBe(0);
    expect(parsePaths('2000001')).toBeNull();
    expect(parsePaths('1.5')).toBeNull();
    expect(parsePaths('')).toBeNull();
    expect(parseSeed('-1')).toBeNull();
    expect(parseSeed('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
  });
});
