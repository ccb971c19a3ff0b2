import { describe, expect, it } from 'vitest';
import { classifyHolding } from './classify-holding';
import type { ClassifyInput } from './types';

const input = (over: Partial<ClassifyInput>): ClassifyInput => ({
  symbol: 'ACME', name: '', assetClass: null, securityType: null, exposureText: null, isBond: false, isCashLike: false, ...over,
});
const summary = (over: Partial<ClassifyInput>, overrides?: Parameters<typeof classifyHolding>[1]) =>
  classifyHolding(input(over), overrides).map((e) => `${e.tag}:${e.weight} ${e.source.kind}${e.source.detail ? ` (${e.source.detail})` : ''}`);

describe('classifyHolding: tagging order', () => {
  it('1. the user override wins over everything', () => {
    expect(summary({ symbol: 'nvda', exposureText: 'equity' }, { NVDA: [{ tag: 'btc', weight: 1 }] })).toEqual(['btc:1 user']);
  });

  it('an override is found by bare symbol, and an invalid one is ignored', () => {
    expect(summary({ symbol: 'SPAXX**' }, { SPAXX: [{ tag: 'govt', weight: 1 }] })).toEqual(['govt:1 user']);
    expect(summary({ symbol: 'NVDA' }, { NVDA: [{ tag: 'btc', weight: 0.5 }] })).toEqual(['ai_equity:1 rule (symbol table)']);
  });

  it('2. the file exposure column comes next, blends included', () => {
    expect(summary({ symbol: 'MSTR', exposureText: 'btc:0.8;equity:0.2' })).toEqual([
      'btc:0.8 file (btc:0.8;equity:0.2)',
      'equity:0.2 file (btc:0.8;equity:0.2)',
    ]);
  });

  it('a bad blend in the file falls through to the rules', () => {
    expect(summary({ symbol: 'MSTR', exposureText: 'btc:0.8;equity:0.5' })).toEqual([
      'btc:0.8 rule (symbol table)',
      'equity:0.2 rule (symbol table)',
    ]);
  });

  it('3. a bond of a miner is miner_debt although the issuer symbol is miner_equity', () => {
    expect(summary({ symbol: 'MARA 2.125 09/01/2031', isBond: true })).toEqual(['miner_debt:1 rule (bond of a bitcoin miner)']);
    expect(summary({ symbol: 'MARA' })).toEqual(['miner_equity:1 rule (symbol table)']);
  });

  it('4. the symbol table before name rules', () => {
    expect(summary({ symbol: 'FBTC', name: 'FIDELITY WISE ORIGIN BITCOIN FUND' })).toEqual(['btc:1 rule (symbol table)']);
  });

  it('5. name / description rules', () => {
    expect(summary({ symbol: 'BTCE', name: 'ETC Group Physical Bitcoin' })).toEqual(['btc:1 rule (name contains BITCOIN)']);
  });

  it('6. a value without a quantity is cash-like', () => {
    expect(summary({ symbol: 'Pending Activity', isCashLike: true })).toEqual(['cash:1 rule (value without a quantity (cash-like))']);
  });

  it("7. the file's asset class, with the text as detail", () => {
    expect(summary({ symbol: 'ACME', assetClass: 'Aktie' })).toEqual(['equity:1 assetClass (Aktie)']);
  });

  it('8. unclassified when nothing matches', () => {
    expect(summary({ symbol: 'ACME', name: 'Acme Widgets', assetClass: 'ETC' })).toEqual(['unclassified:1 none']);
  });

  it('always returns weights that sum to 1', () => {
    for (const over of [{ symbol: 'MSTR' }, { symbol: 'ZZZ' }, { symbol: 'X', exposureText: 'btc:0.6;cash:0.4' }]) {
      const total = classifyHolding(input(over)).reduce((a, e) => a + e.weight, 0);
      expect(total).toBeCloseTo(1, 9);
    }
  });
});
