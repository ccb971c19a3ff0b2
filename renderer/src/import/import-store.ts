import { create } from 'zustand';
import type { ColumnMappingInput, ImportPreview } from '../../../shared/api/imports-api';
import type { ImportText } from '../../../shared/domain/import-text';
import { sentence } from '../../../shared/import/import-messages';
import { refusalOf } from '../../../shared/import/issue-text';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { useAppStore } from '../stores/app-store';
import { usePortfolioStore } from '../portfolio/portfolio-store';
import { readAsBase64, sizeProblem } from './file-reading';
import { canMapColumns } from './mapping-model';

export type OkPreview = Extract<ImportPreview, { ok: true }>;
export type ImportFile = { fileName: string; dataBase64: string };
/** A new portfolio (name null = the back end's default, made unique) or the replacement of an existing one's holdings. */
export type ImportTarget = { kind: 'new'; name: string | null } | { kind: 'replace'; id: string };

/** Where the import flow stands; 'closed' = no dialog. Nothing is saved before confirm. A reason is rendered when shown (issueText), in the language of that moment. */
export type ImportStep =
  | { kind: 'closed' }
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; file: ImportFile; preview: OkPreview }
  | { kind: 'mapping'; file: ImportFile; columns: string[]; reason: ImportText | null; mapping: ColumnMappingInput | null; previous: OkPreview | null }
  | { kind: 'rejected'; fileName: string; reason: ImportText };

export type ImportStore = {
  step: ImportStep;
  /** A preview or confirm call is on its way. */
  busy: boolean;
  /** A call that failed (not a refusal of the file): shown in the dialog, which stays open. */
  error: string | null;
  /** Set after a confirmed import, for the status line on the Portfolio screen. */
  done: { name: string; count: number } | null;
  showChooser: () => void;
  openFile: (file: File) => Promise<void>;
  previewWith: (mapping: ColumnMappingInput) => Promise<void>;
  adjustColumns: () => void;
  backToPreview: () => void;
  confirm: (target: ImportTarget) => Promise<void>;
  cancel: () => void;
};

/** Counts flows so that a file read or answer arriving after Cancel (or a newer file) is dropped. */
let flow = 0;

const locale = () => useAppStore.getState().settings?.locale ?? 'en-US';

export const useImportStore = create<ImportStore>()((set, get) => {
  async function preview(file: ImportFile, mapping: ColumnMappingInput | undefined, previous: OkPreview | null, id: number) {
    set({ busy: true, error: null });
    try {
      const answer = await api['imports.preview']({ ...file, ...(mapping ? { mapping } : {}) });
      if (id !== flow) return;
      if (answer.ok) set({ step: { kind: 'preview', file, preview: answer }, busy: false });
      else if (canMapColumns(answer)) {
        const step = { kind: 'mapping' as const, file, columns: answer.columns, reason: refusalOf(answer), mapping: mapping ?? null, previous };
        set({ step, busy: false });
      } else set({ step: { kind: 'rejected', fileName: file.fileName, reason: refusalOf(answer) }, busy: false });
    } catch (err) {
      if (id === flow) set({ busy: false, error: errorMessage(err) });
    }
  }

  return {
    step: { kind: 'closed' },
    busy: false,
    error: null,
    done: null,

    showChooser: () => {
      flow++;
      set({ step: { kind: 'choose' }, busy: false, error: null, done: null });
    },

    openFile: async (file) => {
      const id = ++flow;
      set({ done: null, error: null, busy: false });
      const tooLarge = sizeProblem(file, locale());
      if (tooLarge !== null) return set({ step: { kind: 'rejected', fileName: file.name, reason: tooLarge } });
      set({ step: { kind: 'reading', fileName: file.name } });
      let dataBase64: string;
      try {
        dataBase64 = await readAsBase64(file);
      } catch (err) {
        if (id !== flow) return;
        const reason = sentence('import.readFailed', { fileName: file.name, details: errorMessage(err) });
        return set({ step: { kind: 'rejected', fileName: file.name, reason } });
      }
      if (id === flow) await preview({ fileName: file.name, dataBase64 }, undefined, null, id);
    },

    previewWith: async (mapping) => {
      const step = get().step;
      if (step.kind !== 'mapping') return;
      await preview(step.file, mapping, step.previous, flow);
    },

    adjustColumns: () => {
      const step = get().step;
      if (step.kind !== 'preview') return;
      const { preview: p, file } = step;
      set({ step: { kind: 'mapping', file, columns: p.columns, reason: null, mapping: p.mapping, previous: p }, error: null });
    },

    backToPreview: () => {
      const step = get().step;
      if (step.kind === 'mapping' && step.previous) set({ step: { kind: 'preview', file: step.file, preview: step.previous }, error: null });
    },

    confirm: async (target) => {
      const step = get().step;
      if (step.kind !== 'preview' || get().busy) return;
      const id = flow;
      set({ busy: true, error: null });
      try {
        const input = target.kind === 'replace' ? { replaceId: target.id } : target.name === null ? {} : { name: target.name.trim() };
        const view = await api['imports.confirm']({ previewId: step.preview.previewId, ...input });
        if (id === flow) {
          flow++;
          set({ step: { kind: 'closed' }, busy: false, done: { name: view.portfolio.name, count: view.portfolio.holdings.length } });
        }
        // Saved even if the dialog was closed meanwhile: show what the back end now holds.
        await usePortfolioStore.getState().opened(view);
      } catch (err) {
        if (id === flow) set({ busy: false, error: errorMessage(err) });
      }
    },

    cancel: () => {
      flow++;
      set({ step: { kind: 'closed' }, busy: false, error: null });
    },
  };
});
