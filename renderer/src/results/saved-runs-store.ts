import { create } from 'zustand';
import type { RunSummary } from '../../../shared/api/runs-api';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { useRunStore } from './run-store';

/**
 * The saved runs (newest first), shared by Results and Compare. Every finished run is saved by the back end;
 * the list reloads when one finishes. Opening one shows its record exactly as saved.
 */
export type SavedRunsStore = {
  runs: RunSummary[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** The run being opened (its record on its way). */
  opening: string | null;
  /** A failed open or delete, as a sentence. */
  actionError: string | null;
  load: () => Promise<void>;
  open: (runId: string) => Promise<void>;
  /** Opens the newest saved run when nothing is shown and no run is under way (the screen's first visit). */
  openLatestIfIdle: () => Promise<void>;
  rerun: (runId: string) => Promise<void>;
  /** Deletes a saved run; answers the error sentence, or null. */
  remove: (runId: string) => Promise<string | null>;
};

let unsubscribe: (() => void) | null = null;
/** Counts list requests so that an answer overtaken by a newer one is dropped. */
let latest = 0;

/** Reloads the list whenever a run finishes (it has just been saved). */
export function connectSavedRuns(): void {
  unsubscribe ??= api.subscribe((event) => {
    if (event.name === 'runs.finished' && event.payload.status === 'done') void useSavedRunsStore.getState().load();
  });
}

/** For tests: forget the subscription. */
export function resetSavedRuns(): void {
  unsubscribe?.();
  unsubscribe = null;
}

export const useSavedRunsStore = create<SavedRunsStore>()((set, get) => ({
  runs: [],
  status: 'idle',
  error: null,
  opening: null,
  actionError: null,

  load: async () => {
    const request = ++latest;
    set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
    try {
      const runs = await api['runs.list']({});
      if (request === latest) set({ runs, status: 'ready' });
    } catch (err) {
      if (request === latest) set({ status: 'error', error: errorMessage(err) });
    }
  },

  open: async (runId) => {
    set({ opening: runId, actionError: null });
    try {
      const record = await api['runs.get']({ runId });
      if (get().opening === runId) useRunStore.getState().show(record);
    } catch (err) {
      if (get().opening === runId) set({ actionError: errorMessage(err) });
    } finally {
      if (get().opening === runId) set({ opening: null });
    }
  },

  openLatestIfIdle: async () => {
    const idle = () => useRunStore.getState().phase === 'idle' && useRunStore.getState().record === null && get().opening === null;
    if (!idle()) return;
    await get().load();
    const newest = get().runs[0];
    if (newest && idle()) await get().open(newest.runId);
  },

  rerun: async (runId) => {
    set({ actionError: null });
    const shown = useRunStore.getState().record;
    try {
      const original = shown?.runId === runId ? shown : await api['runs.get']({ runId });
      await useRunStore.getState().rerun(original);
    } catch (err) {
      set({ actionError: errorMessage(err) });
    }
  },

  remove: async (runId) => {
    try {
      await api['runs.delete']({ runId });
      useRunStore.getState().forget(runId);
      set({ runs: get().runs.filter((r) => r.runId !== runId), actionError: null });
      void get().load();
      return null;
    } catch (err) {
      return errorMessage(err);
    }
  },
}));
