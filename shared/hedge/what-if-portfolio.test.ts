import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeHolding } from '../domain/make-holding';
import type { Portfolio } from '../domain/portfolio';
import { Portfolio as PortfolioSchema } from '../domain/portfolio';
import { Scenario } from '../domain/scenario';
import { runScenario } from '../engine/run';
import { runImport } from '../import/run-import';
import { DEFAULT_RESOURCES } from '../model/default-resources';
import type { ValuedHolding } from '../model/positions';
import { applyTrade, HedgeProxiesResource } from './hedge-trades';
import { resolveProxies } from './resolve-proxies';
import { adoptWhatIf, applyHedgeTrade, editWhatIfHolding, proxyHoldingId, whatIfCashId, WhatIfError, whatIfCopy } from './what-if-portfolio';

const proxies = resolveProxies(HedgeProxiesResource.parse(JSON.parse(readFileSync(new URL('../../resources/hedge-proxies.json', import.meta.url), 'utf8'))));
const labels = { account: 'What-if', cashName: (c: string) => `Cash from what-if trades (${c})` };
const ctx = { baseCurrency: 'USD', proxies, labels };
const now = new Date('2026-03-01T12:00:00Z');

const book = (holdings = [
  makeHolding('NVDA', 21_888, 'ai_equity', { quantity: 120, price: 182.4 }),
  makeHolding('ODD', 28.94, 'equity', { quantity: 3, price: 9.646667 }),
  makeHolding('SAP', 10_000, 'equity', { quantity: 50, price: 200, currency: 'EUR' }),
  makeHolding('CASH', 500, 'cash', { quantity: 500, price: 1 }),
]): Portfolio => ({
  id: 'p1',
  name: 'Mine',
  source: { fileName: 'mine.csv', format: 'generic', importedAt: now.toISOString() },
  holdings,
  fileFx: null,
  issues: [],
  updatedAt: now.toISOString(),
});

const cents = (p: Portfolio, id: string) => p.holdings.find((h) => h.id === id)?.marketValueCents;
/** Cents per currency: every change settles in cash in the same currency, so these never move (costs aside). */
const byCurrency = (p: Portfolio) => p.holdings.reduce<Record<string, number>>((acc, h) => ({ ...acc, [h.currency]: (acc[h.currency] ?? 0) + h.marketValueCents }), {});

describe('the what-if book', () => {
  it('is a marked copy; the saved portfolio is left as it was', () => {
    const original = book();
    const frozen = structuredClone(original);
    const copy = applyHedgeTrade(whatIfCopy(original, { id: 'w1', name: 'Mine — what-if', runId: 'r1', now }), { kind: 'trim', holdingId: 'NVDA', symbol: 'NVDA', fraction: 0.5 }, 0, ctx);
    expect(original).toEqual(frozen);
    expect(copy.whatIfOf).toEqual({ portfolioId: 'p1', name: 'Mine', runId: 'r1', trades: [{ trade: { kind: 'trim', holdingId: 'NVDA', symbol: 'NVDA', fraction: 0.5 }, costCents: 0 }] });
    expect(PortfolioSchema.parse(copy)).toEqual(copy);
  });

  it('trims a holding: quantity and value scale, the proceeds go to cash to the cent, the cost is paid from it', () => {
    const w = whatIfCopy(book(), { id: 'w', name: 'w', runId: null, now });
    // ODD is worth 2,894 cents; keeping 75 % is 2,170.5 → 2,171 cents, so 723 cents are raised (2,171 + 723 = 2,894).
    const trimmed = applyHedgeTrade(w, { kind: 'trim', holdingId: 'ODD', symbol: 'ODD', fraction: 0.25 }, 1.234, ctx);
    const odd = trimmed.holdings.find((h) => h.id === 'ODD')!;
    expect(odd.marketValueCents).toBe(2171);
    expect(odd.quantity).toBeCloseTo(2.25, 12);
    // Proceeds 723 cents less the cost of 1.234 → 123 cents.
    expect(cents(trimmed, whatIfCashId('USD'))).toBe(723 - 123);
    expect(byCurrency(trimmed).USD).toBe(byCurrency(w).USD! - 123);
  });

  it('settles a trim of a holding in another currency in that currency, without an FX rate', () => {
    const trimmed = applyHedgeTrade(whatIfCopy(book(), { id: 'w', name: 'w', runId: null, now }), { kind: 'trim', holdingId: 'SAP', symbol: 'SAP', fraction: 0.1 }, 0, ctx);
    expect(cents(trimmed, 'SAP')).toBe(900_000);
    expect(cents(trimmed, whatIfCashId('EUR'))).toBe(100_000);
    expect(trimmed.holdings.find((h) => h.id === whatIfCashId('EUR'))!.currency).toBe('EUR');
    expect(cents(trimmed, whatIfCashId('USD'))).toBeUndefined();
  });

  it('adds a proxy in the base currency, paid from (a short: into) cash, and adds to it when applied again', () => {
    const w = whatIfCopy(book(), { id: 'w', name: 'w', runId: null, now });
    const short = applyHedgeTrade(w, { kind: 'proxy', symbol: 'SPY', side: 'short', notional: 10_000 }, 2.5, ctx);
    const spy = short.holdings.find((h) => h.id === proxyHoldingId('SPY', 'short'))!;
    expect(spy).toMatchObject({ symbol: 'SPY', currency: 'USD', marketValueCents: -1_000_000, account: 'What-if' });
    expect(spy.exposures.map((e) => e.tag)).toEqual(['equity']);
    expect(cents(short, whatIfCashId('USD'))).toBe(1_000_000 - 250);
    const twice = applyHedgeTrade(short, { kind: 'proxy', symbol: 'SPY', side: 'short', notional: 5_000.005 }, 0, ctx);
    expect(cents(twice, proxyHoldingId('SPY', 'short'))).toBe(-1_500_001);
    expect(cents(twice, whatIfCashId('USD'))).toBe(1_500_001 - 250);
    expect(twice.holdings.filter((h) => h.id === whatIfCashId('USD'))).toHaveLength(1);
    expect(twice.whatIfOf!.trades).toHaveLength(2);
  });

  it('edits by hand: a quantity (the difference to cash), a removal (all of it to cash), a cash line (settles nothing)', () => {
    const w = whatIfCopy(book(), { id: 'w', name: 'w', runId: null, now });
    const fewer = editWhatIfHolding(w, 'NVDA', { kind: 'quantity', quantity: 100 }, labels);
    expect(cents(fewer, 'NVDA')).toBe(1_824_000);
    expect(fewer.holdings.find((h) => h.id === 'NVDA')!.quantity).toBe(100);
    expect(cents(fewer, whatIfCashId('USD'))).toBe(364_800);
    const gone = editWhatIfHolding(fewer, 'SAP', { kind: 'remove' }, labels);
    expect(gone.holdings.some((h) => h.id === 'SAP')).toBe(false);
    expect(cents(gone, whatIfCashId('EUR'))).toBe(1_000_000);
    const lessCash = editWhatIfHolding(gone, 'CASH', { kind: 'quantity', quantity: 200 }, labels);
    expect(cents(lessCash, 'CASH')).toBe(20_000);
    expect(cents(lessCash, whatIfCashId('USD'))).toBe(364_800);
    const valued = editWhatIfHolding(lessCash, whatIfCashId('USD'), { kind: 'value', cents: 100 }, labels);
    expect(valued.holdings.find((h) => h.id === whatIfCashId('USD'))).toMatchObject({ marketValueCents: 100, quantity: 1 });
  });

  it('refuses what it cannot do', () => {
    const w = whatIfCopy(book(), { id: 'w', name: 'w', runId: null, now });
    const why = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return err instanceof WhatIfError ? err.why : String(err);
      }
      return 'no error';
    };
    expect(why(() => editWhatIfHolding(book(), 'NVDA', { kind: 'remove' }, labels))).toBe('notWhatIf');
    expect(why(() => applyHedgeTrade(w, { kind: 'trim', holdingId: 'NOPE', symbol: 'NOPE', fraction: 0.5 }, 0, ctx))).toBe('noHolding');
    expect(why(() => applyHedgeTrade(w, { kind: 'proxy', symbol: 'NOPE', side: 'long', notional: 1 }, 0, ctx))).toBe('noProxy');
    const valueOnly = whatIfCopy(book([makeHolding('MMF', 100, 'cash')]), { id: 'w', name: 'w', runId: null, now });
    expect(why(() => editWhatIfHolding(valueOnly, 'MMF', { kind: 'quantity', quantity: 3 }, labels))).toBe('noQuantity');
    expect(why(() => applyHedgeTrade(w, { kind: 'trim', holdingId: 'NVDA', symbol: 'NVDA', fraction: 0.5 }, -1, ctx))).toBe('badAmount');
  });

  it('keeps every currency’s cents whole under any trims and edits (cost aside)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('NVDA', 'ODD', 'SAP'), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.integer({ min: -500, max: 500 })), { maxLength: 8 }),
        (steps) => {
          let w = whatIfCopy(book(), { id: 'w', name: 'w', runId: null, now });
          const before = byCurrency(w);
          for (const [id, fraction, quantity] of steps) {
            w = applyHedgeTrade(w, { kind: 'trim', holdingId: id, symbol: id, fraction }, 0, ctx);
            if (w.holdings.find((h) => h.id === id)!.quantity !== 0) w = editWhatIfHolding(w, id, { kind: 'quantity', quantity }, labels);
          }
          expect(byCurrency(w)).toEqual(before);
          return w.holdings.every((h) => Number.isSafeInteger(h.marketValueCents));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('"Make this my portfolio" gives the original the what-if’s holdings under its own id, name and source', () => {
    const original = book();
    const w = applyHedgeTrade(whatIfCopy(original, { id: 'w', name: 'w', runId: null, now }), { kind: 'trim', holdingId: 'NVDA', symbol: 'NVDA', fraction: 0.5 }, 0, ctx);
    const later = new Date('2026-03-02T00:00:00Z');
    const adopted = adoptWhatIf(original, w, later);
    expect(adopted).toMatchObject({ id: 'p1', name: 'Mine', source: original.source, holdings: w.holdings, updatedAt: later.toISOString() });
    expect(adopted.whatIfOf).toBeUndefined();
  });

  it('runs as the hedge finder’s scratch book does: the same trade on the sample book gives the same ES', () => {
    const r = runImport(new Uint8Array(readFileSync(new URL('../../resources/sample-portfolio.csv', import.meta.url))), { fileName: 's.csv' });
    if (!r.ok) throw new Error(r.reason);
    const template = Scenario.parse(JSON.parse(readFileSync(new URL('../../resources/scenarios/ai-capex-bust-ease.json', import.meta.url), 'utf8')));
    const scenario = { ...template, run: { paths: 400, seed: 5 } };
    const valued = (p: Portfolio): ValuedHolding[] => p.holdings.map((holding) => ({ holding, valueBase: holding.marketValueCents / 100, advToBase: 1 }));
    const sample = book(r.holdings);
    const run = (holdings: ValuedHolding[]) => runScenario({ baseCurrency: 'USD', resources: DEFAULT_RESOURCES, scenario, holdings }).phaseOne.es975;
    for (const trade of [
      { kind: 'trim', holdingId: r.holdings.find((h) => h.symbol === 'MARA')!.id, symbol: 'MARA', fraction: 0.5 },
      { kind: 'proxy', symbol: 'SMH', side: 'short', notional: 20_000 },
    ] as const) {
      const scratch = run(applyTrade(valued(sample), trade, 12.34, proxies));
      const whatIf = run(valued(applyHedgeTrade(whatIfCopy(sample, { id: 'w', name: 'w', runId: null, now }), trade, 12.34, ctx)));
      // Cash lines differ only in their ids and names; values agree to a cent of rounding.
      expect(Math.abs(whatIf - scratch)).toBeLessThan(0.05);
      expect(whatIf).not.toBeCloseTo(run(valued(sample)), 0);
    }
  });
});
