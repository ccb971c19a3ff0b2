/**
 * A real back end with a portfolio of its own open, for previewing fuzz cases through imports.preview as the UI does,
 * and for checking afterwards that no preview changed the open portfolio, the list of portfolios or the data file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ApiCallError, ImportPreview } from '../../shared/api';
import { fixture, freshDataDir, openBackend } from '../integration/backend-helpers';
import { lineCount, previewProblems, type CaseResult } from './check-outcome';
import type { ImportCase } from './import-cases';

export type FuzzBackend = {
  /** One case through imports.preview: its time, a crash (an internal error, or the internal refusal) and broken promises. */
  preview: (c: ImportCase) => Promise<CaseResult>;
  /** What changed in the open portfolio, the portfolio list or the data file since the back end was opened; [] = nothing. */
  changes: () => Promise<string[]>;
  dispose: () => void;
};

export async function openFuzzBackend(): Promise<FuzzBackend> {
  const dir = freshDataDir();
  const api = openBackend(dir);
  const opened = await api['imports.preview']({ fileName: 'schwab-positions.csv', dataBase64: fixture('ok/schwab-positions.csv') });
  if (!opened.ok) throw new Error(opened.reason);
  await api['imports.confirm']({ previewId: opened.previewId, name: 'Fuzz book' });
  const dataFile = join(dir, 'aftershock.json');
  const snapshot = async () => ({
    current: JSON.stringify(await api['portfolios.get']({})),
    list: JSON.stringify(await api['portfolios.list']({})),
    file: readFileSync(dataFile, 'utf8'),
  });
  const before = await snapshot();

  const preview = async (c: ImportCase): Promise<CaseResult> => {
    const dataBase64 = Buffer.from(c.bytes).toString('base64');
    const start = performance.now();
    try {
      const answer = await api['imports.preview']({ fileName: c.fileName, dataBase64, ...(c.mapping ? { mapping: c.mapping } : {}) });
      const ms = performance.now() - start;
      const parsed = ImportPreview.safeParse(answer);
      if (!parsed.success) return { ms, crash: null, problems: [`the preview does not match its schema: ${parsed.error.issues[0]?.message}`], ok: answer.ok };
      return { ms, ...previewProblems(parsed.data, lineCount(c.bytes)), ok: parsed.data.ok };
    } catch (err) {
      const ms = performance.now() - start;
      const internal = !(err instanceof ApiCallError) || err.error.code === 'internal';
      const said = err instanceof Error ? err.message : String(err);
      return internal ? { ms, crash: `imports.preview failed: ${said}`, problems: [], ok: false } : { ms, crash: null, problems: [`imports.preview refused the call: ${said}`], ok: false };
    }
  };

  const changes = async (): Promise<string[]> => {
    const now = await snapshot();
    return (['current', 'list', 'file'] as const).filter((k) => now[k] !== before[k]).map((k) => ({ current: 'the open portfolio changed', list: 'the list of portfolios changed', file: 'the data file changed' })[k]);
  };
  return { preview, changes, dispose: api.dispose };
}
