import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiClient, type ApiClient } from '../../shared/api';
import { chromiumPrinter } from '../../electron/backend/chromium-printer';
import { confStoreFactory } from '../../electron/backend/conf-store';
import type { WorkerLauncher } from '../../electron/backend/engine-pool';
import { forkLauncher } from '../../electron/backend/fork-launcher';
import type { PdfPrinter } from '../../electron/backend/pdf-printer';
import { startBackend } from '../../electron/backend/start-backend';

export const appRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixture = (path: string): string => readFileSync(join(appRoot, 'tests/fixtures/import', path)).toString('base64');
export const freshDataDir = (): string => mkdtempSync(join(tmpdir(), 'aftershock-it-'));

/**
 * A real back end over a conf store in `dataDir`, reached through the typed client as the UI would; PDFs print through
 * Chromium as in the CLI; `workerSilenceMs` is the engine pool's silence limit (its default when absent).
 */
export function openBackend(
  dataDir: string,
  launchWorker: WorkerLauncher = forkLauncher(appRoot),
  printPdf: PdfPrinter | undefined = chromiumPrinter(),
  workerSilenceMs?: number,
): ApiClient & { dispose: () => void } {
  const backend = startBackend({ appRoot, dataDir, host: 'cli', storeFactory: confStoreFactory, log: () => {}, launchWorker, printPdf, workerSilenceMs });
  const api = createApiClient({ invoke: (name, input) => backend.call(name, input), subscribe: backend.onEvent });
  return Object.assign(api, { dispose: backend.dispose });
}

/** Starts a run and resolves with how it ended (and the first progress seen), as the UI would see it. */
export async function runAndWait(
  api: ApiClient,
  request: Parameters<ApiClient['runs.start']>[0],
  onFirstProgress?: (runId: string) => void,
  how: 'start' | 'rerun' = 'start',
  rerunId = '',
) {
  const ends = new Map<string, { status: string; message?: string }>();
  let seenProgress = false;
  let wake = () => {};
  let runId = '';
  const off = api.subscribe((e) => {
    if (e.name === 'runs.progress' && e.payload.runId === runId && !seenProgress && e.payload.pathsDone > 0) {
      seenProgress = true;
      onFirstProgress?.(runId);
    }
    if (e.name === 'runs.finished') {
      ends.set(e.payload.runId, e.payload);
      wake();
    }
  });
  try {
    runId = (how === 'rerun' ? await api['runs.rerun']({ runId: rerunId }) : await api['runs.start'](request)).runId;
    while (!ends.has(runId)) await new Promise<void>((r) => (wake = r));
    return { runId, ...ends.get(runId)!, seenProgress };
  } finally {
    off();
  }
}
