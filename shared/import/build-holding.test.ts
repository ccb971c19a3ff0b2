import { describe, expect, it } from 'vitest';
import { Holding } from '../domain/holding';
import { buildHolding, type BuildContext } from './build-holding';
import type { RawRecord } from './types';

const ctx: BuildContext = { decimalMark: '.', defaultAccount: '', defaultAssetClass: null, fallbackCurrency: 'USD' };
const record = (cells: RawRecord['cells'], currencyHint: string | null = null): RawRecord => ({ line: 7, cells, currencyHint });
const holdingOf = (cells: RawRecord['cells'], c: Partial<BuildContext> = {}) => {
  const r = buildHolding(record(cells), { ...ctx, ...c });
  if (r.kind !== 'holding') throw new Error(r.issue.message);
  return r;
};

describe('buildHolding', () => {
  it('computes value = quantity × price exactly when no value is given', () => {
    // 120 × 182.40 = 21888.00
    const { holding } = holdingOf({ symbol: 'NVDA', quantity: '120', price: '182.40', currency: 'USD' });
    expect(holding).toMatchObject({ quantity: 120, price: 182.4, marketValueCents: 2188800, line: 7, faceValue: null });
    expect(Holding.safeParse({ id: 'x', ...holding }).success).toBe(true);
  });

  it('values a bond per 100 of face and keeps its details', () => {
    // 20000 × 86.50 / 100 = 17300.00
    const { holding } = holdingOf({ symbol: 'MARA 2.125 09/01/2031', quantity: '20000', price: '86.50', assetClass: 'bond' });
    expect(holding).toMatchObject({ marketValueCents: 1730000, faceValue: 20000, coupon: 2.125, maturity: '2031-09-01' });
    expect(holding.exposures.map((e) => e.tag)).toEqual(['miner_debt']);
  });

  it('takes the stated value over quantity × price and derives a missing price', () => {
    const { holding } = holdingOf({ symbol: 'X', quantity: '10000', marketValue: '9425', assetClass: 'Bonds' });
    expect(holding).toMatchObject({ marketValueCents: 942500, price: 94.25 });
  });

  it('keeps the stated value but warns when quantity × price is more than 1 % away from it', () => {
    // 10 × 182.40 = 1,824.00 against 2,090.00: 266 / 2,090 = 0.1273 → 12.7 %; the value and the file's price are kept.
    const r = holdingOf({ symbol: 'NVDA', quantity: '10', price: '182.40', marketValue: '2,090.00' });
    expect(r.holding).toMatchObject({ marketValueCents: 209000, price: 182.4, quantity: 10 });
    expect(r.issues.map((i) => [i.line, i.severity, i.value])).toEqual([[7, 'warning', '2,090.00']]);
    expect(r.issues[0]?.message).toMatch(/^Quantity × price is 1,824\.00 USD, but the file gives a market value of 2,090\.00 USD \(12\.7 % apart\)/);
    // A bond is compared per 100 of face: 20,000 × 86.50 / 100 = 17,300.00 agrees.
    expect(holdingOf({ symbol: 'MARA 2.125 09/01/2031', quantity: '20000', price: '86.50', marketValue: '17,300.00' }).issues).toEqual([]);
  });

  it('treats a value without a quantity as cash-like', () => {
    const { holding } = holdingOf({ symbol: 'Pending Activity', quantity: '', price: '', marketValue: '-$1,250.00' });
    expect(holding).toMatchObject({ quantity: null, price: null, marketValueCents: -125000, name: '' });
    expect(holding.exposures[0]?.tag).toBe('cash');
  });

  it('uses the name when the symbol is empty', () => {
    expect(holdingOf({ symbol: '', name: 'Tagesgeld', quantity: '1', price: '500' }).holding.symbol).toBe('Tagesgeld');
  });

  it('finds the currency: cell, header, amount, else the fallback (and says so)', () => {
    expect(holdingOf({ symbol: 'A', quantity: '1', price: '1', currency: 'eur' }).holding.currency).toBe('EUR');
    expect(buildHolding(record({ symbol: 'A', quantity: '1', price: '1' }, 'HKD'), ctx)).toMatchObject({ holding: { currency: 'HKD' }, currencyAssumed: false });
    expect(holdingOf({ symbol: 'A', quantity: '1', marketValue: '€5' })).toMatchObject({ holding: { currency: 'EUR' }, currencyAssumed: false });
    expect(holdingOf({ symbol: 'A', quantity: '1', price: '1' })).toMatchObject({ holding: { currency: 'USD' }, currencyAssumed: true });
  });

  it('warns about a bad blend, an invalid override and a non-numeric ADV, and still imports', () => {
    const r = holdingOf(
      { symbol: 'MSTR', quantity: '1', price: '1', exposure: 'btc:0.9;equity:0.2', adv: 'lots' },
      { overrides: { MSTR: [{ tag: 'btc', weight: 0.5 }] } },
    );
    expect(r.issues.map((i) => [i.severity, i.message])).toEqual([
      ['warning', 'The exposure "btc:0.9;equity:0.2" is not a valid tag or blend (the weights do not add up to 1); the tag was decided by the rules instead.'],
      ['warning', 'Your exposure override for MSTR does not add up to 1 and was ignored.'],
      ['warning', 'The average daily volume "lots" is not a number and was ignored.'],
    ]);
    expect(r.holding.exposures.map((e) => [e.tag, e.source.kind])).toEqual([['btc', 'rule'], ['equity', 'rule']]);
  });

  it('applies a valid override', () => {
    const r = holdingOf({ symbol: 'nvda', quantity: '1', price: '1' }, { overrides: { NVDA: [{ tag: 'equity', weight: 1 }] } });
    expect(r.holding.exposures).toEqual([{ tag: 'equity', weight: 1, source: { kind: 'user' } }]);
  });

  it.each([
    [{ symbol: 'AMD', quantity: 'abc', price: '1' }, 'error', /quantity "abc"/],
    [{ symbol: 'AMD', quantity: '5%', price: '1' }, 'error', /quantity "5%"/],
    [{ symbol: 'AMD', quantity: '1', price: 'x' }, 'error', /price "x"/],
    [{ symbol: 'AMD', quantity: '1', marketValue: '1..2' }, 'error', /market value "1..2"/],
    [{ symbol: 'IBIT', quantity: '600', price: '' }, 'error', /no price and no market value/],
    [{ symbol: 'X', quantity: '', marketValue: '--' }, 'error', /no quantity and no market value/],
    [{ symbol: 'ARCC', quantity: '1', price: '1', currency: 'XYZ1' }, 'error', /"XYZ1" is not a currency code/],
    [{ symbol: '', name: '--', quantity: '1', price: '1' }, 'error', /no symbol/],
    [{ symbol: 'DOGE', quantity: '0', price: '0.19', marketValue: '0.00' }, 'info', /Zero balance/],
    [{ symbol: 'BIG', quantity: '1', marketValue: '99,999,999,999,999,999.00' }, 'error', /too large/],
  ])('skips %j', (cells, severity, message) => {
    const r = buildHolding(record(cells), ctx);
    expect(r.kind).toBe('skipped');
    if (r.kind === 'skipped') {
      expect(r.issue).toMatchObject({ line: 7, severity });
      expect(r.issue.message).toMatch(message);
    }
  });
});
