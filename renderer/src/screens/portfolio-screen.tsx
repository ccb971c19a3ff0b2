import type { PortfolioView } from '../../../shared/api/portfolios-api';
import { Banner } from '../components/banner';
import { ScreenHeading } from '../components/screen-heading';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { usePortfolioStore } from '../stores/portfolio-store';
import { HoldingsTable } from './holdings-table';
import { isUnclassified } from './holding-row';
import { PortfolioPicker } from './portfolio-picker';

/** Where the book came from, how big it is, and what is missing from its totals. */
function PortfolioSummaryLines({ view }: { view: PortfolioView }) {
  const t = useT();
  const fmt = useFormatters();
  const { portfolio, valuation } = view;
  const unclassified = portfolio.holdings.filter(isUnclassified).length;
  return (
    <>
      <p className="source-line" data-testid="portfolio-source">
        {t('portfolio.source', {
          fileName: portfolio.source.fileName,
          format: portfolio.source.format,
          date: fmt.dateTime(portfolio.source.importedAt),
        })}
        <span className="dot-sep" aria-hidden="true" />
        {t('portfolio.holdingsCount', { count: portfolio.holdings.length })}
      </p>
      {valuation.missingFx.length > 0 && (
        <Banner kind="warning" testId="missing-fx">
          {t('portfolio.missingFx', { currencies: valuation.missingFx.join(', ') })}
        </Banner>
      )}
      {unclassified > 0 && (
        <Banner kind="warning" testId="unclassified-note">
          {t('portfolio.unclassifiedCount', { count: unclassified })}
        </Banner>
      )}
    </>
  );
}

export function PortfolioScreen() {
  const t = useT();
  const { portfolios, currentId, view, status, error } = usePortfolioStore();
  const select = usePortfolioStore((s) => s.select);
  const reload = usePortfolioStore((s) => s.reload);
  const showPicker = portfolios.length > 1 || (portfolios.length > 0 && view === null);
  return (
    <section className="screen" data-testid="screen-portfolio">
      <ScreenHeading
        aside={showPicker && <PortfolioPicker portfolios={portfolios} currentId={currentId} onSelect={(id) => void select(id)} />}
      >
        {t('portfolio.title')}
      </ScreenHeading>
      {view !== null && !showPicker && <p className="portfolio-name">{view.portfolio.name}</p>}
      {error !== null && (
        <Banner
          kind="error"
          testId="portfolio-error"
          action={
            <button type="button" onClick={() => void reload()}>
              {t('common.retry')}
            </button>
          }
        >
          {error}
        </Banner>
      )}
      {(status === 'idle' || status === 'loading') && <p className="muted">{t('common.loading')}</p>}
      {status === 'empty' && <p className="placeholder">{t('portfolio.empty')}</p>}
      {view !== null && (
        <>
          <PortfolioSummaryLines view={view} />
          <HoldingsTable view={view} />
        </>
      )}
    </section>
  );
}
