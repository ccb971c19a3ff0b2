import type { Portfolio } from '../../../shared/domain/portfolio';
import type { PortfolioValuation } from '../../../shared/domain/valuation';
import { useFormatters } from '../format/use-formatters';
import { BondCaption, PriceCell, QuantityCell } from '../holdings/unit-cells';
import { useT } from '../i18n/use-t';
import { ExposureChips } from '../portfolio/exposure-chips';

type PreviewHoldingsProps = { portfolio: Portfolio; valuation: PortfolioValuation };

/** Every holding the file gave, as it would be imported: value in the base currency and exposure with its source. */
export function PreviewHoldings({ portfolio, valuation }: PreviewHoldingsProps) {
  const t = useT();
  const fmt = useFormatters(valuation.baseCurrency);
  const none = t('common.none');
  const byId = new Map(valuation.rows.map((r) => [r.holdingId, r]));
  return (
    <section aria-labelledby="import-holdings-title">
      <h3 id="import-holdings-title">{t('import.holdingsTitle')}</h3>
      <div className="table-wrap">
        <table className="holdings compact" data-testid="import-holdings">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('import.col.line')}
              </th>
              <th scope="col">{t('portfolio.col.symbol')}</th>
              <th scope="col">{t('portfolio.col.name')}</th>
              <th scope="col">{t('portfolio.col.account')}</th>
              <th scope="col" className="num">
                {t('portfolio.col.quantity')}
              </th>
              <th scope="col" className="num">
                {t('portfolio.col.price')}
              </th>
              <th scope="col" className="num">
                {t('portfolio.col.value', { currency: valuation.baseCurrency })}
              </th>
              <th scope="col">{t('portfolio.col.exposure')}</th>
            </tr>
          </thead>
          <tbody>
            {portfolio.holdings.map((h) => {
              const value = byId.get(h.id)?.valueBaseCents ?? null;
              return (
                <tr key={h.id} data-testid="import-holding" className={value === null ? 'is-excluded' : undefined}>
                  <td className="num muted">{h.line ?? none}</td>
                  <th scope="row" className="col-symbol">
                    {h.symbol}
                  </th>
                  <td className="col-name" title={h.name}>
                    {h.name}
                  </td>
                  <td className="col-account">{h.account}</td>
                  <QuantityCell holding={h} fmt={fmt} />
                  <PriceCell holding={h} fmt={fmt} />
                  <td className={`num${value !== null && value < 0 ? ' is-negative' : ''}`}>
                    {value === null ? (
                      <>
                        <span className="badge badge-nofx">{t('portfolio.noFx')}</span>
                        <span className="muted">{fmt.moneyIn(h.marketValueCents, h.currency)}</span>
                      </>
                    ) : (
                      fmt.money(value)
                    )}
                  </td>
                  <td className="col-exposure">
                    <ExposureChips exposures={h.exposures} fmt={fmt} showSource />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <BondCaption holdings={portfolio.holdings} />
    </section>
  );
}
