import { create } from 'zustand';
import type { ApiEvent, CallInput, CallOutput } from '../../../shared/api/contract';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

export type HedgeReport = CallOutput<'hedges.find'>;
export type HedgePhase = 'idle' | 'searching' | 'done' | 'cancelled' | 'failed';

/** The hedge search of the run shown: progress from hedges.progress, its ranked trades, Cancel. It outlives the screen. */
export type HedgesStore = {
  /** The run the search (and its report) is for. */
  runId: string | null;
  phase: HedgePhase;
  done: number;
  total: number;
  report: HedgeReport | null;
  error: string | null;
  find: (runId: string, request: CallInput<'hedges.find'>) => Promise<void>;
  cancel: () => Promise<void>;
  receive: (event: ApiEvent) => void;
};

let unsubscribe: (() => void) | null = null;
/** Counts searches so that the answer of a cancelled one (it rejects a moment later) is dropped. */
let attempt = 0;

/** Listens to hedges.progress for the life of the page (once). */
export function connectHedgeEvents(): void {
  unsubscribe ??= api.subscribe((event) => useHedgesStore.getState().receive(event));
}

/** For tests: forget the subscription. */
export function resetHedgeEvents(): void {
  unsubscribe?.();
  unsubscribe = null;
}

export const useHedgesStore = create<HedgesStore>()((set, get) => ({
  runId: null,
  phase: 'idle',
  done: 0,
  total: 0,
  report: null,
  error: null,

  find: async (runId, request) => {
    if (get().phase === 'searching') return;
    connectHedgeEvents();
    const mine = ++attempt;
    set({ runId, phase: 'searching', done: 0, total: 0, report: null, error: null });
    try {
      const report = await api['hedges.find'](request);
      if (mine === attempt && get().phase === 'searching') set({ phase: 'done', report, done: get().total });
    } catch (err) {
      if (mine === attempt && get().phase === 'searching') set({ phase: 'failed', error: errorMessage(err) });
    }
  },

  cancel: async () => {
    if (get().phase !== 'searching') return;
    // At once: the bar goes; the back end stops its workers and the search's answer (a refusal) is dropped.
    ++attempt;
    set({ phase: 'cancelled' });
    try {
      await api['hedges.cancel']({});
    } catch (err) {
      set({ error: errorMessage(err) });
    }
  },

  receive: (event) => {
    if (event.name !== 'hedges.progress' || get().phase !== 'searching') return;
    set({ done: Math.max(get().done, event.payload.done), total: event.payload.total });
  },
}));
