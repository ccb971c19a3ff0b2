import type { PortfolioView } from '../../shared/api';
import { isParQuoted, type ImportIssue } from '../../shared/domain';
import { t } from '../../shared/i18n/translate';
import { columnText, issueText } from '../../shared/import/issue-text';

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

/** A plain-text table for people: right-aligned numbers through Intl. */
export function portfolioTable(view: PortfolioView, locale = 'en-US'): string {
  const json = portfolioJson(view);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: json.baseCurrency });
  const qty = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rows = json.holdings.map((h, i) => [
    h.symbol,
    quantityText(h.quantity, isParQuoted(view.portfolio.holdings[i] ?? { faceValue: null }), qty),
    h.marketValueBase === null ? 'no FX rate' : money.format(h.marketValueBase),
    h.weight === null ? '' : pct.format(h.weight),
    h.exposures.map((e) => (e.weight === 1 ? e.tag : `${e.tag} ${pct.format(e.weight)}`)).join(' + '),
  ]);
  const header = [t('cli.col.symbol'), t('cli.col.quantity'), t('cli.col.value', { currency: json.baseCurrency }), t('cli.col.weight'), t('cli.col.exposure')];
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c >= 1 && c <= 3 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd();
  return [
    t('cli.portfolioHeading', { name: json.name, count: json.holdings.length, fileName: json.source.fileName }),
    '',
    line(header),
    ...rows.map(line),
    '',
    t('cli.longPositions', { value: money.format(json.grossLongBase) }),
    ...(json.shortsBase !== 0 ? [t('cli.shortPositions', { value: money.format(json.shortsBase) })] : []),
    t('cli.marginLoans', { value: money.format(json.loansBase) }),
    t('cli.netValue', { value: money.format(json.totalBase) }),
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
  const width = (text: string) => [...text].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(c) ? 2 : 1), 0);
  const widest = Math.max(...Object.values(severity).map(width));
  const line = (i: ImportIssue) => {
    const where = i.line === null ? t('cli.fileLevel') : t('cli.lineN', { line: i.line });
    const column = columnText(i.column);
    const label = severity[i.severity];
    return `  ${where}  ${label}${' '.repeat(widest - width(label))}  ${issueText(i)}${column ? `  ${column}` : ''}${i.value !== undefined ? `  [${i.value}]` : ''}`;
  };
  return [t('cli.problems', { counts }), ...issues.map(line)].join('\n');
}
