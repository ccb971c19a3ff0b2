import { Fragment, useId, useState, type ReactNode } from 'react';
import { allocateCents } from '../../../shared/domain/allocate-cents';
import type { RunResult } from '../../../shared/engine/run-result';
import { holdingReason } from '../../../shared/narrative/holding-reason';
import { ExposureAmountTable } from '../components/exposure-amount-table';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { reasonFormat } from './narrative-format';
import { attributionBasis, attributionTotal, exposureLossRows, holdingLossRows, lossText } from './results-model';

/** How many holdings the table shows until "show all". */
export const TOP_HOLDINGS = 20;

type Props = { result: RunResult; fmt: Formatters };

/**
 * Each part rounded to the cent so that the shown parts add up to the shown total exactly (largest remainder): the
 * parts of the expected loss add up to the mean loss, and the table must show it.
 */
function centsOf(parts: readonly number[], total: number): number[] {
  return allocateCents(parts, total).map((c) => c / 100);
}

/** Phase-one loss by exposure tag, largest first, with its share of the total loss and a total row. */
export function ExposureLossTable({ result, fmt, chart, chartHeight }: Props & { chart?: ReactNode; chartHeight?: number }) {
  const t = useT();
  const titleId = useId();
  const currency = result.meta.baseCurrency;
  const rows = exposureLossRows(result);
  const total = attributionTotal(result);
  const shown = centsOf(
    rows.map((r) => r.loss),
    total,
  );
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('results.byExposure.title')}</h2>
      {chart && (
        <div className="chart-box" style={{ height: chartHeight }} data-testid="exposure-loss-chart">
          {chart}
        </div>
      )}
      <ExposureAmountTable
        rows={rows.map((row, i) => ({ tag: row.key, amount: lossText(shown[i]!, fmt, t), tone: row.loss < 0 ? 'is-gain' : undefined, share: row.share }))}
        caption={t('results.byExposure.caption', { currency, basis: attributionBasis(result, fmt, t) })}
        heads={{ tag: t('results.byExposure.col.tag'), amount: t('results.col.loss', { currency }), share: t('results.byExposure.col.share') }}
        total={{ label: t('results.total'), amount: lossText(Math.round(total * 100) / 100, fmt, t), testId: 'loss-by-exposure-total' }}
        percent={fmt.percent}
        testId="loss-by-exposure"
        rowTestId="exposure-loss-row"
      />
    </section>
  );
}

/** One holding's row and, when opened, the numbers behind its reason. */
function HoldingRow({ result, row, amount, fmt }: { result: RunResult; row: ReturnType<typeof holdingLossRows>[number]; amount: number; fmt: Formatters }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const reason = holdingReason(result, row.index, reasonFormat(fmt), t);
  return (
    <Fragment>
      <tr data-testid="holding-loss-row" data-holding-id={row.holdingId}>
        <th scope="row" className="col-symbol">
          {row.symbol}
        </th>
        <td className="col-account">{row.account}</td>
        <td className={`num${row.loss < 0 ? ' is-gain' : ''}`}>{lossText(amount, fmt, t)}</td>
        <td className="num">{row.ofValue === null ? t('results.none') : fmt.percent(row.ofValue)}</td>
        <td className="col-why" data-testid="holding-reason">
          {reason ? reason.line : <span className="muted">{t('results.byHolding.noReason')}</span>}
          {reason && reason.details.length > 0 && (
            <button
              type="button"
              className="link-button why-toggle"
              aria-expanded={open}
              aria-controls={detailsId}
              aria-label={t('results.byHolding.detailsLabel', { symbol: row.symbol })}
              onClick={() => setOpen(!open)}
              data-testid="holding-reason-toggle"
            >
              {t('results.byHolding.details')}
            </button>
          )}
        </td>
      </tr>
      {open && reason && (
        <tr className="why-details-row" id={detailsId}>
          <td colSpan={5}>
            <dl className="why-details" data-testid="holding-reason-details">
              {reason.details.map((d, i) => (
                <div key={i}>
                  <dt>{d.label}</dt>
                  <dd className="num-text">{d.value}</dd>
                </div>
              ))}
            </dl>
          </td>
        </tr>
      )}
    </Fragment>
  );
}

/** Phase-one loss by holding, largest first, the top 20 until "show all", each with why; the total ties to the mean loss. */
export function HoldingLossTable({ result, fmt }: Props) {
  const t = useT();
  const titleId = useId();
  const [all, setAll] = useState(false);
  const currency = result.meta.baseCurrency;
  const rows = holdingLossRows(result);
  const total = attributionTotal(result);
  const amounts = centsOf(
    rows.map((r) => r.loss),
    total,
  );
  const shown = all ? rows : rows.slice(0, TOP_HOLDINGS);
  const more = rows.length > TOP_HOLDINGS;
  return (
    <section className="panel holding-loss-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('results.byHolding.title')}</h2>
      <table className="holdings compact summary-table" data-testid="loss-by-holding">
        <caption className="visually-hidden">{t('results.byHolding.caption', { currency, basis: attributionBasis(result, fmt, t) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.byHolding.col.symbol')}</th>
            <th scope="col">{t('results.byHolding.col.account')}</th>
            <th scope="col" className="num">
              {t('results.col.loss', { currency })}
            </th>
            <th scope="col" className="num">
              {t('results.byHolding.col.ofValue')}
            </th>
            <th scope="col">{t('results.byHolding.col.why')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <HoldingRow key={row.holdingId} result={result} row={row} amount={amounts[i]!} fmt={fmt} />
          ))}
        </tbody>
        {!more || all ? (
          <tfoot>
            <tr className="total-row">
              <th scope="row" colSpan={2}>
                {t('results.total')}
              </th>
              <td className="num" data-testid="loss-by-holding-total">
                {lossText(Math.round(total * 100) / 100, fmt, t)}
              </td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        ) : null}
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
