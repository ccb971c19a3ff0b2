import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bareSymbol, lookupSymbol } from './symbol-table';

const tagOf = (symbol: string): string | undefined => lookupSymbol(symbol)?.[0]?.tag;

describe('symbol table', () => {
  it('strips markers and case', () => {
    expect(bareSymbol(' spaxx** ')).toBe('SPAXX');
    expect(tagOf('SPAXX**')).toBe('cash');
  });

  it.each([
    ['ai_equity', 'NVDA AMD AVGO TSM MU ARM SMCI ORCL META MSFT GOOGL GOOG AMZN CRWV NBIS SMH SOXX ASML'],
    ['btc', 'BTC IBIT FBTC GBTC BITB ARKB BITC'],
    ['miner_equity', 'MARA RIOT CLSK CIFR IREN WULF HUT CORZ BITF BTDR APLD'],
    ['private_credit', 'ARCC OBDC BXSL FSK MAIN HTGC BIZD BCRED'],
    ['crypto_other', 'ETH SOL USDC'],
    ['equity', 'SPY VTI VOO IVV FXAIX EUNL'],
    ['credit', 'LQD HYG JNK'],
    ['govt', 'TLT IEF SHY'],
    ['cash', 'SPAXX FDRXX USD EUR'],
  ])('covers the DESIGN §3 examples of %s', (tag, symbols) => {
    for (const s of symbols.split(' ')) expect(tagOf(s), s).toBe(tag);
  });

  it('holds BTC-treasury companies as blends that sum to 1', () => {
    for (const s of ['MSTR', '3350', '3350.T']) {
      const weights = lookupSymbol(s) ?? [];
      // Metaplanet in Tokyo: its equity part is Japanese equity.
      expect(weights.map((w) => w.tag)).toEqual(['btc', s === 'MSTR' ? 'equity' : 'equity_jp']);
      expect(weights.reduce((a, w) => a + w.weight, 0)).toBeCloseTo(1, 9);
    }
  });

  it('holds Nasdaq trackers as AI equity 0.45 and broad equity 0.55, not as a broad index', () => {
    for (const s of ['QQQ', 'QQQM', 'ONEQ', 'EQQQ', 'CNDX.L', 'SXRV.DE']) expect(lookupSymbol(s), s).toEqual([{ tag: 'ai_equity', weight: 0.45 }, { tag: 'equity', weight: 0.55 }]);
    expect(tagOf('SPY')).toBe('equity');
  });

  it('lists every symbol once', () => {
    const file = JSON.parse(readFileSync(new URL('../../resources/exposure-symbols.json', import.meta.url), 'utf8')) as {
      tags: Record<string, string[]>;
      blends: Record<string, unknown>;
    };
    const all = [...Object.values(file.tags).flat(), ...Object.keys(file.blends)];
    expect(all.length).toBe(new Set(all).size);
  });

  it('knows nothing of unknown symbols', () => {
    expect(lookupSymbol('ZZZZ')).toBeNull();
    expect(lookupSymbol('')).toBeNull();
  });
});
