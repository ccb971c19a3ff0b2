import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { TOP_TRADES, tradeText } from './hedge-plan';
import type { HedgeReport } from './hedges-store';

type Props = {
  report: HedgeReport;
  currency: string;
  fmt: Formatters;
  /** Apply the candidate at this rank as a what-if; disabled while one is being made. */
  onApply: (index: number) => void;
  applying: boolean;
};

/** The top trades: ES before → after, removed, per unit of notional, cost, margin-call odds before → after; each can be applied. */
export function HedgeTable({ report, currency, fmt, onApply, applying }: Props) {
  const t = useT();
  const top = report.candidates.slice(0, TOP_TRADES);
  return (
    <div className="table-wrap">
      <table className="holdings hedge-table" data-testid="hedge-table">
        <caption className="visually-hidden">{t('hedge.ui.caption', { count: fmt.number(top.length) })}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('hedge.ui.col.rank')}
            </th>
            <th scope="col">{t('cli.hedge.col.trade')}</th>
            <th scope="col" className="num">
              {t('hedge.ui.col.notional', { currency })}
            </th>
            <th scope="col" className="num">
              {t('hedge.ui.col.esAfter', { before: fmt.moneyUnits(report.esBefore) })}
            </th>
            <th scope="col" className="num">
              {t('hedge.ui.col.cut', { currency })}
            </th>
            <th scope="col" className="num">
              {t('hedge.ui.col.perNotional', { currency })}
            </th>
            <th scope="col" className="num">
              {t('hedge.ui.col.cost', { currency })}
            </th>
            <th scope="col" className="num">
              {t('hedge.ui.col.margin')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('hedge.ui.col.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {top.map((c, i) => {
            const cut = c.esBefore - c.esAfter;
            const label = tradeText(c.trade, fmt, t);
            return (
              <tr key={`${c.trade.kind}-${c.trade.symbol}-${i}`} data-testid="hedge-row" data-es-after={c.esAfter}>
                <td className="num">{fmt.number(i + 1)}</td>
                <th scope="row">{label}</th>
                <td className="num">{fmt.moneyUnits(Math.round(c.notional))}</td>
                <td className="num">{fmt.moneyUnits(c.esAfter)}</td>
                <td className={`num${cut > 0 ? ' is-gain' : cut < 0 ? ' is-negative' : ''}`}>{fmt.moneyUnits(cut)}</td>
                <td className="num">{fmt.number(c.esCutPerNotional, 3)}</td>
                <td className="num">{fmt.moneyUnits(c.cost)}</td>
                <td className="num nowrap">{t('hedge.ui.arrow', { before: fmt.percent(c.marginCallBefore), after: fmt.percent(c.marginCallAfter) })}</td>
                <td>
                  <button type="button" className="small" disabled={applying} onClick={() => onApply(i)} aria-label={t('hedge.ui.applyLabel', { trade: label })} data-testid="hedge-apply">
                    {t('hedge.ui.apply')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
