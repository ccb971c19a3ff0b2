import { create } from 'zustand';
import type { ScenarioSummary } from '../../../shared/api/runs-api';
import { scenarioPlausibility } from '../../../shared/model/plausibility-odds';
import { DEFAULT_RESOURCES } from '../../../shared/model/default-resources';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { sortSummaries } from './library-model';
import type { Reference } from './plausibility';

export type LibraryStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The scenario library: built-ins and yours, the search, and the built-ins' plausibility (computed once). */
export type LibraryStore = {
  summaries: ScenarioSummary[];
  status: LibraryStatus;
  error: string | null;
  query: string;
  references: Reference[] | null;
  referencesError: string | null;
  load: () => Promise<void>;
  setQuery: (query: string) => void;
};

/** d (sigma) of each built-in, as the engine scores it in phase one; the score does not depend on the book. */
async function loadReferences(summaries: readonly ScenarioSummary[]): Promise<Reference[]> {
  const builtIns = summaries.filter((s) => s.builtIn);
  const scenarios = await Promise.all(builtIns.map((s) => api['scenarios.get']({ id: s.id })));
  return scenarios.map((scenario) => ({ id: scenario.id, name: scenario.name, sigma: scenarioPlausibility(scenario, DEFAULT_RESOURCES.factorModel).sigma }));
}

let latest = 0;
/** The built-ins do not change while the app runs: their scores are computed once. */
let referencesAsked = false;

export const useLibraryStore = create<LibraryStore>()((set, get) => ({
  summaries: [],
  status: 'idle',
  error: null,
  query: '',
  references: null,
  referencesError: null,

  load: async () => {
    const request = ++latest;
    set({ status: get().summaries.length === 0 ? 'loading' : get().status, error: null });
    try {
      const summaries = sortSummaries(await api['scenarios.list']({}));
      if (request !== latest) return;
      set({ summaries, status: 'ready' });
      if (referencesAsked) return;
      referencesAsked = true;
      try {
        set({ references: await loadReferences(summaries), referencesError: null });
      } catch (err) {
        referencesAsked = false;
        set({ referencesError: errorMessage(err) });
      }
    } catch (err) {
      if (request === latest) set({ status: 'error', error: errorMessage(err) });
    }
  },

  setQuery: (query) => set({ query }),
}));
