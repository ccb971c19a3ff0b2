import { Banner } from '../components/banner';
import { KeptFiles } from '../components/kept-files';
import { ScreenHeading } from '../components/screen-heading';
import { DropZone } from '../import/drop-zone';
import { useImportStore } from '../import/import-store';
import { useT } from '../i18n/use-t';
import { OverrideEditor } from '../overrides/override-editor';
import { usePortfolioStore } from './portfolio-store';
import { AccountSummary } from '../summary/account-summary-panel';
import { ExposureSummary } from '../summary/exposure-summary-panel';
import { HoldingsTable } from './holdings-table';
import { PortfolioActions } from './portfolio-actions';
import { PortfolioNotes } from './portfolio-notes';
import { PortfolioPicker } from './portfolio-picker';
import { WhatIfPanel } from '../what-if/what-if-panel';

/** The book: import and manage portfolios, the holdings with their exposures, and the summaries. A file can be dropped anywhere on it. */
export function PortfolioScreen() {
  const t = useT();
  const { portfolios, currentId, view, status, error } = usePortfolioStore();
  const select = usePortfolioStore((s) => s.select);
  const reload = usePortfolioStore((s) => s.reload);
  const done = useImportStore((s) => s.done);
  const showPicker = portfolios.length > 1 || (portfolios.length > 0 && view === null);
  return (
    <DropZone testId="screen-portfolio">
      <ScreenHeading
        aside={
          <div className="screen-tools">
            {showPicker && <PortfolioPicker portfolios={portfolios} currentId={currentId} onSelect={(id) => void select(id)} />}
            <PortfolioActions view={view} />
          </div>
        }
      >
        {t('portfolio.title')}
      </ScreenHeading>
      {view !== null && !showPicker && <p className="portfolio-name">{view.portfolio.name}</p>}
      <KeptFiles what="portfolio" testId="portfolio-kept" />
      <p className="import-done" role="status" data-testid="import-done">
        {done ? t('import.imported', { count: done.count, name: done.name }) : ''}
      </p>
      {error !== null && (
        <Banner
          kind="error"
          testId="portfolio-error"
          onRetry={reload}
        >
          {error}
        </Banner>
      )}
      {(status === 'idle' || status === 'loading') && <p className="muted">{t('common.loading')}</p>}
      {status === 'empty' && <p className="placeholder">{t('portfolio.empty')}</p>}
      {view !== null && (
        <>
          <WhatIfPanel view={view} />
          <PortfolioNotes view={view} />
          <HoldingsTable view={view} />
          <div className="summaries">
            <ExposureSummary valuation={view.valuation} />
            <AccountSummary view={view} />
          </div>
        </>
      )}
      <OverrideEditor />
    </DropZone>
  );
}
