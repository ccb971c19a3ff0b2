import { create } from 'zustand';
import type { ExposureWeight } from '../../../shared/domain/exposure';
import { usePortfolioStore } from '../portfolio/portfolio-store';
import type { TagWeight } from './blend-draft';

export type OverrideTarget = { symbol: string; exposures: ExposureWeight[] };

/** The exposure override editor: which symbol it is open for, and its save in progress. */
export type OverrideStore = {
  target: OverrideTarget | null;
  saving: boolean;
  error: string | null;
  open: (target: OverrideTarget) => void;
  close: () => void;
  /** Saves the override (null removes it); closes the editor when the back end accepted it. */
  save: (exposures: TagWeight[] | null) => Promise<void>;
};

export const useOverrideStore = create<OverrideStore>()((set, get) => ({
  target: null,
  saving: false,
  error: null,
  open: (target) => set({ target, saving: false, error: null }),
  close: () => set({ target: null, saving: false, error: null }),
  save: async (exposures) => {
    const target = get().target;
    if (target === null || get().saving) return;
    set({ saving: true, error: null });
    const error = await usePortfolioStore.getState().setOverride(target.symbol, exposures);
    if (get().target !== target) return;
    set(error === null ? { target: null, saving: false } : { saving: false, error });
  },
}));
