import type { Holding } from '../../../shared/domain/holding';
import type { HoldingValuation } from '../../../shared/domain/valuation';
import type { Formatters } from '../format/format';
import { PriceCell, QuantityCell } from '../holdings/unit-cells';
import { useT } from '../i18n/use-t';
import { ExposureChips } from './exposure-chips';

export const isUnclassified = (h: Holding): boolean => h.exposures.some((e) => e.tag === 'unclassified');

type HoldingRowProps = {
  holding: Holding;
  valuation: HoldingValuation | undefined;
  fmt: Formatters;
  /** Opens the exposure override editor for this holding's symbol. */
  onEditExposure?: () => void;
};

/** One line of the book: a loan carries its badge; a holding with no FX rate shows its own-currency value, left out of totals. */
export function HoldingRow({ holding: h, valuation, fmt, onEditExposure }: HoldingRowProps) {
  const t = useT();
  const none = t('common.none');
  const value = valuation?.valueBaseCents ?? null;
  const weight = valuation?.weight ?? null;
  const loan = valuation?.isLoan ?? false;
  const classes = ['holding-row'];
  if (isUnclassified(h)) classes.push('is-unclassified');
  if (loan) classes.push('is-loan');
  if (value === null) classes.push('is-excluded');
  return (
    <tr className={classes.join(' ')} data-testid="holding-row" data-holding-id={h.id}>
      <th scope="row" className="col-symbol">
        <span className="symbol">{h.symbol}</span>
        {loan && <span className="badge badge-loan">{t('portfolio.loanBadge')}</span>}
      </th>
      <td className="col-name" title={h.name}>
        {h.name}
      </td>
      <td className="col-account">{h.account}</td>
      <QuantityCell holding={h} fmt={fmt} />
      <PriceCell holding={h} fmt={fmt} />
      <td className={`num${value !== null && value < 0 ? ' is-negative' : ''}`}>
        {value === null ? (
          <span
            className="no-fx"
            title={t('portfolio.nativeValue', { currency: h.currency, value: fmt.moneyIn(h.marketValueCents, h.currency) })}
          >
            <span className="badge badge-nofx">{t('portfolio.noFx')}</span>
            <span className="muted">{fmt.moneyIn(h.marketValueCents, h.currency)}</span>
          </span>
        ) : (
          fmt.money(value)
        )}
      </td>
      <td className="num">{weight === null ? none : fmt.percent(weight)}</td>
      <td className="col-exposure">
        <ExposureChips exposures={h.exposures} fmt={fmt} onEdit={onEditExposure} symbol={h.symbol} />
      </td>
    </tr>
  );
}
