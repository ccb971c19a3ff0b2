import { create } from 'zustand';
import type { RunRecord } from '../../../shared/api/runs-api';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** Which saved runs are compared (in the order picked) and their records; it outlives the screen. */
export type CompareStore = {
  selected: string[];
  records: Record<string, RunRecord>;
  /** A run whose record could not be read, as a sentence. */
  error: string | null;
  toggle: (runId: string) => Promise<void>;
  /** Compares exactly these runs (a what-if beside the run it was made from), their records fetched. */
  showRuns: (runIds: readonly string[]) => Promise<void>;
  /** Drops runs that are no longer saved. */
  keepOnly: (runIds: readonly string[]) => void;
};

export const useCompareStore = create<CompareStore>()((set, get) => ({
  selected: [],
  records: {},
  error: null,

  toggle: async (runId) => {
    const { selected } = get();
    if (selected.includes(runId)) {
      set({ selected: selected.filter((id) => id !== runId), error: null });
      return;
    }
    if (selected.length >= MAX_COMPARED) return;
    set({ selected: [...selected, runId], error: null });
    if (get().records[runId]) return;
    try {
      const record = await api['runs.get']({ runId });
      set({ records: { ...get().records, [runId]: record } });
    } catch (err) {
      set({ selected: get().selected.filter((id) => id !== runId), error: errorMessage(err) });
    }
  },

  showRuns: async (runIds) => {
    const wanted = [...new Set(runIds)].slice(0, MAX_COMPARED);
    set({ selected: wanted, error: null });
    try {
      const missing = wanted.filter((id) => !get().records[id]);
      const fetched = await Promise.all(missing.map((runId) => api['runs.get']({ runId })));
      set({ records: { ...get().records, ...Object.fromEntries(fetched.map((r) => [r.runId, r])) } });
    } catch (err) {
      set({ selected: get().selected.filter((id) => get().records[id]), error: errorMessage(err) });
    }
  },

  keepOnly: (runIds) => {
    const { selected } = get();
    const kept = selected.filter((id) => runIds.includes(id));
    if (kept.length !== selected.length) set({ selected: kept });
  },
}));

/** The records of the picked runs that have arrived, in the order picked. */
export function selectedRecords(state: Pick<CompareStore, 'selected' | 'records'>): RunRecord[] {
  return state.selected.flatMap((id) => {
    const record = state.records[id];
    return record ? [record] : [];
  });
}
