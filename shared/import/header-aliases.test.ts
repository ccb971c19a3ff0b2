import fc from 'fast-check';
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
    expect(headerKeys('Price Chng % (Price Change %)').keys).toEqual(['price chng % (price change %)', 'price change %', 'price chng %']);
    expect(headerKeys('市值（港币）').keys).toEqual(['市值（港币）', '港币', '市值']);
    expect(headerKeys('Gain (Loss) (USD)')).toEqual({ keys: ['gain (loss) (usd)', 'gain (loss)'], currency: 'USD' });
    expect(headerKeys('(Shares)').keys).toEqual(['(shares)', 'shares']);
    expect(headerKeys('Qty (Quantity) x').keys).toEqual(['qty (quantity) x']);
    expect(headerKeys('Qty ()').keys).toEqual(['qty ()', 'qty']);
  });

  it('splits as the regex it replaced did, /^(.*?)\\s*[(（]([^)）]*)[)）]\\s*$/, on short headers (property)', () => {
    const byRegex = (text: string): string[] => {
      const key = normaliseHeader(text);
      const m = /^(.*?)\s*[(（]([^)）]*)[)）]\s*$/.exec(key);
      const [outer, inner] = [(m?.[1] ?? '').trim(), (m?.[2] ?? '').trim()];
      return [key, ...(/^[a-z]{3}$/.test(inner) ? [] : [inner]), outer].filter((k, i) => i === 0 || k !== '');
    };
    const header = fc.array(fc.constantFrom('a', 'usd', ' ', '(', ')', '（', '）', '%', '_'), { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(fc.property(header, (text) => void expect(headerKeys(text).keys.slice(0, 3)).toEqual(byRegex(text))), { numRuns: 2000 });
  });

  it('reads a megabyte header of parentheses in linear time (it took hours)', () => {
    const start = performance.now();
    expect(headerKeys('('.repeat(1 << 20)).keys).toHaveLength(1);
    expect(headerKeys(`${'('.repeat(1 << 20)})`).keys).toEqual([`${'('.repeat(1 << 20)})`, '('.repeat((1 << 20) - 1)]);
    expect(headerKeys(`a (${'（'.repeat(1 << 20)}`).keys).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it.each([
    ['代码', 'symbol'], ['ticker', 'symbol'], ['持有数量', 'quantity'], ['shares', 'quantity'], ['units', 'quantity'],
    ['现价', 'price'], ['last price', 'price'], ['close', 'price'], ['市值', 'marketValue'], ['mkt val', 'marketValue'],
    ['交易货币', 'currency'], ['ccy', 'currency'], ['stück', 'quantity'], ['währung', 'currency'], ['kurswert', 'marketValue'],
  ])('%s → %s', (alias, field) => {
    expect(ALIAS_TO_FIELD.get(alias)).toBe(field);
  });
});
