import type { PortfolioView } from '../../../shared/api/portfolios-api';
import { formatName } from '../../../shared/import/format-names';
import { Banner } from '../components/banner';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { useOverrideStore } from '../overrides/override-store';
import { FX_SETTINGS_HREF } from '../routing/routes';
import { isUnclassified } from './holding-row';

/** Where the book came from, how big it is, what is missing from its totals, and what is not classified. */
export function PortfolioNotes({ view }: { view: PortfolioView }) {
  const t = useT();
  const fmt = useFormatters();
  const openEditor = useOverrideStore((s) => s.open);
  const { portfolio, valuation } = view;
  const unclassified = portfolio.holdings.filter(isUnclassified);
  const symbols = [...new Map(unclassified.map((h) => [h.symbol, h])).values()];
  return (
    <>
      <p className="source-line" data-testid="portfolio-source">
        {t('portfolio.source', {
          fileName: portfolio.source.fileName,
          format: formatName(portfolio.source.format, t),
          date: fmt.dateTime(portfolio.source.importedAt),
        })}
        <span className="dot-sep" aria-hidden="true" />
        {t('portfolio.holdingsCount', { count: portfolio.holdings.length })}
      </p>
      {valuation.missingFx.length > 0 && (
        <Banner
          kind="warning"
          testId="missing-fx"
          action={
            <a className="banner-link" href={FX_SETTINGS_HREF} data-testid="missing-fx-link">
              {t('portfolio.missingFxLink')}
            </a>
          }
        >
          {t('portfolio.missingFx', { currencies: valuation.missingFx.join(', ') })}
        </Banner>
      )}
      {unclassified.length > 0 && (
        <Banner kind="warning" testId="unclassified-note">
          <p className="banner-line">{t('portfolio.unclassifiedCount', { count: unclassified.length })}</p>
          <p className="banner-line unclassified-list">
            {t('portfolio.unclassifiedList')}
            {symbols.map((h) => (
              <button
                key={h.symbol}
                type="button"
                className="symbol-button"
                onClick={() => openEditor({ symbol: h.symbol, exposures: h.exposures })}
                data-testid="unclassified-symbol"
              >
                {h.symbol}
              </button>
            ))}
          </p>
        </Banner>
      )}
    </>
  );
}
