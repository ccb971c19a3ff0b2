import { describe, expect, it } from 'vitest';
import type { Holding } from '../domain/holding';
import { checkTotals } from './check-figures';
import type { PendingTotal } from './types';

const h = (symbol: string, cents: number, currency = 'USD', account = ''): Holding => ({
  id: symbol, symbol, name: '', account, quantity: null, price: null, marketValueCents: cents, currency, assetClass: null,
  securityType: null, faceValue: null, coupon: null, maturity: null, advValue: null, exposures: [{ tag: 'cash', weight: 1, source: { kind: 'none' } }], line: 1,
});
const total = (over: Partial<PendingTotal>): PendingTotal => ({ line: 9, label: 'Account Total', valueText: '$100.00', currency: null, covers: () => true, inBase: false, ...over });

describe('checkTotals', () => {
  it('agrees within one cent without a warning', () => {
    const r = checkTotals([total({ valueText: '$100.01' })], [h('A', 6000), h('B', 4000)], null);
    expect(r.figures).toEqual([{ line: 9, label: 'Account Total', expectedCents: 10001, actualCents: 10000, currency: 'USD' }]);
    expect(r.issues).toEqual([]);
  });

  it('warns when the holdings do not add up', () => {
    const r = checkTotals([total({ valueText: '$106,666.41' })], [h('A', 10000000)], null);
    expect(r.issues).toEqual([
      {
        line: 9,
        severity: 'warning',
        message: 'The file says Account Total is 106,666.41 USD, but the imported holdings add up to 100,000.00 USD: some rows may be missing or misread.',
        key: 'import.msg.checkMismatch',
        params: { label: 'Account Total', expected: '106,666.41', actual: '100,000.00', currency: 'USD' },
        value: '$106,666.41',
      },
    ]);
  });

  it('sums only the covered holdings of the same currency', () => {
    const r = checkTotals([total({ currency: 'USD', covers: (x) => x.account === 'A' })], [h('A1', 10000, 'USD', 'A'), h('B1', 5, 'USD', 'B'), h('A2', 7, 'EUR', 'A')], null);
    expect(r.figures[0]?.actualCents).toBe(10000);
  });

  it("converts to the base with the file's own rates for a NAV total", () => {
    // 100.00 USD + 10.00 EUR × 1.1536 (= 11.536 → 11.54) = 111.54
    const r = checkTotals([total({ valueText: '111.54', currency: 'USD', inBase: true })], [h('USD', 10000), h('EUR', 1000, 'EUR')], { base: 'USD', rates: { EUR: 1.1536 } });
    expect(r.figures[0]).toMatchObject({ expectedCents: 11154, actualCents: 11154 });
  });

  it('does not compare what it cannot convert or when currencies are mixed', () => {
    expect(checkTotals([total({ currency: 'USD', inBase: true })], [h('X', 1, 'JPY')], null).figures).toEqual([]);
    expect(checkTotals([total({})], [h('A', 1, 'USD'), h('B', 1, 'EUR')], null).figures).toEqual([]);
  });
});
