import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Holding, Portfolio } from '.';
import { makeHolding } from './make-holding';
import { fxToBase, valuePortfolio } from './valuation';

const holding = (over: Partial<Holding>): Holding => makeHolding(over.symbol ?? 'X', 0, 'equity', over);
const book = (holdings: Holding[], fileFx: Portfolio['fileFx'] = null): Portfolio => ({
  id: 'p',
  name: 'p',
  source: { fileName: 'f.csv', format: 'generic', importedAt: '' },
  holdings,
  fileFx,
  issues: [],
  updatedAt: '',
});
const settings = { baseCurrency: 'USD', fxRates: { EUR: { usdPerUnit: 1.1536, asOf: '', source: '' } } };

describe('valuePortfolio', () => {
  it('converts, totals and splits a blend exactly (hand-computed)', () => {
    // NVDA 21,888.00 USD; ASML 9,748.80 EUR × 1.1536 = 11,246.21568 → 11,246.22; loan −5,000.00 USD
    // MSTR 6,945.00 split btc 0.8 / equity 0.2 → 5,556.00 + 1,389.00
    // gross long = 21,888.00 + 11,246.22 + 6,945.00 = 40,079.22; net = 35,079.22
    const v = valuePortfolio(
      book([
        holding({ symbol: 'NVDA', marketValueCents: 2_188_800, exposures: [{ tag: 'ai_equity', weight: 1, source: { kind: 'rule' } }] }),
        holding({ symbol: 'ASML', marketValueCents: 974_880, currency: 'EUR', exposures: [{ tag: 'ai_equity', weight: 1, source: { kind: 'rule' } }] }),
        holding({
          symbol: 'MSTR',
          marketValueCents: 694_500,
          exposures: [
            { tag: 'btc', weight: 0.8, source: { kind: 'file' } },
            { tag: 'equity', weight: 0.2, source: { kind: 'file' } },
          ],
        }),
        holding({ symbol: 'USD', marketValueCents: -500_000, exposures: [{ tag: 'cash', weight: 1, source: { kind: 'rule' } }] }),
      ]),
      settings,
    );
    expect(v.rows.map((r) => r.valueBaseCents)).toEqual([2_188_800, 1_124_622, 694_500, -500_000]);
    expect(v.grossLongBaseCents).toBe(4_007_922);
    expect(v.loanBaseCents).toBe(-500_000);
    expect(v.totalBaseCents).toBe(3_507_922);
    expect(v.byExposureBaseCents.ai_equity).toBe(2_188_800 + 1_124_622);
    expect(v.byExposureBaseCents.btc).toBe(555_600);
    expect(v.byExposureBaseCents.equity).toBe(138_900);
    expect(v.rows[3]?.isLoan).toBe(true);
    expect(v.shortBaseCents).toBe(0);
  });

  it('keeps short positions apart from loans so long + shorts + loans = net', () => {
    // long 10,000.00; short TSLA −2,500.00; loan −1,000.00 → net 6,500.00
    const v = valuePortfolio(
      book([
        holding({ symbol: 'A', marketValueCents: 1_000_000 }),
        holding({ symbol: 'TSLA', quantity: -10, marketValueCents: -250_000 }),
        holding({ symbol: 'USD', marketValueCents: -100_000, exposures: [{ tag: 'cash', weight: 1, source: { kind: 'rule' } }] }),
      ]),
      settings,
    );
    expect([v.grossLongBaseCents, v.shortBaseCents, v.loanBaseCents, v.totalBaseCents]).toEqual([1_000_000, -250_000, -100_000, 650_000]);
  });

  it('leaves a holding without an FX rate out of every total and names its currency', () => {
    const v = valuePortfolio(book([holding({ marketValueCents: 100, currency: 'HKD' }), holding({ marketValueCents: 50 })]), settings);
    expect(v.missingFx).toEqual(['HKD']);
    expect(v.rows[0]?.valueBaseCents).toBeNull();
    expect(v.totalBaseCents).toBe(50);
  });

  it('prefers the file’s own rate when its base is ours', () => {
    expect(fxToBase('EUR', 'USD', settings.fxRates, { base: 'USD', rates: { EUR: 1.2 } })).toBe(1.2);
    expect(fxToBase('EUR', 'USD', settings.fxRates, null)).toBe(1.1536);
    expect(fxToBase('USD', 'EUR', settings.fxRates, null)).toBeCloseTo(1 / 1.1536, 12);
  });

  it('exposure parts always add up to the total, to the cent (property)', () => {
    const blend = fc
      .array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 })
      .map((ws) => ws.map((w, i) => ({ tag: (['btc', 'equity', 'ai_equity', 'credit'] as const)[i]!, weight: w / ws.reduce((a, b) => a + b, 0), source: { kind: 'file' as const } })));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), blend), { maxLength: 20 }), (rows) => {
        const v = valuePortfolio(book(rows.map(([cents, exposures], i) => holding({ id: String(i), marketValueCents: cents, exposures }))), settings);
        const parts = Object.values(v.byExposureBaseCents).reduce((a, b) => a + b, 0);
        expect(parts).toBe(v.totalBaseCents);
      }),
    );
  });
});
