import { describe, expect, it } from 'vitest';
import type { PortfolioView } from '../../shared/api';
import { makeHolding } from '../../shared/domain/make-holding';
import { valuePortfolio } from '../../shared/domain/valuation';
import { untranslatedWords } from '../../shared/i18n/ascii-allow-list';
import { t, withLanguage } from '../../shared/i18n/translate';
import { fixtureHoldings, fixtureRun } from '../../shared/report/report-fixture';
import { displayWidth } from '../../shared/text/display-width';
import { portfolioJson, portfolioTable } from './cli-output';

/** The fixture book plus a bond quoted per face value and a Hong Kong holding without an FX rate. */
function view(): PortfolioView {
  const { inputs } = fixtureRun();
  const holdings = [
    ...fixtureHoldings(),
    makeHolding('MARA 2.125 2031', 17_300, 'miner_debt', { quantity: 20_000, price: 86.5, faceValue: 20_000 }),
    makeHolding('0700.HK', 4_000, 'equity', { currency: 'HKD', quantity: 100, price: 40 }),
  ];
  const portfolio = { ...inputs.portfolio, holdings };
  return { portfolio, valuation: valuePortfolio(portfolio, { baseCurrency: 'USD', fxRates: {} }) };
}

/** A line as terminal cells: a wide character fills two, the second left empty. */
function cells(line: string): string[] {
  const out: string[] = [];
  for (const char of line) out.push(char, ...(displayWidth(char) === 2 ? [''] : []));
  return out;
}
const blank = (cell: string | undefined) => cell === undefined || cell === ' ';
/** A cell (left-aligned) begins at `col`: something there, a space or the line start before it. */
const beginsAt = (line: string, col: number) => !blank(cells(line)[col]) && (col === 0 || blank(cells(line)[col - 1]));
/** A cell (right-aligned) ends just before `col`: something there, a space or the line end after it. */
const endsAt = (line: string, col: number) => !blank(cells(line)[col - 1]) && blank(cells(line)[col]);

describe('portfolioTable', () => {
  it('lines up every column on every row in Chinese, counting a Chinese character as two columns', () => {
    const v = view();
    const lines = withLanguage('zh-CN', () => portfolioTable(v, 'zh-CN')).split('\n');
    const [symbol, quantity, value, weight, exposure] = withLanguage('zh-CN', () => [
      t('cli.col.symbol'),
      t('cli.col.quantity'),
      t('cli.col.value', { currency: 'USD' }),
      t('cli.col.weight'),
      t('cli.col.exposure'),
    ]);
    const headerIndex = lines.findIndex((l) => l.startsWith(symbol!));
    const header = lines[headerIndex]!;
    const rows = lines.slice(headerIndex + 1, headerIndex + 1 + v.portfolio.holdings.length);
    const start = (text: string) => displayWidth(header.slice(0, header.indexOf(text)));
    const end = (text: string) => start(text) + displayWidth(text);
    const json = portfolioJson(v);
    rows.forEach((row, i) => {
      const h = json.holdings[i]!;
      expect(row.startsWith(h.symbol)).toBe(true);
      // Symbols and exposures are left-aligned: each begins where its heading begins.
      expect(beginsAt(row, start(exposure!)), row).toBe(true);
      // Quantities, values and weights are right-aligned: each ends where its heading ends (when there is one).
      if (h.quantity !== null) expect(endsAt(row, end(quantity!)), row).toBe(true);
      expect(endsAt(row, end(value!)), row).toBe(true);
      if (h.weight !== null) expect(endsAt(row, end(weight!)), row).toBe(true);
    });
    expect(rows.find((r) => r.startsWith('0700.HK'))).toMatch(/ 无汇率 +股票$/);
    expect(rows.find((r) => r.startsWith('MARA 2.125 2031'))).toMatch(/面值 20,000 +US\$17,300\.00/);
    expect(rows.find((r) => r.startsWith('MSTR'))).toMatch(/比特币 80\.0% \+ 股票 20\.0%$/);
    // The totals' amounts end in one column too.
    const totals = lines.filter((l) => /^(多头持仓|空头持仓|融资借款|净值)：/.test(l));
    expect(totals).toHaveLength(3);
    expect(new Set(totals.map(displayWidth)).size).toBe(1);
  });

  it('writes no English word in Chinese but the book’s own symbols, name and file', () => {
    const v = view();
    let text = withLanguage('zh-CN', () => portfolioTable(v));
    for (const data of [v.portfolio.name, v.portfolio.source.fileName, ...v.portfolio.holdings.map((h) => h.symbol)]) text = text.replaceAll(data, '');
    expect(untranslatedWords(text)).toEqual([]);
  });

  it('keeps English under en: no FX rate, face values and exposure names', () => {
    const text = withLanguage('en', () => portfolioTable(view()));
    expect(text).toMatch(/^0700\.HK +100 +no FX rate +Equity$/m);
    expect(text).toMatch(/^MARA 2\.125 2031 +20,000 face +\$17,300\.00/m);
    expect(text).toMatch(/^Net value: +\$132,300\.00$/m);
    expect(text).toContain('No FX rate for HKD: left out of the totals.');
  });
});
