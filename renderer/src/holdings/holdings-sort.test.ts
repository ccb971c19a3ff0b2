import { describe, expect, it } from 'vitest';
import type { ExposureWeight } from '../../../shared/domain/exposure';
import type { Holding } from '../../../shared/domain/holding';
import { filterLines, nextSort, primaryTag, sortLines, tagsPresent, type HoldingLine } from './holdings-sort';

const tag = (t: ExposureWeight['tag'], weight = 1): ExposureWeight => ({ tag: t, weight, source: { kind: 'rule' } });
function line(symbol: string, over: Partial<Holding> = {}, value: number | null = 0): HoldingLine {
  const holding: Holding = {
    id: symbol, symbol, name: `${symbol} Inc`, account: 'A', quantity: 1, price: 1, marketValueCents: value ?? 0, currency: 'USD',
    assetClass: null, securityType: null, faceValue: null, coupon: null, maturity: null, advValue: null, exposures: [tag('equity')], line: 1,
    ...over,
  };
  return { holding, valuation: { holdingId: symbol, valueBaseCents: value, weight: value === null ? null : value / 1000, isLoan: false } };
}
const symbols = (lines: HoldingLine[]) => lines.map((l) => l.holding.symbol);

const book = [
  line('NVDA', { account: 'Z2', exposures: [tag('ai_equity')] }, 500),
  line('ABC10', { quantity: null }, 300),
  line('abc9', { account: 'roth' }, null),
  line('MSTR', { exposures: [tag('equity', 0.2), tag('btc', 0.8)] }, 300),
];

describe('sorting holdings', () => {
  it('cycles ascending → descending → file order on the same column, and starts ascending on a new one', () => {
    expect(nextSort(null, 'value')).toEqual({ key: 'value', direction: 'ascending' });
    expect(nextSort({ key: 'value', direction: 'ascending' }, 'value')).toEqual({ key: 'value', direction: 'descending' });
    expect(nextSort({ key: 'value', direction: 'descending' }, 'value')).toBeNull();
    expect(nextSort({ key: 'value', direction: 'descending' }, 'symbol')).toEqual({ key: 'symbol', direction: 'ascending' });
  });

  it('compares symbols in the locale, case-blind, with numbers in numeric order', () => {
    expect(symbols(sortLines(book, { key: 'symbol', direction: 'ascending' }, 'en-US'))).toEqual(['abc9', 'ABC10', 'MSTR', 'NVDA']);
    expect(symbols(sortLines(book, { key: 'symbol', direction: 'descending' }, 'en-US'))).toEqual(['NVDA', 'MSTR', 'ABC10', 'abc9']);
  });

  it('puts empty values last in both directions and keeps the file order on ties', () => {
    expect(symbols(sortLines(book, { key: 'value', direction: 'descending' }, 'en-US'))).toEqual(['NVDA', 'ABC10', 'MSTR', 'abc9']);
    expect(symbols(sortLines(book, { key: 'value', direction: 'ascending' }, 'en-US'))).toEqual(['ABC10', 'MSTR', 'NVDA', 'abc9']);
    expect(symbols(sortLines(book, { key: 'quantity', direction: 'ascending' }, 'en-US')).at(-1)).toBe('ABC10');
  });

  it('sorts exposures by the main tag in display order, and leaves the input alone', () => {
    expect(primaryTag(book[3]!.holding)).toBe('btc');
    expect(symbols(sortLines(book, { key: 'exposure', direction: 'ascending' }, 'en-US'))).toEqual(['NVDA', 'MSTR', 'ABC10', 'abc9']);
    expect(symbols(sortLines(book, null, 'en-US'))).toEqual(['NVDA', 'ABC10', 'abc9', 'MSTR']);
    expect(symbols(book)).toEqual(['NVDA', 'ABC10', 'abc9', 'MSTR']);
  });
});

describe('filtering holdings', () => {
  it('matches symbol, name or account text in any case', () => {
    expect(symbols(filterLines(book, { text: 'abc', tag: '' }))).toEqual(['ABC10', 'abc9']);
    expect(symbols(filterLines(book, { text: ' ROTH ', tag: '' }))).toEqual(['abc9']);
    expect(symbols(filterLines(book, { text: 'nvda inc', tag: '' }))).toEqual(['NVDA']);
    expect(filterLines(book, { text: '', tag: '' })).toHaveLength(4);
  });

  it('keeps holdings carrying the tag, blends included, combined with the text', () => {
    expect(symbols(filterLines(book, { text: '', tag: 'btc' }))).toEqual(['MSTR']);
    expect(symbols(filterLines(book, { text: '', tag: 'equity' }))).toEqual(['ABC10', 'abc9', 'MSTR']);
    expect(symbols(filterLines(book, { text: 'abc', tag: 'btc' }))).toEqual([]);
  });

  it('lists the tags present in display order', () => {
    expect(tagsPresent(book.map((l) => l.holding))).toEqual(['ai_equity', 'btc', 'equity']);
  });
});
