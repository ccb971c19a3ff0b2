import type { Handlers, Paper, SavedRun } from '../../shared/api';
import { UserError } from '../../shared/api/dispatch';
import { exportCsv, exportJson } from '../../shared/export/run-csv';
import { slug } from '../../shared/export/run-tables';
import { t } from '../../shared/i18n/translate';
import type { ScoredScenario } from '../../shared/model/plausibility-odds';
import { buildReportHtml, footerLine } from '../../shared/report';
import type { BackendContext } from './context';
import type { PdfPrinter } from './pdf-printer';
import type { RunsService } from './runs-service';

/** `aftershock-report-<portfolio>-<run ids' first 8>.<ext>`: the same runs always give the same name. */
export function reportFileName(saved: readonly SavedRun[], ext: 'html' | 'pdf'): string {
  const kind = saved.length > 1 ? 'comparison' : 'report';
  const ids = saved.map((s) => slug(s.record.runId.slice(0, 8))).join('-');
  return `aftershock-${kind}-${slug(saved[0]?.record.meta.portfolioName ?? '')}-${ids}.${ext}`;
}

/**
 * Reports (HTML, PDF) and data exports (CSV, JSON) of saved runs, each read from its file with its portfolio snapshot;
 * `references` are the built-in scenarios' d, for scale.
 */
export function reportsHandlers(ctx: BackendContext, runs: RunsService, printPdf: PdfPrinter | undefined, references: readonly ScoredScenario[] = []) {
  const appName = t('app.name');
  const html = (saved: readonly SavedRun[], paper: Paper, footer: 'css' | 'printer') =>
    buildReportHtml({ runs: saved, paper, exportedAt: ctx.now().toISOString(), appName, footer, references });
  return {
    'reports.html': ({ runIds, paper }) => {
      const saved = runIds.map(runs.loadSaved);
      return { html: html(saved, paper, 'css'), fileName: reportFileName(saved, 'html') };
    },
    'reports.pdf': async ({ runIds, paper }) => {
      const saved = runIds.map(runs.loadSaved);
      if (!printPdf) throw new UserError('rejected', t('report.noPrinter'));
      const pdf = await printPdf(html(saved, paper, 'printer'), { paper, footerLine: footerLine(appName) });
      return { base64: Buffer.from(pdf).toString('base64'), fileName: reportFileName(saved, 'pdf') };
    },
    'exports.csv': ({ runId, what }) => exportCsv(runs.loadSaved(runId), what),
    'exports.json': ({ runId }) => exportJson(runs.loadSaved(runId)),
  } satisfies Partial<Handlers>;
}
