import { describe, expect, it } from 'vitest';
import { matchAssetClass, matchBondRule, matchTextRule } from './rules';
import type { ClassifyInput } from './types';

const input = (over: Partial<ClassifyInput>): ClassifyInput => ({
  symbol: '', name: '', assetClass: null, securityType: null, exposureText: null, isBond: false, isCashLike: false, ...over,
});

describe('bond rules', () => {
  it.each([
    ['MARA 2.125 09/01/2031', '', 'miner_debt'],
    ['CIFR 1 3/4 12/01/30', 'CIPHER MINING INC 1.75% CONV SR NT 12/01/2030', 'miner_debt'],
    ['771234567', 'TERAWULF INC 2.75% CONV SR NT 02/01/2030', 'miner_debt'],
    ['CRWV 9.25 06/01/2030', 'CoreWeave Inc 9.25% Sr Nts 2030', 'ai_infra_debt'],
    ['XYZ', 'Acme GPU ABS 2029-1 class A notes', 'ai_infra_debt'],
    ['T 4 1/4 11/15/34', 'UNITED STATES TREAS NTS 4.25% 11/15/2034', 'govt'],
    ['F 6.1 08/19/32', 'FORD MOTOR CREDIT 6.1% SR NT', 'credit'],
  ])('%s %s → %s', (symbol, name, tag) => {
    expect(matchBondRule(input({ symbol, name, isBond: true })).tag).toBe(tag);
  });
});

describe('text rules', () => {
  it.each([
    [{ name: 'CoinShares Physical Bitcoin' }, 'btc', 'name contains BITCOIN'],
    [{ name: 'Grayscale Ethereum Mini Trust' }, 'crypto_other', undefined],
    [{ name: 'Blue Owl Capital Corporation' }, 'private_credit', undefined],
    [{ name: 'HELD IN MONEY MARKET' }, 'cash', undefined],
    [{ name: 'Tagesgeld' }, 'cash', undefined],
    [{ securityType: 'Cash and Money Market' }, 'cash', undefined],
    [{ name: 'US Treasury Bill 0% 2027' }, 'govt', undefined],
    [{ name: 'iShares High Yield Corporate Bond ETF' }, 'credit', undefined],
    [{ name: 'Some Semiconductor Holdings' }, 'ai_equity', undefined],
    [{ securityType: 'COMMON' }, 'equity', 'security type says stock'],
    [{ symbol: '00700' }, 'equity', undefined],
    [{ symbol: '600519.SS' }, 'equity', undefined],
  ])('%j → %s', (over, tag, name) => {
    const hit = matchTextRule(input(over));
    expect(hit?.tag).toBe(tag);
    if (name) expect(hit?.name).toBe(name);
  });

  it('leaves unknown names alone', () => {
    expect(matchTextRule(input({ symbol: 'ACME', name: 'Acme Widgets Inc' }))).toBeNull();
  });
});

describe('asset-class words', () => {
  it.each([
    ['Liquidität', 'cash'],
    ['Cash', 'cash'],
    ['crypto', 'crypto_other'],
    ['Stocks', 'equity'],
    ['Aktie', 'equity'],
    ['ETF', 'equity'],
    ['Fixed Income', 'credit'],
    ['Government', 'govt'],
  ])('%s → %s', (text, tag) => {
    expect(matchAssetClass(text)).toBe(tag);
  });

  it('does not guess from unknown words', () => {
    expect(matchAssetClass('ETC')).toBeNull();
    expect(matchAssetClass('fund')).toBeNull();
  });
});
