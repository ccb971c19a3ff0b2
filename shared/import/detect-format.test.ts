import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignColumns, detectFormat, findHeaderRow, FORMAT_SPECS, headerCurrency, type FormatSpec } from './detect-format';
import { HEADER_ALIASES, headerKeys, normaliseHeader } from './header-aliases';
import type { ColumnMapping, Field } from './types';
import type { Row } from './parse-rows';

const split = (line: string, d = ','): string[] => line.split(d);
const rows = (...lines: string[]): Row[] => lines.map((l, i) => ({ line: i + 1, cells: split(l) }));

describe('detectFormat', () => {
  it.each([
    ['symbol,name,quantity,price,currency,asset_class,exposure,adv_usd', 'generic'],
    ['account,symbol,name,quantity,price,currency,asset_class,security_type,exposure,adv_usd', 'generic'],
    ['Account Number,Account Name,Symbol,Description,Quantity,Last Price,Last Price Change,Current Value,Type', 'fidelity'],
    ['Symbol,Description,Qty (Quantity),Price,Mkt Val (Market Value),Security Type', 'schwab'],
    ['Asset,Available,Locked,Total,Price (USD),Value (USD)', 'exchange'],
    ['代码,名称,持有数量,可卖数量,现价,成本价,市值,交易货币', 'cn-broker'],
    ['Name;ISIN;WKN;Symbol;Stück;Kurs;Währung;Kurswert;Anlageklasse', 'de-broker'],
    ['Ticker,Shares,Last,Market Value,Ccy', 'aliases'],
  ])('%s → %s', (header, id) => {
    expect(detectFormat(split(header, header.includes(';') ? ';' : ',')).id).toBe(id);
  });
});

describe('findHeaderRow', () => {
  it('skips a title and a blank line (Schwab)', () => {
    expect(findHeaderRow(rows('Positions for account ...512 as of 2026/11/20,,', ',,', 'Symbol,Qty (Quantity),Price'))).toBe(2);
  });
  it('needs two known columns', () => {
    expect(findHeaderRow(rows('NVDA,120,182.40', 'AMD,60,241.35'))).toBeNull();
    expect(findHeaderRow(rows('Ticker,Company,Sector,Weight'))).toBe(0);
  });
  it('with a mapping, looks for the mapped headers', () => {
    expect(findHeaderRow(rows('Title,here', 'Sym,Stk,Wert'), { symbol: 'Sym', quantity: 'stk' })).toBe(1);
    expect(findHeaderRow(rows('Sym,Stk'), { quantity: 'Anzahl' })).toBeNull();
  });
});

describe('assignColumns', () => {
  it("prefers a header's own name to a parenthesised part (Schwab 'Price' vs 'Price Chng % (Price Change %)')", () => {
    const cells = split('Symbol,Description,Qty (Quantity),Price,Price Chng % (Price Change %),Mkt Val (Market Value)');
    expect(assignColumns(cells, detectFormat(cells))).toMatchObject({ symbol: 0, name: 1, quantity: 2, price: 3, marketValue: 5 });
  });
  it('takes Account Number, not Account Name, and ignores Fidelity Type (an account type)', () => {
    const cells = split('Account Number,Account Name,Symbol,Description,Quantity,Last Price,Current Value,Type');
    const col = assignColumns(cells, detectFormat(cells));
    expect(col).toMatchObject({ account: 0, symbol: 2, name: 3, quantity: 4, price: 5, marketValue: 6 });
    expect(col.securityType).toBeUndefined();
    expect(col.assetClass).toBeUndefined();
  });
  it('lets a mapping win and fills the rest from aliases', () => {
    const cells = split('Sym,Stk,Wert,Currency');
    expect(assignColumns(cells, detectFormat(cells), { symbol: 'Sym', quantity: 'Stk', marketValue: 'wert' })).toEqual({
      symbol: 0, quantity: 1, marketValue: 2, currency: 3,
    });
  });
  it('assigns the columns a scan of every column for every candidate assigns (the lookup is only faster)', () => {
    // The former implementation, kept as the reference: for each candidate, the first unused column whose primary
    // key (or any key) is the candidate.
    const scan = (cells: string[], spec: FormatSpec, mapping?: ColumnMapping) => {
      const headers = cells.map((c) => headerKeys(c));
      const used = new Set<number>();
      const out: Partial<Record<Field, number>> = {};
      const take = (field: Field, candidates: readonly string[], primaryOnly: boolean) => {
        if (out[field] !== undefined) return;
        for (const candidate of candidates) {
          const i = headers.findIndex((h, j) => !used.has(j) && (primaryOnly ? h.keys[0] === candidate : h.keys.includes(candidate)));
          if (i >= 0) return void ((out[field] = i), used.add(i));
        }
      };
      for (const [field, header] of Object.entries(mapping ?? {}) as Array<[Field, string]>) take(field, [normaliseHeader(header)], true);
      if (spec.columns) for (const [field, names] of Object.entries(spec.columns) as Array<[Field, readonly string[]]>) take(field, names, false);
      for (const [field, aliases] of Object.entries(HEADER_ALIASES) as Array<[Field, readonly string[]]>) take(field, aliases, true);
      for (const [field, aliases] of Object.entries(HEADER_ALIASES) as Array<[Field, readonly string[]]>) take(field, aliases, false);
      return out;
    };
    const names = [...new Set(Object.values(HEADER_ALIASES).flat())].slice(0, 40);
    const cell = fc.oneof(
      fc.constantFrom(...names),
      fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names)).map(([a, b]) => `${a} (${b})`),
      fc.constantFrom('Qty (Quantity)', 'Mkt Val (Market Value)', 'Last Price', 'Current Value', 'Account Number', 'x', ''),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 14 }), fc.constantFrom(...FORMAT_SPECS), (cells, spec) => {
        expect(assignColumns(cells, spec)).toEqual(scan(cells, spec));
        const mapping = cells[0] ? { symbol: cells[0] } : undefined;
        expect(assignColumns(cells, spec, mapping)).toEqual(scan(cells, spec, mapping));
      }),
      { numRuns: 500 },
    );
  });
  it('reads a currency from a header', () => {
    const cells = split('Asset,Total,Price (USD),Value (USD)');
    expect(headerCurrency(cells, 3)).toBe('USD');
    expect(headerCurrency(cells, 0)).toBeNull();
    expect(headerCurrency(cells, undefined)).toBeNull();
  });
});
