import { create } from 'zustand';
import type { ExposureTag } from '../../../shared/domain/exposure';
import { nextSort, type SortKey, type SortState } from './holdings-sort';

/** How the holdings table is sorted and filtered; kept while the book is re-valued or another one is opened. */
export type HoldingsViewStore = {
  sort: SortState;
  text: string;
  tag: ExposureTag | '';
  sortBy: (key: SortKey) => void;
  setText: (text: string) => void;
  setTag: (tag: ExposureTag | '') => void;
  clearFilter: () => void;
};

export const useHoldingsViewStore = create<HoldingsViewStore>()((set) => ({
  sort: null,
  text: '',
  tag: '',
  sortBy: (key) => set((s) => ({ sort: nextSort(s.sort, key) })),
  setText: (text) => set({ text }),
  setTag: (tag) => set({ tag }),
  clearFilter: () => set({ text: '', tag: '' }),
}));
