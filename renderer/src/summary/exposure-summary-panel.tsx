import { useId } from 'react';
import type { PortfolioValuation } from '../../../shared/domain/valuation';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { ExposureChart } from './exposure-chart';
import { exposureRows } from './exposure-summary';

/** The book by exposure tag: a bar chart and, for reading and for tests, the same figures as a table. */
export function ExposureSummary({ valuation }: { valuation: PortfolioValuation }) {
  const t = useT();
  const headingId = useId();
  const currency = valuation.baseCurrency;
  const fmt = useFormatters(currency);
  const rows = exposureRows(valuation);
  return (
    <section className="panel" aria-labelledby={headingId} data-testid="exposure-summary">
      <h2 id={headingId}>{t('summary.exposure.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('summary.exposure.empty')}</p>
      ) : (
        <>
          <ExposureChart rows={rows} currency={currency} />
          <table className="holdings compact summary-table" data-testid="exposure-table">
            <caption className="visually-hidden">{t('summary.exposure.tableCaption', { currency })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('summary.exposure.col.tag')}</th>
                <th scope="col" className="num">
                  {t('summary.exposure.col.value', { currency })}
                </th>
                <th scope="col" className="num">
                  {t('summary.exposure.col.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.tag} data-tag={row.tag} data-testid="exposure-row">
                  <th scope="row">
                    <span className={`chip chip-${row.tag} chip-static`}>
                      <span className="chip-dot" aria-hidden="true" />
                      {t(`exposure.${row.tag}`)}
                    </span>
                  </th>
                  <td className={`num${row.cents < 0 ? ' is-negative' : ''}`}>{fmt.money(row.cents)}</td>
                  <td className="num">{row.share === null ? t('common.none') : fmt.percent(row.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
