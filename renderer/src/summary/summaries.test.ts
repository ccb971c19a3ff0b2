import { describe, expect, it } from 'vitest';
import type { Holding } from '../../../shared/domain/holding';
import { valuePortfolio } from '../../../shared/domain/valuation';
import { accountRows } from './account-summary';
import { exposureRows } from './exposure-summary';

const h = (id: string, account: string, cents: number, tag: Holding['exposures'][number]['tag'], currency = 'USD', quantity: number | null = 1): Holding => ({
  id, symbol: id, name: '', account, quantity, price: null, marketValueCents: cents, currency, assetClass: null, securityType: null,
  faceValue: null, coupon: null, maturity: null, advValue: null, exposures: [{ tag, weight: 1, source: { kind: 'rule' } }], line: null,
});
const portfolio = {
  id: 'p', name: 'p', source: { fileName: 'f', format: 'generic', importedAt: '' }, fileFx: null, issues: [], updatedAt: '',
  holdings: [
    h('NVDA', 'Taxable', 2_000_000, 'ai_equity'),
    h('IBIT', 'IRA', 1_000_000, 'btc'),
    h('LOAN', 'Taxable', -500_000, 'cash', 'USD', null),
    h('TSLA', 'Taxable', -100_000, 'equity', 'USD', -10),
    h('0700', 'HK', 300_000, 'ai_equity', 'HKD'),
    h('SPY', 'IRA', 1_000_000, 'equity'),
  ],
};
const valuation = valuePortfolio(portfolio, { baseCurrency: 'USD', fxRates: {} });

describe('exposureRows', () => {
  it('sorts tags by value, drops empty ones, and gives shares of the long positions', () => {
    const rows = exposureRows(valuation);
    expect(rows.map((r) => [r.tag, r.cents])).toEqual([
      ['ai_equity', 2_000_000],
      ['btc', 1_000_000],
      ['equity', 900_000],
      ['cash', -500_000],
    ]);
    expect(rows[0]?.share).toBe(0.5);
    expect(rows.at(-1)?.share).toBe(-0.125);
  });

  it('breaks ties in display order and has no share without long positions', () => {
    const rows = exposureRows({ grossLongBaseCents: 0, byExposureBaseCents: { equity: 5, btc: 5, ai_equity: 0 } as never });
    expect(rows).toEqual([{ tag: 'btc', cents: 5, share: null }, { tag: 'equity', cents: 5, share: null }]);
  });
});

describe('accountRows', () => {
  it('splits each account into long, shorts and loans, leaves out holdings without FX, and adds up to the book', () => {
    const rows = accountRows(portfolio, valuation);
    expect(rows).toEqual([
      { account: 'Taxable', longCents: 2_000_000, shortCents: -100_000, loanCents: -500_000, netCents: 1_400_000 },
      { account: 'IRA', longCents: 2_000_000, shortCents: 0, loanCents: 0, netCents: 2_000_000 },
      { account: 'HK', longCents: 0, shortCents: 0, loanCents: 0, netCents: 0 },
    ]);
    expect(rows.reduce((s, r) => s + r.netCents, 0)).toBe(valuation.totalBaseCents);
    expect(rows.reduce((s, r) => s + r.loanCents, 0)).toBe(valuation.loanBaseCents);
  });
});
