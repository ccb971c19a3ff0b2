import { isParQuoted } from '../../../shared/domain/bond-quote';
import type { Holding } from '../../../shared/domain/holding';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';

type CellProps = { holding: Holding; fmt: Formatters };

/** The quantity of a holding; a bond's is its face value ("20,000 face"), with a tooltip that says so. */
export function QuantityCell({ holding: h, fmt }: CellProps) {
  const t = useT();
  if (h.quantity === null) return <td className="num">{t('common.none')}</td>;
  const quantity = fmt.quantity(h.quantity);
  if (!isParQuoted(h)) return <td className="num">{quantity}</td>;
  return (
    <td className="num has-unit-note" data-unit="face" title={t('portfolio.bond.faceTitle', { quantity, currency: h.currency })}>
      {t('portfolio.bond.face', { quantity })}
    </td>
  );
}

/** The price of a holding in its currency; a bond's is in % of par ("86.50 % of par"), with a tooltip that says so. */
export function PriceCell({ holding: h, fmt }: CellProps) {
  const t = useT();
  if (h.price === null) return <td className="num">{t('common.none')}</td>;
  if (!isParQuoted(h)) return <td className="num">{fmt.price(h.price, h.currency)}</td>;
  const price = fmt.parPrice(h.price);
  return (
    <td className="num has-unit-note" data-unit="par" title={t('portfolio.bond.priceTitle', { price, currency: h.currency })}>
      {t('portfolio.bond.pctOfPar', { price })}
    </td>
  );
}

/** One line under a table with bonds in it: what their quantity and price mean. Nothing without bonds. */
export function BondCaption({ holdings }: { holdings: readonly Holding[] }) {
  const t = useT();
  if (!holdings.some(isParQuoted)) return null;
  return (
    <p className="table-caption muted" data-testid="bond-caption">
      {t('portfolio.bond.caption')}
    </p>
  );
}
