import { describe, expect, it } from 'vitest';
import { readCurrency } from './currency';

describe('readCurrency', () => {
  it.each([
    ['USD', 'USD'], [' usd ', 'USD'], ['$', 'USD'], ['€', 'EUR'], ['HK$', 'HKD'], ['港币', 'HKD'], ['人民币', 'CNY'], ['RMB', 'CNY'], ['Euro', 'EUR'],
  ])('%j → %s', (text, code) => {
    expect(readCurrency(text)).toEqual({ kind: 'code', code });
  });
  it.each(['XYZ1', 'US', 'DOLLARS', '12', 'U$D'])('%j is not a currency code', (text) => {
    expect(readCurrency(text)).toEqual({ kind: 'invalid' });
  });
  it.each(['', '  ', '--', 'N/A', undefined])('%j is missing', (text) => {
    expect(readCurrency(text)).toEqual({ kind: 'missing' });
  });
});
