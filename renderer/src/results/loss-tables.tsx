import { useId, useState, type ReactNode } from 'react';
import type { RunResult } from '../../../shared/engine/run-result';
import { ExposureAmountTable } from '../components/exposure-amount-table';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { exposureLossRows, holdingLossRows, lossText } from './results-model';

/** How many holdings the table shows until "show all". */
export const TOP_HOLDINGS = 20;

type Props = { result: RunResult; fmt: Formatters };

/** Phase-one loss by exposure tag, largest first, with its share of the total loss; the bar chart above it shows the same. */
export function ExposureLossTable({ result, fmt, chart, chartHeight }: Props & { chart?: ReactNode; chartHeight?: number }) {
  const t = useT();
  const titleId = useId();
  const currency = result.meta.baseCurrency;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('results.byExposure.title')}</h2>
      {chart && (
        <div className="chart-box" style={{ height: chartHeight }} data-testid="exposure-loss-chart">
          {chart}
        </div>
      )}
      <ExposureAmountTable
        rows={exposureLossRows(result).map((row) => ({ tag: row.key, amount: lossText(row.loss, fmt, t), tone: row.loss < 0 ? 'is-gain' : undefined, share: row.share }))}
        caption={t('results.byExposure.caption', { currency })}
        heads={{ tag: t('results.byExposure.col.tag'), amount: t('results.col.loss', { currency }), share: t('results.byExposure.col.share') }}
        percent={fmt.percent}
        testId="loss-by-exposure"
        rowTestId="exposure-loss-row"
      />
    </section>
  );
}

/** Phase-one loss by holding, largest first, the top 20 until "show all". */
export function HoldingLossTable({ result, fmt }: Props) {
  const t = useT();
  const titleId = useId();
  const [all, setAll] = useState(false);
  const currency = result.meta.baseCurrency;
  const rows = holdingLossRows(result);
  const shown = all ? rows : rows.slice(0, TOP_HOLDINGS);
  const more = rows.length > TOP_HOLDINGS;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('results.byHolding.title')}</h2>
      <table className="holdings compact summary-table" data-testid="loss-by-holding">
        <caption className="visually-hidden">{t('results.byHolding.caption', { currency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.byHolding.col.symbol')}</th>
            <th scope="col">{t('results.byHolding.col.account')}</th>
            <th scope="col" className="num">
              {t('results.col.loss', { currency })}
            </th>
            <th scope="col" className="num">
              {t('results.byHolding.col.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.holdingId} data-testid="holding-loss-row">
              <th scope="row" className="col-symbol">
                {row.symbol}
              </th>
              <td className="col-account">{row.account}</td>
              <td className={`num${row.loss < 0 ? ' is-gain' : ''}`}>{lossText(row.loss, fmt, t)}</td>
              <td className="num">{row.share === null ? t('results.none') : fmt.percent(row.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more && (
        <div className="table-more">
          <span className="muted">
            {all ? null : t('results.byHolding.shown', { shown: fmt.number(TOP_HOLDINGS), count: fmt.number(rows.length) })}
          </span>
          <button type="button" onClick={() => setAll(!all)} aria-expanded={all} data-testid="holding-loss-toggle">
            {all ? t('results.byHolding.showTop', { count: fmt.number(TOP_HOLDINGS) }) : t('results.byHolding.showAll', { count: fmt.number(rows.length) })}
          </button>
        </div>
      )}
    </section>
  );
}
