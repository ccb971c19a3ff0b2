import { describe, expect, it } from 'vitest';
import { groupPositions, subPositions } from '../model/positions';
import { makeHolding, makeInput, makeScenario } from './fixtures';
import { mergeShards } from './merge';
import { prepareRun } from './prepare';
import { runScenario, splitPaths } from './run';
import { simulateShard } from './simulate';

/**
 * Currencies (DESIGN.md §4.1, FX_*): FX factors are the change of one unit's value in US dollars, so a holding in
 * currency C is worth (1 + f_C)/(1 + f_B) of its base value in base B, on top of its own model's return. Values
 * below are already in the base currency (what valuation hands the engine).
 */
const eur = (id: string, valueBase: number, tag: Parameters<typeof makeHolding>[2], extra = {}) => makeHolding(id, valueBase, tag, { currency: 'EUR', ...extra });

describe('FX legs, deterministic (paths = 0)', () => {
  it('EUR cash worth 11,536 USD loses exactly 10 % under FX_EUR −10 % in a USD base; USD cash nothing (hand-computed)', () => {
    // 10,000 EUR at 1.1536 USD = 11,536 USD; φ = f_EUR = −0.10 (base USD: f_USD = 0) → loss = 11,536 × 0.10 = 1,153.6
    const r = runScenario(makeInput([eur('EUR', 11_536, 'cash'), makeHolding('USD', 5_000, 'cash')], makeScenario({ shocks: { FX_EUR: -0.1 } })));
    expect(r.phaseOne.byHolding.map((h) => h.loss)).toEqual([11_536 * 0.1, 0]);
    expect(r.phaseOne.meanLoss).toBe(11_536 * 0.1);
    expect(r.phaseOne.byExposure).toEqual({ cash: 11_536 * 0.1 });
    // Phase two, regime 'ease': FX_EUR retraces fully (half-life 6 weeks), so the cash is worth 11,536·(1 − 0.1·m(t)).
    expect(r.phaseTwo.p50[0]).toBeCloseTo(5_000 + 11_536 * 0.9, 9);
    expect(r.phaseTwo.p50[6]).toBeCloseTo(5_000 + 11_536 * (1 - 0.1 * 0.5), 9);
    // The reason says what moved: its currency against the base.
    expect(r.phaseOne.reasons?.holdings[0]?.fx).toEqual({ currency: 'EUR', base: 'USD', move: -0.1 });
    expect(r.phaseOne.reasons?.holdings[1]?.fx).toBeUndefined();
  });

  it('multiplies the model return: an equity in EUR under EQ −20 % and FX_EUR −10 % loses 1 − 0.8 × 0.9 = 28 % (hand-computed)', () => {
    const r = runScenario(makeInput([eur('SAP', 10_000, 'equity')], makeScenario({ shocks: { EQ: -0.2, FX_EUR: -0.1 } })));
    // r = −0.2, φ = −0.1: (1 + r)(1 + φ) − 1 = r + φ + r·φ = −0.28 → loss 2,800
    expect(r.phaseOne.meanLoss).toBeCloseTo(2_800, 9);
    expect(r.phaseOne.byExposure.equity).toBeCloseTo(2_800, 9);
  });

  it('is exact in a EUR base too: USD holdings gain 1/0.9, EUR ones do not move, yen ones move (1 + f_JPY)/(1 + f_EUR) (hand-computed)', () => {
    const holdings = [makeHolding('USD', 9_000, 'cash'), eur('EUR', 1_000, 'cash'), makeHolding('JPY', 2_000, 'cash', { currency: 'JPY' })];
    const input = { ...makeInput(holdings, makeScenario({ shocks: { FX_EUR: -0.1, FX_JPY: 0.08 } })), baseCurrency: 'EUR' };
    const r = runScenario(input);
    const [usd, euro, yen] = r.phaseOne.byHolding.map((h) => h.loss);
    // 9,000 EUR of dollars: a dollar is worth 1/(1 − 0.1) = 1.111… euros → gain 9,000 × (1/0.9 − 1) = 1,000
    expect(usd).toBeCloseTo(-1_000, 9);
    expect(euro).toBe(0);
    // yen: (1 + 0.08)/(1 − 0.1) = 1.2 → gain 2,000 × 0.2 = 400
    expect(yen).toBeCloseTo(-400, 9);
  });

  it('CNY holdings move with FX_CNH; a currency without a factor (CHF) moves like the dollar', () => {
    const holdings = [makeHolding('CNY', 1_000, 'cash', { currency: 'CNY' }), makeHolding('CHF', 1_000, 'cash', { currency: 'CHF' })];
    const r = runScenario(makeInput(holdings, makeScenario({ shocks: { FX_CNH: -0.05 } })));
    expect(r.phaseOne.byHolding.map((h) => h.loss)).toEqual([1_000 * 0.05, 0]);
  });
});

describe('FX legs in the groups and the path loop', () => {
  it('groups by (model, currency): two EUR equities share a group, a USD one has its own, USD cash none', () => {
    const input = makeInput(
      [eur('SAP', 1_000, 'equity'), eur('ASML', 2_000, 'equity'), makeHolding('SPY', 3_000, 'equity'), makeHolding('USD', 500, 'cash'), eur('EURC', 400, 'cash')],
      makeScenario(),
    );
    const groups = groupPositions(subPositions(input));
    expect(groups.map((g) => [g.tag, g.fx?.key ?? null, g.value])).toEqual([
      ['equity', 'FX_EUR/USD', 3_000],
      ['equity', null, 3_000],
      ['cash', 'FX_EUR/USD', 400],
    ]);
  });

  it('on every path EUR cash is worth 1 + f_EUR: no dispersion, no idiosyncratic noise → the loss is 10 % on all paths', () => {
    // Severity dispersion 0 scales the core shock by exactly 1; cash has no idiosyncratic noise.
    const r = runScenario(makeInput([eur('EUR', 10_000, 'cash')], makeScenario({ shocks: { FX_EUR: -0.1 }, severityDispersion: 0, paths: 200, seed: 3 })));
    expect(r.phaseOne.var95).toBeCloseTo(1_000, 9);
    expect(r.phaseOne.var99).toBeCloseTo(1_000, 9);
    expect(r.phaseOne.meanLoss).toBeCloseTo(1_000, 9);
    expect(r.phaseOne.byExposure.cash).toBeCloseTo(1_000, 9);
  });

  it('a mixed-currency book gives identical JSON with 1, 2 and 3 shards', () => {
    const book = [
      eur('SAP', 20_000, 'equity', { advValue: 1e9 }),
      makeHolding('HK', 15_000, 'equity', { currency: 'HKD' }),
      makeHolding('JP', 10_000, 'btc', { currency: 'JPY' }),
      eur('BUND', 10_000, 'govt'),
      eur('NOTE', 8_000, 'miner_debt'),
      makeHolding('NVDA', 30_000, 'ai_equity', { advValue: 3e10 }),
      eur('EURC', 5_000, 'cash'),
      makeHolding('LOAN', -30_000, 'cash'),
    ];
    const prepared = prepareRun(makeInput(book, makeScenario({ shocks: { AI_EQ: -0.3, FX_EUR: -0.08 }, regime: 'no-ease', paths: 200, seed: 9, horizonWeeks: 20 })));
    const run = (shards: number) => JSON.stringify(mergeShards(prepared, splitPaths(200, shards).map(([a, b]) => simulateShard(prepared, a, b))));
    const one = run(1);
    expect(run(2)).toBe(one);
    expect(run(3)).toBe(one);
  });
});
