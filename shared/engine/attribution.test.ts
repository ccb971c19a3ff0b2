import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPOSURE_TAGS, type ExposureTag } from '../domain/exposure';
import type { Holding } from '../domain/holding';
import { makeHolding, makeInput, makeScenario } from './fixtures';
import { mergeShards } from './merge';
import { prepareRun } from './prepare';
import { runScenario, splitPaths } from './run';
import { simulateShard } from './simulate';

/** The phase-one loss by holding and by exposure adds up to the headline mean loss: the property a risk manager checks first. */

const CENT = 0.005;
const total = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
const priced = EXPOSURE_TAGS.filter((t) => t !== 'cash' && t !== 'unclassified');

/** A book of 1–8 holdings: any priced tag or a two-tag blend, shorts allowed, with cash and optionally a margin loan. */
const book = fc
  .record({
    positions: fc.array(
      fc.record({
        tag: fc.constantFrom(...priced),
        blendWith: fc.option(fc.constantFrom(...priced), { nil: null }),
        cents: fc.integer({ min: 100_00, max: 500_000_00 }),
        short: fc.boolean(),
        adv: fc.option(fc.integer({ min: 1e5, max: 1e10 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    cashCents: fc.integer({ min: 0, max: 100_000_00 }),
    loanShare: fc.option(fc.double({ min: 0.1, max: 0.9, noNaN: true }), { nil: null }),
  })
  .map(({ positions, cashCents, loanShare }): Holding[] => {
    const holdings = positions.map((p, i) => {
      const exposures: { tag: ExposureTag; weight: number }[] =
        p.blendWith && p.blendWith !== p.tag ? [{ tag: p.tag, weight: 0.7 }, { tag: p.blendWith, weight: 0.3 }] : [{ tag: p.tag, weight: 1 }];
      const value = ((p.short && p.tag === 'equity' ? -1 : 1) * p.cents) / 100;
      return makeHolding(`H${i}`, value, exposures.length === 1 ? exposures[0]!.tag : exposures, p.adv === null ? {} : { advValue: p.adv });
    });
    const gross = total(positions.map((p) => p.cents)) / 100;
    holdings.push(makeHolding('USD', cashCents / 100, 'cash'));
    if (loanShare !== null) holdings.push(makeHolding('LOAN', -Math.round(gross * loanShare), 'cash'));
    return holdings;
  });

const shocks = fc.record({
  AI_EQ: fc.double({ min: -0.6, max: 0.1, noNaN: true }),
  BTC: fc.double({ min: -0.7, max: 0.2, noNaN: true }),
  HY: fc.double({ min: 0, max: 800, noNaN: true }),
});

describe('additive attribution', () => {
  it('parts add up to the whole to the cent, by holding and by exposure, for any book, shock and seed (property)', () => {
    fc.assert(
      fc.property(book, shocks, fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 300 }), (holdings, s, seed, paths) => {
        const r = runScenario(makeInput(holdings, makeScenario({ shocks: s, paths, seed, horizonWeeks: 8 })));
        const p1 = r.phaseOne;
        expect(p1.attribution).toBe('paths');
        expect(Math.abs(total(p1.byHolding.map((h) => h.loss)) - p1.meanLoss)).toBeLessThan(CENT);
        expect(Math.abs(total(Object.values(p1.byExposure)) - p1.meanLoss)).toBeLessThan(CENT);
        // Forced-sale costs are part of the loss of the holdings sold, never more than it.
        for (const h of p1.byHolding) expect(h.forcedSaleCost).toBeGreaterThanOrEqual(0);
        // The mean path's own parts add up to its own loss.
        const mp = p1.meanPath!;
        expect(Math.abs(total(mp.byHolding) - mp.loss)).toBeLessThan(CENT);
        expect(Math.abs(total(Object.values(mp.byExposure)) - mp.loss)).toBeLessThan(CENT);
      }),
      { numRuns: 60 },
    );
  });

  it('with 0 paths the parts are the mean path’s and add up to the mean loss, forced-sale costs included', () => {
    fc.assert(
      fc.property(book, shocks, (holdings, s) => {
        const p1 = runScenario(makeInput(holdings, makeScenario({ shocks: s, paths: 0, horizonWeeks: 4 }))).phaseOne;
        expect(p1.attribution).toBe('meanPath');
        expect(Math.abs(total(p1.byHolding.map((h) => h.loss)) - p1.meanLoss)).toBeLessThan(CENT);
        expect(Math.abs(total(Object.values(p1.byExposure)) - p1.meanLoss)).toBeLessThan(CENT);
      }),
      { numRuns: 60 },
    );
  });

  it('a margin call’s impact cost sits on the holdings it sold (hand-checked book)', () => {
    // 100,000 of NVDA on a 70,000 loan: equity 30,000. AI_EQ −40 % → NVDA 60,000, equity −10,000 < 30 % × 60,000:
    // the call sells NVDA, and every dollar of its impact cost is NVDA's.
    const holdings = [makeHolding('NVDA', 100_000, 'ai_equity', { advValue: 1e6 }), makeHolding('LOAN', -70_000, 'cash')];
    const r = runScenario(makeInput(holdings, makeScenario({ shocks: { AI_EQ: -0.4 }, paths: 200, seed: 3, horizonWeeks: 4 })));
    const [nvda, loan] = r.phaseOne.byHolding;
    expect(r.phaseOne.marginCall.probability).toBeGreaterThan(0.5);
    expect(nvda!.forcedSaleCost).toBeGreaterThan(0);
    expect(loan!.loss).toBe(0);
    expect(Math.abs(nvda!.loss - r.phaseOne.meanLoss)).toBeLessThan(CENT);
  });

  it('shards split on block boundaries give bit-identical parts; a split inside a block only rounds differently', () => {
    const holdings = [makeHolding('NVDA', 40_000, 'ai_equity'), makeHolding('IBIT', 25_000, 'btc'), makeHolding('MARA 2031', 15_000, 'miner_debt')];
    const prepared = prepareRun(makeInput(holdings, makeScenario({ shocks: { AI_EQ: -0.35, BTC: -0.45 }, paths: 300, seed: 11, horizonWeeks: 8 })));
    const whole = mergeShards(prepared, [simulateShard(prepared, 0, 300)]);
    for (const parts of [2, 3, 5]) {
      const split = mergeShards(prepared, splitPaths(300, parts).map(([a, b]) => simulateShard(prepared, a, b)));
      expect(split.phaseOne.byHolding).toEqual(whole.phaseOne.byHolding);
    }
    const odd = mergeShards(prepared, [simulateShard(prepared, 0, 100), simulateShard(prepared, 100, 300)]);
    odd.phaseOne.byHolding.forEach((h, i) => expect(h.loss).toBeCloseTo(whole.phaseOne.byHolding[i]!.loss, 6));
  });
});
