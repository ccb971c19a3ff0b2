import type { PortfolioView } from '../../../shared/api/portfolios-api';
import type { Formatters } from '../format/format';
import { useFormatters } from '../format/use-formatters';
import { HoldingsFilterBar } from '../holdings/holdings-filter-bar';
import { filterLines, sortLines, tagsPresent, type HoldingLine } from '../holdings/holdings-sort';
import { useHoldingsViewStore } from '../holdings/holdings-view-store';
import { SortHeader } from '../holdings/sort-header';
import { BondCaption } from '../holdings/unit-cells';
import { useT } from '../i18n/use-t';
import { useOverrideStore } from '../overrides/override-store';
import { useAppStore } from '../stores/app-store';
import { HoldingRow } from './holding-row';

const COLUMNS = 8;
const LABEL_SPAN = 5;
const AFTER_VALUE_SPAN = 2;
const totalClass = (cents: number) => `num${cents < 0 ? ' is-negative' : ''}`;

/** The holdings with their base-currency values and exposures, sortable and filterable, and the book's totals underneath. */
export function HoldingsTable({ view }: { view: PortfolioView }) {
  const t = useT();
  const { portfolio, valuation } = view;
  const fmt = useFormatters(valuation.baseCurrency);
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  const { sort, text, tag } = useHoldingsViewStore();
  const openEditor = useOverrideStore((s) => s.open);
  const byId = new Map(valuation.rows.map((r) => [r.holdingId, r]));
  const all: HoldingLine[] = portfolio.holdings.map((holding) => ({ holding, valuation: byId.get(holding.id) }));
  const lines = sortLines(filterLines(all, { text, tag }), sort, locale);
  const currency = valuation.baseCurrency;
  return (
    <>
      <HoldingsFilterBar tags={tagsPresent(portfolio.holdings)} shown={lines.length} total={all.length} />
      <div className="table-wrap holdings-wrap">
        <table className="holdings" data-testid="holdings-table">
          <thead>
            <tr>
              <SortHeader sortKey="symbol" label={t('portfolio.col.symbol')} />
              <SortHeader sortKey="name" label={t('portfolio.col.name')} />
              <SortHeader sortKey="account" label={t('portfolio.col.account')} />
              <SortHeader sortKey="quantity" label={t('portfolio.col.quantity')} numeric />
              <SortHeader sortKey="price" label={t('portfolio.col.price')} numeric />
              <SortHeader sortKey="value" label={t('portfolio.col.value', { currency })} numeric />
              <SortHeader sortKey="weight" label={t('portfolio.col.weight')} numeric />
              <SortHeader sortKey="exposure" label={t('portfolio.col.exposure')} />
            </tr>
          </thead>
          <tbody>
            {lines.map(({ holding, valuation: v }) => (
              <HoldingRow
                key={holding.id}
                holding={holding}
                valuation={v}
                fmt={fmt}
                onEditExposure={() => openEditor({ symbol: holding.symbol, exposures: holding.exposures })}
              />
            ))}
            {lines.length === 0 && (
              <tr>
                <td colSpan={COLUMNS} className="muted empty-row">
                  {t('portfolio.filter.noMatch')}
                </td>
              </tr>
            )}
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
      <BondCaption holdings={portfolio.holdings} />
    </>
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
