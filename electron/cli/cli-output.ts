import type { PortfolioView } from '../../shared/api';
import { isParQuoted, type ImportIssue } from '../../shared/domain';
import { t, type MessageKey } from '../../shared/i18n/translate';
import { columnText, issueText } from '../../shared/import/issue-text';
import { maxWidth, padEndWidth } from '../../shared/text/display-width';
import { clipQuoted } from '../../shared/text/clip-text';
import { tableLines } from './cli-table';

const fromCents = (cents: number): number => cents / 100;

/** The JSON shape the CLI prints for a portfolio: money as numbers in currency units, exact to the cent. */
export function portfolioJson({ portfolio, valuation }: PortfolioView) {
  return {
    id: portfolio.id,
    name: portfolio.name,
    source: portfolio.source,
    baseCurrency: valuation.baseCurrency,
    holdings: portfolio.holdings.map((h, i) => {
      const row = valuation.rows[i];
      return {
        symbol: h.symbol,
        name: h.name,
        account: h.account,
        quantity: h.quantity,
        price: h.price,
        marketValue: fromCents(h.marketValueCents),
        currency: h.currency,
        marketValueBase: row?.valueBaseCents == null ? null : fromCents(row.valueBaseCents),
        weight: row?.weight ?? null,
        isLoan: row?.isLoan ?? false,
        exposures: h.exposures.map((e) => ({ tag: e.tag, weight: e.weight, source: e.source })),
      };
    }),
    totalBase: fromCents(valuation.totalBaseCents),
    grossLongBase: fromCents(valuation.grossLongBaseCents),
    loansBase: fromCents(valuation.loanBaseCents),
    shortsBase: fromCents(valuation.shortBaseCents),
    missingFx: valuation.missingFx,
  };
}

/** A bond's quantity reads '20,000 face', as on the Portfolio screen. */
const quantityText = (quantity: number | null, parQuoted: boolean, format: Intl.NumberFormat): string => {
  if (quantity === null) return '';
  return parQuoted ? t('portfolio.bond.face', { quantity: format.format(quantity) }) : format.format(quantity);
};

/** A holding's exposures in words: “AI equity” or “Bitcoin 80.0% + Equity 20.0%”. */
const exposureText = (exposures: readonly { tag: string; weight: number }[], pct: Intl.NumberFormat): string =>
  exposures.map((e) => (e.weight === 1 ? t(`exposure.${e.tag}` as MessageKey) : `${t(`exposure.${e.tag}` as MessageKey)} ${pct.format(e.weight)}`)).join(' + ');

/** A plain-text table for people in the current language: right-aligned numbers through Intl, columns counted in terminal columns. */
export function portfolioTable(view: PortfolioView, locale = 'en-US'): string {
  const json = portfolioJson(view);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: json.baseCurrency });
  const qty = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rows = json.holdings.map((h, i) => [
    h.symbol,
    quantityText(h.quantity, isParQuoted(view.portfolio.holdings[i] ?? { faceValue: null }), qty),
    h.marketValueBase === null ? t('cli.noFxRate') : money.format(h.marketValueBase),
    h.weight === null ? '' : pct.format(h.weight),
    exposureText(h.exposures, pct),
  ]);
  const header = [t('cli.col.symbol'), t('cli.col.quantity'), t('cli.col.value', { currency: json.baseCurrency }), t('cli.col.weight'), t('cli.col.exposure')];
  const total = (key: MessageKey, value: number) => [t('cli.label', { label: t(key) }), money.format(value)];
  const totals = [
    total('cli.total.long', json.grossLongBase),
    ...(json.shortsBase !== 0 ? [total('cli.total.short', json.shortsBase)] : []),
    total('cli.total.loans', json.loansBase),
    total('cli.total.net', json.totalBase),
  ];
  return [
    t('cli.portfolioHeading', { name: json.name, count: json.holdings.length, fileName: json.source.fileName }),
    '',
    ...tableLines([header, ...rows], ['left', 'right', 'right', 'right', 'left']),
    '',
    ...tableLines(totals, ['left', 'right']),
    ...(json.missingFx.length ? [t('cli.missingFx', { currencies: json.missingFx.join(', ') })] : []),
  ].join('\n');
}

/**
 * Every problem of an import, one per line with its physical line number, severity, what happened, the column and the
 * raw value, in the current language (the severity words padded to one width, a Chinese character counting two).
 */
export function issuesText(issues: readonly ImportIssue[]): string {
  if (issues.length === 0) return t('cli.noProblems');
  const count = (s: ImportIssue['severity']) => t(`import.cli.count.${s}`, { count: issues.filter((i) => i.severity === s).length });
  const counts = t('import.cli.counts', { error: count('error'), warning: count('warning'), info: count('info') });
  const severity = { error: t('import.cli.severity.error'), warning: t('import.cli.severity.warning'), info: t('import.cli.severity.info') };
  const widest = maxWidth(Object.values(severity));
  const line = (i: ImportIssue) => {
    const where = i.line === null ? t('cli.fileLevel') : t('cli.lineN', { line: i.line });
    const column = columnText(i.column);
    const label = severity[i.severity];
    return `  ${where}  ${padEndWidth(label, widest)}  ${issueText(i)}${column ? `  ${column}` : ''}${i.value !== undefined ? `  [${clipQuoted(i.value)}]` : ''}`;
  };
  return [t('cli.problems', { counts }), ...issues.map(line)].join('\n');
}
