import { useId } from 'react';
import { CSV_TABLES, PAPER_SIZES, type CsvTable } from '../../../shared/api/reports-api';
import { useT } from '../i18n/use-t';
import { useReportStore } from './report-store';
import { scenarioName } from '../../../shared/i18n/builtin-text';

/** Paper size, then what to do with the report: PDF, Print, HTML; and the data exports of run A. */
export function ReportActions({ onPrint }: { onPrint: () => void }) {
  const t = useT();
  const ids = { csv: useId(), exportsHint: useId() };
  const { paper, busy, selected, csvWhat, html, runs } = useReportStore();
  const { setPaper, setCsvWhat, downloadPdf, downloadHtml, exportCsv, exportJson } = useReportStore();
  const none = selected.length === 0;
  const first = runs.find((r) => r.runId === selected[0]);
  return (
    <div className="report-actions">
      <fieldset className="field report-paper">
        <legend>{t('report.ui.paper')}</legend>
        <div className="segmented">
          {PAPER_SIZES.map((size) => (
            <label key={size} className={size === paper ? 'is-selected' : undefined}>
              <input type="radio" name="report-paper" value={size} checked={size === paper} onChange={() => setPaper(size)} data-testid={`report-paper-${size}`} />
              {t(`report.ui.paper.${size}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="report-buttons" role="group" aria-label={t('report.ui.reportActions')}>
        <button type="button" className="primary" disabled={none || busy !== null} onClick={() => void downloadPdf()} data-testid="report-download-pdf">
          {busy === 'pdf' ? t('report.ui.making') : t('report.ui.downloadPdf')}
        </button>
        <button type="button" disabled={none || html === null} onClick={onPrint} data-testid="report-print">
          {t('report.ui.print')}
        </button>
        <button type="button" disabled={none || busy !== null} onClick={() => void downloadHtml()} data-testid="report-download-html">
          {t('report.ui.downloadHtml')}
        </button>
      </div>
      <div className="report-buttons" role="group" aria-label={t('report.ui.dataActions')} aria-describedby={ids.exportsHint}>
        <label htmlFor={ids.csv} className="visually-hidden">
          {t('export.ui.what')}
        </label>
        <select id={ids.csv} value={csvWhat} onChange={(e) => setCsvWhat(e.target.value as CsvTable)} disabled={none} data-testid="export-csv-what">
          {CSV_TABLES.map((what) => (
            <option key={what} value={what}>
              {t(`export.ui.what.${what}`)}
            </option>
          ))}
        </select>
        <button type="button" disabled={none || busy !== null} onClick={() => void exportCsv()} data-testid="export-csv">
          {t('export.ui.csv')}
        </button>
        <button type="button" disabled={none || busy !== null} onClick={() => void exportJson()} data-testid="export-json">
          {t('export.ui.json')}
        </button>
        <p className="hint" id={ids.exportsHint}>
          {first ? t('export.ui.hint', { scenario: scenarioName({ id: first.scenarioId, name: first.scenarioName }), portfolio: first.portfolioName }) : ''}
        </p>
      </div>
    </div>
  );
}
