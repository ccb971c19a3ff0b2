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
    // Regional listings (resources/exposure-rules.json): by symbol, and by a Chinese broker's market column.
    [{ symbol: '00700' }, 'equity_cn', 'five-digit Hong Kong code (00700)'],
    [{ symbol: '0700.HK' }, 'equity_cn', 'listed in Hong Kong / mainland China (.HK, .SS, .SZ)'],
    [{ symbol: '600519.SS' }, 'equity_cn', 'listed in Hong Kong / mainland China (.HK, .SS, .SZ)'],
    [{ symbol: '000001.SZ' }, 'equity_cn', undefined],
    [{ symbol: 'HK.00700' }, 'equity_cn', undefined],
    [{ symbol: '600519' }, 'equity_cn', 'six-digit A-share code (600519, 000001)'],
    [{ symbol: '000001' }, 'equity_cn', undefined],
    [{ symbol: '300750' }, 'equity_cn', undefined],
    [{ symbol: '7203.T' }, 'equity_jp', 'listed in Tokyo (.T)'],
    [{ symbol: '130A.T' }, 'equity_jp', undefined],
    [{ symbol: 'SAP.DE' }, 'equity_eu', 'listed in the euro area (.DE, .PA, .AS, .MI, …)'],
    [{ symbol: 'MC.PA' }, 'equity_eu', undefined],
    [{ symbol: 'ADYEN.AS' }, 'equity_eu', undefined],
    [{ symbol: 'ENEL.MI' }, 'equity_eu', undefined],
    [{ symbol: '7203', market: '日股' }, 'equity_jp', 'market column says Japan'],
    [{ symbol: '1810', market: '港股' }, 'equity_cn', 'market column says Hong Kong / mainland China'],
    [{ symbol: '0700', market: 'HK' }, 'equity_cn', undefined],
    [{ symbol: '601318', market: '沪A', securityType: '股票' }, 'equity_cn', undefined],
    // Not regional: four-digit codes without a market (Tokyo, Taipei and Hong Kong share them), a six-digit code off
    // the A-share boards (a Korean 005930), a London or Swiss listing, a US market column.
    [{ symbol: '2330' }, 'equity', 'numeric exchange code (HK / CN / JP / TW shares)'],
    [{ symbol: '005930' }, 'equity', 'numeric exchange code (HK / CN / JP / TW shares)'],
    [{ symbol: 'AAPL', market: '美股', securityType: '股票' }, 'equity', 'security type says stock'],
    [{ symbol: 'HSBA.L', securityType: 'COMMON' }, 'equity', undefined],
    [{ symbol: 'NESN.SW', securityType: 'COMMON' }, 'equity', undefined],
    // A fund's own words still come first: a Hong Kong-listed bitcoin ETF is bitcoin.
    [{ symbol: '3042.HK', name: 'CSOP Bitcoin Futures ETF' }, 'btc', undefined],
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
