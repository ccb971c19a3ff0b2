import { useCallback, useEffect } from 'react';
import { Banner } from '../components/banner';
import { ScreenHeading } from '../components/screen-heading';
import { useT } from '../i18n/use-t';
import { routeHref } from '../routing/routes';
import '../styles/report.css';
import { ReportActions } from './report-actions';
import { connectMenuCommands, previewLoaded, printPreview, registerPreview } from './report-commands';
import { useReportStore } from './report-store';
import { RunPicker } from './run-picker';

/**
 * The sandbox of the preview: no scripts (the report has none), same origin only so that Print can reach the
 * frame's window, modals so that its print dialog may open.
 */
const PREVIEW_SANDBOX = 'allow-same-origin allow-modals';

// The menu's Export PDF… and Print… work from any screen: they open this one.
connectMenuCommands();

/** Report: choose a saved run (or 2–4 to compare) and the paper, see the report, save it as PDF or HTML, print it, export its data. */
export function ReportScreen() {
  const t = useT();
  const { runsStatus, runsError, runs, html, previewStatus, previewError, notice } = useReportStore();
  const loadRuns = useReportStore((s) => s.loadRuns);

  const print = useCallback(() => void printPreview(), []);

  useEffect(() => {
    void loadRuns();
  }, [loadRuns]);

  return (
    <section className="screen report-screen" data-testid="screen-report">
      <ScreenHeading>{t('report.ui.title')}</ScreenHeading>
      {runsStatus === 'error' && (
        <Banner kind="error" onRetry={loadRuns} testId="report-runs-error">
          {runsError}
        </Banner>
      )}
      {runsStatus === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {runsStatus === 'ready' && runs.length === 0 && (
        <p className="placeholder" data-testid="report-empty">
          {t('report.ui.noRuns')} <a href={routeHref('results')}>{t('report.ui.toResults')}</a>
        </p>
      )}
      {runs.length > 0 && (
        <div className="report-layout">
          <div className="report-controls">
            <RunPicker />
            <ReportActions onPrint={print} />
            {notice && (
              <Banner kind={notice.kind} testId="report-notice">
                {notice.text}
              </Banner>
            )}
          </div>
          <div className="report-preview" aria-busy={previewStatus === 'loading'}>
            {previewStatus === 'error' && (
              <Banner kind="error" testId="report-preview-error">
                {previewError}
              </Banner>
            )}
            {html !== null && (
              <iframe ref={registerPreview} title={t('report.ui.preview')} sandbox={PREVIEW_SANDBOX} srcDoc={html} onLoad={previewLoaded} data-testid="report-preview" />
            )}
            {html === null && previewStatus === 'loading' && <p className="muted">{t('report.ui.rendering')}</p>}
          </div>
        </div>
      )}
    </section>
  );
}
