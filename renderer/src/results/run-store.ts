import { create } from 'zustand';
import type { ApiEvent } from '../../../shared/api/contract';
import type { RunRecord, RunRequest } from '../../../shared/api/runs-api';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { sameValue } from './same-result';

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
  /** The finished run's record (phase 'done'): the run just made, or a saved one opened. */
  record: RunRecord | null;
  /** For a re-run: the saved run it reproduces, and (once done) whether every figure came out the same. */
  rerunOf: RunRecord | null;
  rerunSame: boolean | null;
  start: (request: RunRequest) => Promise<void>;
  /** Runs a saved run again from its own snapshot. */
  rerun: (original: RunRecord) => Promise<void>;
  /** Shows a saved run's record as it was saved; refused (false) while a run is under way. */
  show: (record: RunRecord) => boolean;
  /** A saved run was deleted: stop showing it. */
  forget: (runId: string) => void;
  cancel: () => Promise<void>;
  /** When idle: follows the run already in progress in the back end (a reload, another window); true if there is one. */
  attach: () => Promise<boolean>;
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

/** Everything about the last run, forgotten. */
const CLEAR = {
  phase: 'idle',
  runId: null,
  pathsDone: 0,
  pathsTotal: 0,
  cancelling: false,
  message: null,
  refused: false,
  record: null,
  rerunOf: null,
  rerunSame: null,
} as const satisfies Partial<RunStore>;

export const useRunStore = create<RunStore>()((set, get) => {
  const fetchRecord = async (runId: string) => {
    try {
      const record = await api['runs.get']({ runId });
      if (get().runId !== runId || get().phase !== 'loading') return;
      const original = get().rerunOf;
      set({ phase: 'done', record, rerunSame: original === null ? null : sameValue(original.result, record.result) });
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

  /** The one way a run starts (new or re-run): answers for an earlier attempt are dropped. */
  const launch = async (call: () => Promise<{ runId: string }>, pathsTotal: number, rerunOf: RunRecord | null) => {
    if (isBusy(get().phase)) return;
    connectRunEvents();
    const mine = ++attempt;
    early = [];
    set({ ...CLEAR, phase: 'starting', pathsTotal, rerunOf });
    try {
      const { runId } = await call();
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
  };

  return {
    ...CLEAR,

    start: (request) => launch(() => api['runs.start'](request), request.paths ?? 0, null),

    rerun: (original) => launch(() => api['runs.rerun']({ runId: original.runId }), original.meta.paths, original),

    show: (record) => {
      if (isBusy(get().phase)) return false;
      set({ ...CLEAR, phase: 'done', runId: record.runId, record });
      return true;
    },

    forget: (runId) => {
      if (get().record?.runId === runId && get().phase === 'done') set({ ...CLEAR, phase: 'idle' });
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

    attach: async () => {
      if (get().phase !== 'idle') return false;
      connectRunEvents();
      try {
        const running = await api['runs.active']({});
        if (!running || get().phase !== 'idle') return false;
        set({ ...CLEAR, phase: 'running', runId: running.runId, pathsDone: running.pathsDone, pathsTotal: running.pathsTotal });
        return true;
      } catch {
        return false;
      }
    },

    receive: (event) => {
      if (!isRunEvent(event)) return;
      if (get().phase === 'starting') early.push(event);
      else apply(event);
    },
  };
});
