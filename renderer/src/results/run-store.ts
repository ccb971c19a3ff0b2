import { create } from 'zustand';
import type { ApiEvent } from '../../../shared/api/contract';
import type { RunRecord, RunRequest } from '../../../shared/api/runs-api';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

/**
 * One run at a time, driven by `runs.*` events. `starting`: runs.start is on its way (no run id yet);
 * `loading`: the run is done and its record is being fetched. The store outlives the Results screen.
 */
export type RunPhase = 'idle' | 'starting' | 'running' | 'loading' | 'done' | 'cancelled' | 'failed';

export type RunStore = {
  phase: RunPhase;
  runId: string | null;
  pathsDone: number;
  pathsTotal: number;
  /** Set while runs.cancel is on its way. */
  cancelling: boolean;
  /** For 'failed': the sentence to show (also a failed cancel while running). */
  message: string | null;
  /** For 'failed': runs.start refused the run (its message says why), rather than the run failing on the way. */
  refused: boolean;
  /** The finished run's record (phase 'done'). */
  record: RunRecord | null;
  start: (request: RunRequest) => Promise<void>;
  cancel: () => Promise<void>;
  receive: (event: ApiEvent) => void;
};

/** Phases in which a run is under way and the Run button waits. */
export const isBusy = (phase: RunPhase): boolean => phase === 'starting' || phase === 'running' || phase === 'loading';

type RunEvent = Extract<ApiEvent, { name: 'runs.progress' | 'runs.finished' }>;
const isRunEvent = (event: ApiEvent): event is RunEvent => event.name === 'runs.progress' || event.name === 'runs.finished';

/** Events that arrive before runs.start has answered with the run id (a short run can finish first). */
let early: RunEvent[] = [];
/** Counts runs so that answers for an earlier one are dropped. */
let attempt = 0;
let unsubscribe: (() => void) | null = null;

/** Listens to run events for the life of the page (once); a run keeps going while the screen is away. */
export function connectRunEvents(): void {
  unsubscribe ??= api.subscribe((event) => useRunStore.getState().receive(event));
}

/** For tests: forget the subscription and anything buffered. */
export function resetRunEvents(): void {
  unsubscribe?.();
  unsubscribe = null;
  early = [];
}

export const useRunStore = create<RunStore>()((set, get) => {
  const fetchRecord = async (runId: string) => {
    try {
      const record = await api['runs.get']({ runId });
      if (get().runId === runId && get().phase === 'loading') set({ phase: 'done', record });
    } catch (err) {
      if (get().runId === runId && get().phase === 'loading') set({ phase: 'failed', message: errorMessage(err), refused: false });
    }
  };

  const apply = (event: RunEvent) => {
    const { phase, runId } = get();
    if (event.payload.runId !== runId || phase !== 'running') return;
    if (event.name === 'runs.progress') {
      const { pathsDone, pathsTotal } = event.payload;
      set({ pathsDone: Math.max(get().pathsDone, pathsDone), pathsTotal });
      return;
    }
    const { status, message } = event.payload;
    if (status === 'done') {
      set({ phase: 'loading', pathsDone: get().pathsTotal, cancelling: false });
      void fetchRecord(runId);
    } else if (status === 'cancelled') {
      set({ phase: 'cancelled', cancelling: false });
    } else {
      set({ phase: 'failed', cancelling: false, message: message ?? null, refused: false });
    }
  };

  return {
    phase: 'idle',
    runId: null,
    pathsDone: 0,
    pathsTotal: 0,
    cancelling: false,
    message: null,
    refused: false,
    record: null,

    start: async (request) => {
      if (isBusy(get().phase)) return;
      connectRunEvents();
      const mine = ++attempt;
      early = [];
      set({ phase: 'starting', runId: null, pathsDone: 0, pathsTotal: request.paths ?? 0, cancelling: false, message: null, refused: false, record: null });
      try {
        const { runId } = await api['runs.start'](request);
        if (mine !== attempt) return;
        const cancelled = get().cancelling;
        set({ phase: 'running', runId });
        const buffered = early.filter((e) => e.payload.runId === runId);
        early = [];
        if (cancelled) await get().cancel();
        else buffered.forEach(apply);
      } catch (err) {
        if (mine === attempt) set({ phase: 'failed', cancelling: false, message: errorMessage(err), refused: true });
      }
    },

    cancel: async () => {
      const { phase, runId } = get();
      if (phase === 'starting') {
        // No run id yet: cancel as soon as runs.start answers.
        set({ cancelling: true });
        return;
      }
      if (phase !== 'running' || runId === null) return;
      set({ cancelling: true });
      try {
        const { cancelled } = await api['runs.cancel']({ runId });
        if (get().runId !== runId) return;
        // Not cancelled: the run had already ended, and its finished event says how.
        if (cancelled && get().phase === 'running') set({ phase: 'cancelled' });
        set({ cancelling: false });
      } catch (err) {
        if (get().runId === runId) set({ cancelling: false, message: errorMessage(err) });
      }
    },

    receive: (event) => {
      if (!isRunEvent(event)) return;
      if (get().phase === 'starting') early.push(event);
      else apply(event);
    },
  };
});
