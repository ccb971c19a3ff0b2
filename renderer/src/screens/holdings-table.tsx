import type { PortfolioView } from '../../../shared/api/portfolios-api';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { HoldingRow } from './holding-row';

const LABEL_SPAN = 5;
const AFTER_VALUE_SPAN = 2;
const totalClass = (cents: number) => `num${cents < 0 ? ' is-negative' : ''}`;
type Formatters = ReturnType<typeof useFormatters>;

/** The holdings with their base-currency values and exposures, and the book's totals underneath. */
export function HoldingsTable({ view }: { view: PortfolioView }) {
  const t = useT();
  const { portfolio, valuation } = view;
  const fmt = useFormatters(valuation.baseCurrency);
  const rows = new Map(valuation.rows.map((r) => [r.holdingId, r]));
  const currency = valuation.baseCurrency;
  return (
    <div className="table-wrap">
      <table className="holdings" data-testid="holdings-table">
        <thead>
          <tr>
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
              {t('portfolio.col.value', { currency })}
            </th>
            <th scope="col" className="num">
              {t('portfolio.col.weight')}
            </th>
            <th scope="col">{t('portfolio.col.exposure')}</th>
          </tr>
        </thead>
        <tbody>
          {portfolio.holdings.map((h) => (
            <HoldingRow key={h.id} holding={h} valuation={rows.get(h.id)} fmt={fmt} />
          ))}
        </tbody>
        <tfoot>
          <TotalRow label={t('portfolio.grossLong')} cents={valuation.grossLongBaseCents} testId="portfolio-gross-long" fmt={fmt} />
          {valuation.shortBaseCents !== 0 && (
            <TotalRow label={t('portfolio.shorts')} cents={valuation.shortBaseCents} testId="portfolio-shorts" fmt={fmt} />
          )}
          <TotalRow label={t('portfolio.loans')} cents={valuation.loanBaseCents} testId="portfolio-loans" fmt={fmt} />
          <TotalRow label={t('portfolio.total')} cents={valuation.totalBaseCents} testId="portfolio-total" fmt={fmt} net />
        </tfoot>
      </table>
    </div>
  );
}

type TotalRowProps = { label: string; cents: number; testId: string; fmt: Formatters; net?: boolean };

function TotalRow({ label, cents, testId, fmt, net = false }: TotalRowProps) {
  return (
    <tr className={net ? 'total-net' : undefined}>
      <th scope="row" colSpan={LABEL_SPAN}>
        {label}
      </th>
      <td className={totalClass(cents)} data-testid={testId}>
        {fmt.money(cents)}
      </td>
      <td colSpan={AFTER_VALUE_SPAN} />
    </tr>
  );
}
