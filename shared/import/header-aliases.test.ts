import { describe, expect, it } from 'vitest';
import { ALIAS_TO_FIELD, headerKeys, normaliseHeader } from './header-aliases';

describe('header names', () => {
  it('normalises case, underscores, spaces, BOM and quotes', () => {
    expect(normaliseHeader('\uFEFF Asset_Class ')).toBe('asset class');
    expect(normaliseHeader('"Mkt  Val"')).toBe('mkt val');
    expect(normaliseHeader('Stu\u0308ck')).toBe('stück'); // decomposed ü → composed
  });

  it('splits parenthesised names and currencies', () => {
    expect(headerKeys('Qty (Quantity)')).toEqual({ keys: ['qty (quantity)', 'quantity', 'qty'], currency: null });
    expect(headerKeys('Price (USD)')).toEqual({ keys: ['price (usd)', 'price'], currency: 'USD' });
    expect(headerKeys('Value in USD')).toEqual({ keys: ['value in usd', 'value'], currency: 'USD' });
  });

  it.each([
    ['代码', 'symbol'], ['ticker', 'symbol'], ['持有数量', 'quantity'], ['shares', 'quantity'], ['units', 'quantity'],
    ['现价', 'price'], ['last price', 'price'], ['close', 'price'], ['市值', 'marketValue'], ['mkt val', 'marketValue'],
    ['交易货币', 'currency'], ['ccy', 'currency'], ['stück', 'quantity'], ['währung', 'currency'], ['kurswert', 'marketValue'],
  ])('%s → %s', (alias, field) => {
    expect(ALIAS_TO_FIELD.get(alias)).toBe(field);
  });
});
