import { useId } from 'react';
import type { PortfolioValuation } from '../../../shared/domain/valuation';
import { ExposureAmountTable } from '../components/exposure-amount-table';
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
          <ExposureAmountTable
            rows={rows.map((row) => ({ tag: row.tag, amount: fmt.money(row.cents), tone: row.cents < 0 ? 'is-negative' : undefined, share: row.share }))}
            caption={t('summary.exposure.tableCaption', { currency })}
            heads={{ tag: t('summary.exposure.col.tag'), amount: t('summary.exposure.col.value', { currency }), share: t('summary.exposure.col.share') }}
            percent={fmt.percent}
            testId="exposure-table"
            rowTestId="exposure-row"
          />
        </>
      )}
    </section>
  );
}
