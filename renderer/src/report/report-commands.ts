import { api } from '../api/api';
import { routeHref } from '../routing/routes';
import { useReportStore } from './report-store';

/** The preview frame on the Report screen while it is shown. */
let preview: HTMLIFrameElement | null = null;
/** Print as soon as the preview is there (File › Print… from another screen). */
let printWhenShown = false;
let connected = false;

export function registerPreview(frame: HTMLIFrameElement | null): void {
  preview = frame;
}

/** Opens the browser's print dialog for the report (the preview frame holds exactly the report document). */
export function printPreview(): boolean {
  const target = preview?.contentWindow;
  if (!target) return false;
  target.print();
  return true;
}

/** Called when the preview has loaded a report: a Print asked for before it was there happens now. */
export function previewLoaded(): void {
  if (!printWhenShown) return;
  printWhenShown = false;
  printPreview();
}

const showReport = () => {
  const href = routeHref('report');
  if (!window.location.hash.startsWith(href)) window.location.hash = href;
};

/**
 * File › Export PDF… and File › Print… from the native menu (app.command 'export' / 'print'): both act on the
 * Report screen's report, opening the screen first when another one is shown. Connected once for the app.
 */
export function connectMenuCommands(): void {
  if (connected) return;
  connected = true;
  api.subscribe((event) => {
    if (event.name !== 'app.command') return;
    const { command } = event.payload;
    if (command === 'export') {
      showReport();
      void (async () => {
        const store = useReportStore.getState();
        if (store.selected.length === 0) await store.loadRuns();
        await useReportStore.getState().downloadPdf();
      })();
    }
    if (command === 'print') {
      showReport();
      if (!printPreview()) printWhenShown = true;
    }
  });
}
