import type { Paper } from '../api/reports-api';
import type { RunWithInputs } from '../export/run-tables';
import type { ScoredScenario } from '../model/plausibility-odds';
import { t } from '../i18n/translate';
import { appendixSection } from './appendix-section';
import { assumptionsSection } from './assumptions-section';
import { comparisonSection } from './comparison-section';
import { coverSection } from './cover-section';
import { escapeHtml, h, render } from './html';
import { phaseOneSection } from './phase-one-section';
import { phaseTwoSection } from './phase-two-section';
import { reportRun } from './report-data';
import { reportLocale } from './report-format';
import { reportStyles } from './report-styles';
import { comparisonSummary, summarySection } from './summary-section';
import { scenarioName } from '../i18n/builtin-text';

export type ReportInput = {
  /** One run, or 2–4 to compare (in this order: A, B, C, D). */
  runs: readonly RunWithInputs[];
  paper: Paper;
  /** The only time-dependent text of the report (ISO 8601); everything else comes from the runs. */
  exportedAt: string;
  appName: string;
  /**
   * Who draws the page numbers and the disclaimer on every page: the page's own @page rules (a browser's Print,
   * the HTML file; the default), or the PDF printer's footer template ('printer').
   */
  footer?: 'css' | 'printer';
  /** The built-in scenarios' d, to put a run's plausibility in scale. */
  references?: readonly ScoredScenario[];
};

/** The disclaimer line of every page's footer. */
export const footerLine = (appName: string): string => t('report.footerLine', { app: appName });

/** The page counter text, e.g. “Page 3 of 12”, with the two numbers given as markup or CSS. */
export const pageOf = (page: string, pages: string): string => t('report.pageOf', { page, pages });

/** No scripts, no fetches: the page may only style itself and show inline images (a cited source's link opens only when clicked). */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The stress report as one self-contained HTML document: inline styles, inline SVG charts, every text escaped. */
export function buildReportHtml(input: ReportInput): string {
  if (input.runs.length < 1 || input.runs.length > 4) throw new Error(t('report.runCount'));
  const compare = input.runs.length > 1;
  const runs = input.runs.map((r, i) => reportRun(r, i, compare));
  const first = runs[0]!;
  const title = compare
    ? t('report.docTitleCompare', { count: runs.length, portfolio: first.record.meta.portfolioName })
    : t('report.docTitle', { portfolio: first.record.meta.portfolioName, scenario: scenarioName(first.record.meta.scenario) });
  const perRun = (run: (typeof runs)[number]) => [phaseOneSection(run), phaseTwoSection(run), assumptionsSection(run, input.references), appendixSection(run)];
  const body = h(
    'main',
    { class: 'report' },
    coverSection(runs, { appName: input.appName, exportedAt: input.exportedAt }),
    compare ? [comparisonSummary(runs), comparisonSection(runs)] : summarySection(first),
    runs.map(perRun),
  );
  const styles = reportStyles(input.paper, { cssFooter: input.footer !== 'printer', line: footerLine(input.appName), pageOf });
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(reportLocale())}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(`${input.appName} ${first.record.meta.appVersion}`)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${styles}</style>`,
    '</head>',
    `<body>${render(body)}</body>`,
    '</html>',
    '',
  ].join('\n');
}
