import { create } from 'zustand';
import type { PortfolioSummary, PortfolioView } from '../../../shared/api/portfolios-api';
import type { ExposureTag } from '../../../shared/domain/exposure';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

export type PortfolioStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** A change answers null when it worked, or the sentence saying why it did not (shown where it was asked). */
export type ChangeResult = Promise<string | null>;

export type PortfolioStore = {
  portfolios: PortfolioSummary[];
  currentId: string | null;
  view: PortfolioView | null;
  status: PortfolioStatus;
  error: string | null;
  /** Loads the list and the open portfolio, valued in the current base currency. */
  reload: () => Promise<void>;
  select: (id: string) => Promise<void>;
  /** Shows a portfolio the back end just saved and opened (after an import), and refreshes the list. */
  opened: (view: PortfolioView) => Promise<void>;
  /** Sets (or with null removes) the exposure override of a symbol, in every portfolio. */
  setOverride: (symbol: string, exposures: Array<{ tag: ExposureTag; weight: number }> | null) => ChangeResult;
  rename: (id: string, name: string) => ChangeResult;
  remove: (id: string) => ChangeResult;
};

/** Counts requests so that an answer overtaken by a newer request is dropped. */
let latest = 0;

const summaryOf = (view: PortfolioView): PortfolioSummary => ({
  id: view.portfolio.id,
  name: view.portfolio.name,
  holdingsCount: view.portfolio.holdings.length,
  updatedAt: view.portfolio.updatedAt,
  ...(view.portfolio.whatIfOf ? { whatIfOf: view.portfolio.whatIfOf.name } : {}),
});

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

  opened: async (view) => {
    ++latest;
    const others = get().portfolios.filter((p) => p.id !== view.portfolio.id);
    set({ view, currentId: view.portfolio.id, portfolios: [...others, summaryOf(view)], status: 'ready', error: null });
    await get().reload();
  },

  setOverride: async (symbol, exposures) => {
    try {
      const view = await api['portfolios.setOverride']({ symbol, exposures });
      ++latest;
      set({ view, currentId: view.portfolio.id, status: 'ready' });
      return null;
    } catch (err) {
      return errorMessage(err);
    }
  },

  rename: async (id, name) => {
    try {
      const view = await api['portfolios.rename']({ id, name });
      const portfolios = get().portfolios.map((p) => (p.id === id ? summaryOf(view) : p));
      set(get().currentId === id ? { portfolios, view } : { portfolios });
      return null;
    } catch (err) {
      return errorMessage(err);
    }
  },

  remove: async (id) => {
    try {
      await api['portfolios.delete']({ id });
      await get().reload();
      return null;
    } catch (err) {
      return errorMessage(err);
    }
  },
}));
