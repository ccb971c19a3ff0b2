import type { LadderView } from '../../../../shared/charts/ladder-view';
import type { Formatters } from '../../format/format';
import { useT } from '../../i18n/use-t';

type Props = { view: LadderView; fmt: Formatters; currency: string };

/** Cash raisable by day 1 … 365, net of impact cost, the free cash once a margin loan is repaid, and the cost. */
export function LadderSummaryTable({ view, fmt, currency }: Props) {
  const t = useT();
  const owed = view.deduction;
  return (
    <table className="holdings compact summary-table" data-testid="liquidity-ladder">
      <caption className="visually-hidden">{t('results.ladder.caption', { currency })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.ladder.col.day')}</th>
          <th scope="col" className="num">
            {t('results.ladder.col.cash', { currency })}
          </th>
          {owed && (
            <th scope="col" className="num">
              {t('charts.ladder.col.free', { currency })}
            </th>
          )}
          <th scope="col" className="num">
            {t('results.ladder.col.cost', { currency })}
          </th>
        </tr>
      </thead>
      <tbody>
        {view.rows.map((row, i) => (
          <tr key={row.day} data-testid="ladder-row">
            <th scope="row">{t('results.ladder.day', { day: fmt.number(row.day) })}</th>
            <td className="num">{fmt.moneyUnits(row.cash)}</td>
            {owed && <td className="num">{fmt.moneyUnits(owed.free[i] ?? 0)}</td>}
            <td className="num">{fmt.moneyUnits(row.cost)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Row({ label, values, fmt, className }: { label: string; values: number[]; fmt: Formatters; className?: string }) {
  return (
    <tr className={className}>
      <th scope="row">{label}</th>
      {values.map((v, i) => (
        <td key={i} className="num">
          {fmt.moneyUnits(v)}
        </td>
      ))}
    </tr>
  );
}

/**
 * The ladder's table alternative, in the chart's legend order (top of the stack first): cash raisable by day for
 * each exposure, the total, the margin loan repaid out of it and the free cash left (when there is a loan), the cost.
 */
export function LadderExposureTable({ view, fmt, currency }: Props) {
  const t = useT();
  const owed = view.deduction;
  return (
    <table className="holdings compact summary-table" data-testid="ladder-table">
      <caption className="visually-hidden">{t('results.ladderChart.caption', { currency })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.byExposure.col.tag')}</th>
          {view.days.map((day) => (
            <th key={day} scope="col" className="num">
              {t('results.ladder.day', { day: fmt.number(day) })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.stacks.map((stack) => (
          <Row key={stack.tag} label={t(`exposure.${stack.tag}`)} values={stack.values} fmt={fmt} />
        ))}
        <Row label={t('results.ladderChart.total')} values={view.rows.map((r) => r.cash)} fmt={fmt} className="is-total" />
        {owed && (
          <>
            <Row label={t('charts.ladder.minusLoan')} values={view.rows.map(() => -owed.loan)} fmt={fmt} />
            <Row label={t('charts.ladder.free')} values={owed.free} fmt={fmt} className="is-total" />
          </>
        )}
        <Row label={t('results.ladderChart.cost')} values={view.rows.map((r) => r.cost)} fmt={fmt} />
      </tbody>
    </table>
  );
}
