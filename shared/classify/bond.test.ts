import { describe, expect, it } from 'vitest';
import { bondDetails, bondIssuerSymbol, detectBond } from './bond';

const row = (symbol: string, name = '', assetClass: string | null = null, securityType: string | null = null) => ({ symbol, name, assetClass, securityType });

describe('detectBond', () => {
  it.each([
    ['asset class "bond"', row('XYZ', '', 'bond')],
    ['IBKR category "Bonds"', row('ABC', '', 'Bonds')],
    ['IBKR type "CORP"', row('ABC', '', null, 'CORP')],
    ['security type "convertible bond"', row('ABC', '', null, 'convertible bond')],
    ['symbol "MARA 2.125 09/01/2031"', row('MARA 2.125 09/01/2031')],
    ['symbol "CIFR 1 3/4 12/01/30"', row('CIFR 1 3/4 12/01/30')],
    ['description "% CONV SR NT"', row('771234567', 'CIPHER MINING INC 1.75% CONV SR NT 12/01/2030')],
    ['description "% Conv Sr Nts"', row('X', 'MARA Holdings 2.125% Conv Sr Nts 2031')],
  ])('%s is a bond', (_label, input) => {
    expect(detectBond(input)).toBe(true);
  });

  it.each([
    ['a share', row('NVDA', 'NVIDIA Corp', 'equity', 'common stock')],
    ['a bond ETF by security type', row('HYG', 'iShares iBoxx $ High Yield Corporate Bond ETF', 'etf', 'bond ETF')],
    ['a treasury ETF by name', row('TLT', 'iShares 20+ Year Treasury Bond ETF', 'etf')],
    ['a BDC fund', row('BCRED', 'Blackstone Private Credit Fund I', 'fund')],
    ['a percentage in a fund name', row('X', 'Fund 5% Target Income Trust')],
  ])('%s is not a bond', (_label, input) => {
    expect(detectBond(input)).toBe(false);
  });
});

describe('bond details', () => {
  it('reads coupon and maturity from the symbol, fractions included', () => {
    expect(bondDetails('MARA 2.125 09/01/2031', '')).toEqual({ coupon: 2.125, maturity: '2031-09-01' });
    expect(bondDetails('CIFR 1 3/4 12/01/30', '')).toEqual({ coupon: 1.75, maturity: '2030-12-01' });
  });
  it('falls back to the description', () => {
    expect(bondDetails('771234567', 'TERAWULF INC 2.75% CONV SR NT 02/01/2030')).toEqual({ coupon: 2.75, maturity: '2030-02-01' });
    expect(bondDetails('X', 'MARA Holdings 2.125% Conv Sr Nts 2031')).toEqual({ coupon: 2.125, maturity: null });
  });
  it('takes the issuer from the first word', () => {
    expect(bondIssuerSymbol(' wulf 2 3/4 02/01/30')).toBe('WULF');
  });
});
