import { describe, expect, it } from 'vitest';
import { assignIds, buildHoldings } from './build-holdings';
import type { RawRecord } from './types';

const rec = (line: number, cells: RawRecord['cells']): RawRecord => ({ line, cells, currencyHint: null });

describe('buildHoldings', () => {
  it('ids are account|symbol with #2, #3 on repeats', () => {
    const { holdings } = buildHoldings(
      [
        rec(2, { account: 'A', symbol: 'NVDA', quantity: '1', price: '1', currency: 'USD' }),
        rec(3, { account: 'A', symbol: 'NVDA', quantity: '2', price: '1', currency: 'USD' }),
        rec(4, { account: 'B', symbol: 'NVDA', quantity: '3', price: '1', currency: 'USD' }),
        rec(5, { account: 'A', symbol: 'NVDA', quantity: '4', price: '1', currency: 'USD' }),
      ],
      { decimalMark: '.', defaultAccount: '', defaultAssetClass: null, fallbackCurrency: 'USD' },
    );
    expect(holdings.map((h) => h.id)).toEqual(['A|NVDA', 'A|NVDA#2', 'B|NVDA', 'A|NVDA#3']);
  });

  it('says once, for the whole file, that a currency was assumed', () => {
    const { issues } = buildHoldings(
      [rec(2, { symbol: 'A', quantity: '1', price: '1' }), rec(3, { symbol: 'B', quantity: '1', price: '1' }), rec(4, { symbol: 'C', quantity: 'x' })],
      { decimalMark: '.', defaultAccount: 'U1', defaultAssetClass: null, fallbackCurrency: 'USD' },
    );
    expect(issues.map((i) => [i.line, i.severity])).toEqual([[null, 'warning'], [4, 'error']]);
  });

  it('keeps the default account', () => {
    expect(assignIds([{ account: 'U1', symbol: 'X' } as never]).map((h) => h.id)).toEqual(['U1|X']);
  });
});
