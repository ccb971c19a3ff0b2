import { create } from 'zustand';
import type { CsvTable, Paper } from '../../../shared/api/reports-api';
import type { RunSummary } from '../../../shared/api/runs-api';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { translate } from '../i18n/translate';
import { fromBase64, saveFile } from './download';

export const MAX_COMPARED = 4;

export type Status = 'idle' | 'loading' | 'ready' | 'error';
export type Busy = 'pdf' | 'html' | 'csv' | 'json' | null;

export type ReportStore = {
  runs: RunSummary[];
  runsStatus: Status;
  runsError: string | null;
  /** The chosen runs in order (the first is run A, the one the data exports use); at most four. */
  selected: string[];
  paper: Paper;
  csvWhat: CsvTable;
  html: string | null;
  previewStatus: Status;
  previewError: string | null;
  busy: Busy;
  /** The last export's outcome: what was saved, or why it failed. */
  notice: { kind: 'info' | 'error'; text: string } | null;
  loadRuns: () => Promise<void>;
  toggleRun: (runId: string) => void;
  setPaper: (paper: Paper) => void;
  setCsvWhat: (what: CsvTable) => void;
  loadPreview: () => Promise<void>;
  downloadPdf: () => Promise<void>;
  downloadHtml: () => Promise<void>;
  exportCsv: () => Promise<void>;
  exportJson: () => Promise<void>;
};

/** Counts preview requests so that an answer overtaken by a newer choice is dropped. */
let latestPreview = 0;

/** Adds or removes a run; a fifth run is refused (the oldest choice stays). */
export function toggled(selected: readonly string[], runId: string): string[] {
  if (selected.includes(runId)) return selected.filter((id) => id !== runId);
  return selected.length >= MAX_COMPARED ? [...selected] : [...selected, runId];
}

export const useReportStore = create<ReportStore>()((set, get) => {
  /** Runs one export at a time and reports how it went. */
  const exporting = async (busy: Exclude<Busy, null>, work: () => Promise<string>) => {
    if (get().busy !== null || get().selected.length === 0) return;
    set({ busy, notice: null });
    try {
      const fileName = await work();
      set({ notice: { kind: 'info', text: translate('report.ui.saved', { fileName }) } });
    } catch (err) {
      set({ notice: { kind: 'error', text: errorMessage(err) } });
    } finally {
      set({ busy: null });
    }
  };
  return {
    runs: [],
    runsStatus: 'idle',
    runsError: null,
    selected: [],
    paper: 'a4',
    csvWhat: 'holdings',
    html: null,
    previewStatus: 'idle',
    previewError: null,
    busy: null,
    notice: null,

    loadRuns: async () => {
      set({ runsStatus: get().runs.length === 0 ? 'loading' : get().runsStatus, runsError: null });
      try {
        const runs = await api['runs.list']({});
        const known = new Set(runs.map((r) => r.runId));
        const kept = get().selected.filter((id) => known.has(id));
        const selected = kept.length > 0 ? kept : runs[0] ? [runs[0].runId] : [];
        const changed = selected.join() !== get().selected.join();
        set({ runs, runsStatus: 'ready', selected });
        if (changed || get().html === null) await get().loadPreview();
      } catch (err) {
        set({ runsStatus: 'error', runsError: errorMessage(err) });
      }
    },

    toggleRun: (runId) => {
      set({ selected: toggled(get().selected, runId), notice: null });
      void get().loadPreview();
    },

    setPaper: (paper) => {
      set({ paper });
      void get().loadPreview();
    },

    setCsvWhat: (csvWhat) => set({ csvWhat }),

    loadPreview: async () => {
      const request = ++latestPreview;
      const { selected, paper } = get();
      if (selected.length === 0) {
        set({ html: null, previewStatus: 'idle', previewError: null });
        return;
      }
      set({ previewStatus: 'loading', previewError: null });
      try {
        const { html } = await api['reports.html']({ runIds: selected, paper });
        if (request === latestPreview) set({ html, previewStatus: 'ready' });
      } catch (err) {
        if (request === latestPreview) set({ previewStatus: 'error', previewError: errorMessage(err) });
      }
    },

    downloadPdf: () =>
      exporting('pdf', async () => {
        const { base64, fileName } = await api['reports.pdf']({ runIds: get().selected, paper: get().paper });
        saveFile(fromBase64(base64), fileName, 'application/pdf');
        return fileName;
      }),

    downloadHtml: () =>
      exporting('html', async () => {
        const { html, fileName } = await api['reports.html']({ runIds: get().selected, paper: get().paper });
        saveFile(html, fileName, 'text/html;charset=utf-8');
        return fileName;
      }),

    exportCsv: () =>
      exporting('csv', async () => {
        const { text, fileName } = await api['exports.csv']({ runId: get().selected[0]!, what: get().csvWhat });
        saveFile(text, fileName, 'text/csv;charset=utf-8');
        return fileName;
      }),

    exportJson: () =>
      exporting('json', async () => {
        const { text, fileName } = await api['exports.json']({ runId: get().selected[0]! });
        saveFile(text, fileName, 'application/json');
        return fileName;
      }),
  };
});
