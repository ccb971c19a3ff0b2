import { create } from 'zustand';
import type { Scenario } from '../../../shared/domain/scenario';
import { DEFAULT_RESOURCES } from '../../../shared/model/default-resources';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { scenarioToDraft, type Draft } from './draft';
import { useLibraryStore } from './library-store';

export type EditorStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The open scenario: as saved, and as being edited. It outlives the screen, so leaving and coming back keeps the draft. */
export type EditorStore = {
  selectedId: string | null;
  /** The scenario as the back end has it. */
  saved: Scenario | null;
  builtIn: boolean;
  draft: Draft | null;
  dirty: boolean;
  status: EditorStatus;
  error: string | null;
  /** Set while a save, rename, delete, duplicate or import is on its way. */
  busy: boolean;
  /** What the last action said: an error sentence, or a notice ("Saved."). */
  actionError: string | null;
  notice: string | null;
  open: (id: string) => Promise<void>;
  /** Shows a scenario the back end just answered with (saved, duplicated, imported). */
  show: (scenario: Scenario, notice?: string | null) => void;
  edit: (change: (draft: Draft) => Draft) => void;
  close: () => void;
};

let latest = 0;

export const useEditorStore = create<EditorStore>()((set, get) => ({
  selectedId: null,
  saved: null,
  builtIn: false,
  draft: null,
  dirty: false,
  status: 'idle',
  error: null,
  busy: false,
  actionError: null,
  notice: null,

  open: async (id) => {
    const request = ++latest;
    set({ selectedId: id, status: 'loading', error: null, actionError: null, notice: null });
    try {
      const scenario = await api['scenarios.get']({ id });
      if (request !== latest) return;
      get().show(scenario, null);
    } catch (err) {
      if (request === latest) set({ status: 'error', error: errorMessage(err), draft: null, saved: null });
    }
  },

  show: (scenario, notice = null) => {
    ++latest;
    const builtIn = useLibraryStore.getState().summaries.some((s) => s.id === scenario.id && s.builtIn);
    set({
      selectedId: scenario.id,
      saved: scenario,
      builtIn,
      draft: scenarioToDraft(scenario, DEFAULT_RESOURCES.regimes),
      dirty: false,
      status: 'ready',
      error: null,
      actionError: null,
      notice,
    });
  },

  edit: (change) => {
    const { draft, builtIn } = get();
    if (draft === null || builtIn) return;
    set({ draft: change(draft), dirty: true, notice: null });
  },

  close: () => {
    ++latest;
    set({ selectedId: null, saved: null, draft: null, dirty: false, status: 'idle', error: null, actionError: null });
  },
}));
