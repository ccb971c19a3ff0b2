import { create } from 'zustand';
import type { ReverseAnswerOutput, ReverseTargetInput } from '../../../shared/api/stress-api';
import type { Scenario } from '../../../shared/domain/scenario';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { translate } from '../i18n/translate';
import { SCENARIOS_HREF } from '../routing/routes';
import { useEditorStore } from '../scenarios/editor-store';
import { useLibraryStore } from '../scenarios/library-store';
import type { TargetKind } from './reverse-model';
import { navigate } from '../routing/navigate';

export const DEFAULT_TEMPLATE = 'ai-capex-bust-ease';

/** What an answer was asked for: on which book, for which target, with which template. */
export type ReverseAsk = { portfolioId: string; portfolioName: string; target: ReverseTargetInput; templateId: string };

/** The Reverse tab: the target as typed, the answer of the last solve, and whether it was saved. It outlives the screen. */
export type ReverseStore = {
  kind: TargetKind;
  shareText: string;
  amountText: string;
  /** The cash target's amount and day. */
  cashText: string;
  dayText: string;
  templateId: string;
  status: 'idle' | 'solving' | 'done' | 'error';
  answer: ReverseAnswerOutput | null;
  asked: ReverseAsk | null;
  error: string | null;
  /** The answer as saved in the library (scenarios.save answered), once it is. */
  saved: Scenario | null;
  saving: boolean;
  saveError: string | null;
  setKind: (kind: TargetKind) => void;
  setShareText: (text: string) => void;
  setAmountText: (text: string) => void;
  setCashText: (text: string) => void;
  setDayText: (text: string) => void;
  setTemplateId: (id: string) => void;
  solve: (ask: ReverseAsk) => Promise<void>;
  /** Saves the answer as a scenario of yours (once); answers it, or null when that failed. */
  save: () => Promise<Scenario | null>;
  /** Saves it (if not yet) and opens it in the Library tab's editor. */
  openInEditor: () => Promise<void>;
};

let latest = 0;

export const useReverseStore = create<ReverseStore>()((set, get) => ({
  kind: 'share',
  shareText: '25',
  amountText: '',
  cashText: '',
  dayText: '10',
  templateId: DEFAULT_TEMPLATE,
  status: 'idle',
  answer: null,
  asked: null,
  error: null,
  saved: null,
  saving: false,
  saveError: null,

  setKind: (kind) => set({ kind }),
  setShareText: (shareText) => set({ shareText }),
  setAmountText: (amountText) => set({ amountText }),
  setCashText: (cashText) => set({ cashText }),
  setDayText: (dayText) => set({ dayText }),
  setTemplateId: (templateId) => set({ templateId }),

  solve: async (ask) => {
    const request = ++latest;
    set({ status: 'solving', error: null, saveError: null });
    try {
      const answer = await api['reverse.solve']({ portfolioId: ask.portfolioId, templateId: ask.templateId, target: ask.target });
      if (request === latest) set({ status: 'done', answer, asked: ask, saved: null });
    } catch (err) {
      if (request === latest) set({ status: 'error', error: errorMessage(err) });
    }
  },

  save: async () => {
    const { answer, saved } = get();
    if (saved) return saved;
    if (!answer?.reached) return null;
    set({ saving: true, saveError: null });
    try {
      const scenario = await api['scenarios.save']({ scenario: answer.scenario });
      // The Results screen's picker and Compare read the library: it has one more scenario.
      await useLibraryStore.getState().load();
      if (get().answer === answer) set({ saved: scenario });
      return scenario;
    } catch (err) {
      set({ saveError: errorMessage(err) });
      return null;
    } finally {
      set({ saving: false });
    }
  },

  openInEditor: async () => {
    const scenario = await get().save();
    if (!scenario) return;
    // Unsaved changes in the editor are not thrown away: the answer is saved, and the library lists it.
    if (useEditorStore.getState().dirty) return set({ saveError: translate('reverse.ui.editorDirty', { name: scenario.name }) });
    useEditorStore.getState().show(scenario, translate('reverse.ui.openedNotice'));
    navigate(SCENARIOS_HREF);
  },
}));
