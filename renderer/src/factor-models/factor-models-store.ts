import { create } from 'zustand';
import { MAX_HISTORY_CHARS, type FactorModelSummary } from '../../../shared/api/factor-models-api';
import { decodeText } from '../../../shared/import/decode-text';
import type { FitResult, ModelComparison } from '../../../shared/model/fit/fit-types';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { translate } from '../i18n/translate';
import { draftOptions, INITIAL_DRAFT, type FitDraft } from './fit-draft';

/** A saved model opened from the list: its comparison with the defaults. */
export type ShownModel = { summary: FactorModelSummary; comparison: ModelComparison };

export type FactorModelsStore = {
  saved: FactorModelSummary[];
  listStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** A failed call of this section, in the reader's language. */
  error: string | null;
  file: { name: string; text: string } | null;
  draft: FitDraft;
  fitting: boolean;
  result: FitResult | null;
  shown: ShownModel | null;
  /** The sentence after a save. */
  note: string | null;
  loadList: () => Promise<void>;
  chooseFile: (file: File) => Promise<void>;
  setDraft: (patch: Partial<FitDraft>) => void;
  /** Answers null when saved, else the sentence saying why not. */
  save: (name: string) => Promise<string | null>;
  remove: (id: string) => Promise<string | null>;
  show: (id: string) => Promise<void>;
};

/** Counts fits, so an answer overtaken by a newer request is dropped. */
let latest = 0;

export const useFactorModelsStore = create<FactorModelsStore>()((set, get) => {
  const refit = async () => {
    const { file, draft } = get();
    const options = draftOptions(draft);
    if (file === null || options === null) return;
    const request = ++latest;
    set({ fitting: true, error: null, note: null });
    try {
      const result = await api['factorModels.fit']({ fileName: file.name, text: file.text, options });
      if (request === latest) set({ result, fitting: false, shown: null });
    } catch (err) {
      if (request === latest) set({ fitting: false, error: errorMessage(err) });
    }
  };
  return {
    saved: [],
    listStatus: 'idle',
    error: null,
    file: null,
    draft: INITIAL_DRAFT,
    fitting: false,
    result: null,
    shown: null,
    note: null,

    loadList: async () => {
      set({ listStatus: get().saved.length === 0 ? 'loading' : get().listStatus });
      try {
        set({ saved: await api['factorModels.list']({}), listStatus: 'ready' });
      } catch (err) {
        set({ listStatus: 'error', error: errorMessage(err) });
      }
    },

    chooseFile: async (file) => {
      if (file.size > MAX_HISTORY_CHARS) return set({ error: translate('models.tooLarge', { file: file.name }) });
      const { text } = decodeText(new Uint8Array(await file.arrayBuffer()));
      // A new file brings new columns: the mapping of the last one does not apply.
      set({ file: { name: file.name, text }, draft: { ...get().draft, mapping: {} }, result: null, shown: null });
      await refit();
    },

    setDraft: (patch) => {
      set({ draft: { ...get().draft, ...patch } });
      void refit();
    },

    save: async (name) => {
      const { file, draft } = get();
      const options = draftOptions(draft);
      if (file === null || options === null) return null;
      const existing = get().saved.find((m) => m.name === name);
      try {
        const saved = await api['factorModels.save']({ fileName: file.name, text: file.text, options, name, ...(existing ? { replaceId: existing.id } : {}) });
        set({ note: translate(existing ? 'models.replaced' : 'models.saved', { name: saved.name }) });
        await get().loadList();
        return null;
      } catch (err) {
        return errorMessage(err);
      }
    },

    remove: async (id) => {
      try {
        await api['factorModels.delete']({ id });
        if (get().shown?.summary.id === id) set({ shown: null });
        await get().loadList();
        return null;
      } catch (err) {
        return errorMessage(err);
      }
    },

    show: async (id) => {
      try {
        const { summary, comparison } = await api['factorModels.get']({ id });
        set({ shown: { summary, comparison }, error: null });
      } catch (err) {
        set({ error: errorMessage(err) });
      }
    },
  };
});
