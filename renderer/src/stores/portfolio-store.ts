import { create } from 'zustand';
import type { PortfolioSummary, PortfolioView } from '../../../shared/api/portfolios-api';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

export type PortfolioStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

export type PortfolioStore = {
  portfolios: PortfolioSummary[];
  currentId: string | null;
  view: PortfolioView | null;
  status: PortfolioStatus;
  error: string | null;
  /** Loads the list and the open portfolio, valued in the current base currency. */
  reload: () => Promise<void>;
  select: (id: string) => Promise<void>;
};

/** Counts requests so that an answer overtaken by a newer request is dropped. */
let latest = 0;

export const usePortfolioStore = create<PortfolioStore>()((set, get) => ({
  portfolios: [],
  currentId: null,
  view: null,
  status: 'idle',
  error: null,

  reload: async () => {
    const request = ++latest;
    // Keep showing the current view while re-valuing; only the first load shows the loading state.
    set({ status: get().view === null ? 'loading' : get().status, error: null });
    try {
      const list = await api['portfolios.list']({});
      if (request !== latest) return;
      if (list.portfolios.length === 0 || list.currentId === null) {
        // Nothing imported yet, or nothing open: the screen offers the import or the picker.
        const status = list.portfolios.length === 0 ? 'empty' : 'ready';
        set({ portfolios: list.portfolios, currentId: list.currentId, view: null, status });
        return;
      }
      const view = await api['portfolios.get']({ id: list.currentId });
      if (request !== latest) return;
      set({ portfolios: list.portfolios, currentId: list.currentId, view, status: 'ready' });
    } catch (err) {
      if (request !== latest) return;
      set({ status: 'error', error: errorMessage(err) });
    }
  },

  select: async (id) => {
    const request = ++latest;
    set({ error: null });
    try {
      const view = await api['portfolios.select']({ id });
      if (request !== latest) return;
      set({ currentId: id, view, status: 'ready' });
    } catch (err) {
      if (request === latest) set({ status: 'error', error: errorMessage(err) });
    }
  },
}));
