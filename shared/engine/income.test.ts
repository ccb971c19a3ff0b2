import { describe, expect, it } from 'vitest';
import { makeHolding, makeInput, makeScenario } from './fixtures';
import { runScenario } from './run';

/** Coupons and dividends accrue weekly into cash in phase two (instrument-defaults.json incomeYield, or the holding's own). */
describe('income in phase two', () => {
  it('a government bond pays its yield week by week; the fan includes it (hand-computed)', () => {
    // 100,000 of govt at the default 4 %/yr and no rate move: 100,000·0.04/52 = 76.923 a week, 4,000 by week 52.
    const r = runScenario(makeInput([makeHolding('TLT', 100_000, 'govt')], makeScenario({ shocks: { RATE: 0 }, regime: 'ease' })));
    const week = (100_000 * 0.04) / 52;
    expect(r.phaseTwo.p50[0]).toBeCloseTo(100_000, 9);
    expect(r.phaseTwo.p50[1]).toBeCloseTo(100_000 + week, 9);
    expect(r.phaseTwo.p50[26]).toBeCloseTo(100_000 + 26 * week, 8);
    expect(r.phaseTwo.p50[52]).toBeCloseTo(104_000, 8);
    expect(r.phaseTwo.income).toEqual({ mean: expect.closeTo(4_000, 8), meanPath: expect.closeTo(4_000, 8) });
    expect(r.phaseTwo.endByExposure.cash).toBeCloseTo(4_000, 8);
    // the phase-one loss knows nothing of income
    expect(r.phaseOne.meanLoss).toBeCloseTo(0, 9);
  });

  it("the file's yield and a bond's coupon come before the default; an override before both", () => {
    const base = makeScenario({ shocks: { RATE: 0 }, regime: 'ease' });
    const income = (h: ReturnType<typeof makeHolding>, over?: Record<string, { incomeYield: number }>) =>
      runScenario(makeInput([h], base, over)).phaseTwo.income!.meanPath;
    expect(income(makeHolding('X', 100_000, 'govt', { incomeYield: 0.05 }))).toBeCloseTo(5_000, 8);
    // coupon 2.125 per 100 of face at a price of 85: current yield 2.5 %
    expect(income(makeHolding('B', 100_000, 'govt', { coupon: 2.125, price: 85 }))).toBeCloseTo(2_500, 8);
    expect(income(makeHolding('X', 100_000, 'govt', { incomeYield: 0.05 }), { X: { incomeYield: 0.01 } })).toBeCloseTo(1_000, 8);
  });

  it('defaulted debt stops paying: a note that defaults in week 1 pays one week of coupon', () => {
    // Revenue −99 % against a 35 % EBITDA margin: DSCR' ≤ 0, PD = 1, weekly survival 0 — week 1 pays on what was
    // held through week 0 (survival 1): 100,000·0.03/52 = 57.69; nothing after.
    const note = makeHolding('NOTE', 100_000, 'miner_debt');
    const dead = runScenario(makeInput([note], makeScenario({ shocks: { BTC: -0.99, GPU_RENT: -0.99 }, regime: 'no-ease' })));
    expect(dead.phaseTwo.income!.meanPath).toBeCloseTo((100_000 * 0.03) / 52, 9);
    const alive = runScenario(makeInput([note], makeScenario({ shocks: { BTC: -0.05 }, regime: 'ease' })));
    expect(alive.phaseTwo.income!.meanPath).toBeGreaterThan(2_500);
    expect(alive.phaseTwo.income!.meanPath).toBeLessThanOrEqual(3_000 + 1e-9);
  });

  it('a short pays the dividends of what it borrowed', () => {
    // −10,000 of equity at 1.5 %/yr: −150 by week 52; the 20,000 of cash it sits on earns nothing.
    const r = runScenario(makeInput([makeHolding('SH', -10_000, 'equity'), makeHolding('USD', 20_000, 'cash')], makeScenario({ shocks: { EQ: 0 }, regime: 'ease' })));
    expect(r.phaseTwo.income!.meanPath).toBeCloseTo(-150, 8);
    expect(r.phaseTwo.p50[52]).toBeCloseTo(10_000 - 150, 8);
  });
});
