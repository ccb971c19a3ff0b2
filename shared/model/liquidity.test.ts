import { describe, expect, it } from 'vitest';
import { impactCostRate, type LiquidityLine, liquidityLadder, meetCashNeed, tradingDays } from './liquidity';

const line = (over: Partial<LiquidityLine>): LiquidityLine => ({
  tag: 'equity',
  holdingIndex: 0,
  value: 0,
  costRate: 0,
  mode: 'cash',
  dailyCap: 0,
  horizonDays: 1,
  gatePerQuarter: 0,
  defaults: null,
  ...over,
});

describe('liquidity ladder', () => {
  // One position: value 1,000,000; ADV 2,000,000 with depth −50 % → ADV_stressed 1,000,000; participation 15 %
  // → 150,000 a trading day, 6.67 trading days to liquidate. σ_daily 2 %, Y = 1:
  // cost = 1·0.02·√(150,000/1,000,000) = 0.0077459666924148 per unit sold.
  const c = impactCostRate(1, 0.02, 1_000_000, 2_000_000 * (1 - 0.5), 0.15);
  const stock = line({ value: 1_000_000, mode: 'adv', dailyCap: 0.15 * 1_000_000, costRate: c });

  it('square-root impact cost (hand-computed)', () => {
    expect(c).toBeCloseTo(0.02 * Math.sqrt(0.15), 15);
    expect(c).toBeCloseTo(0.0077459666924148, 15);
    // a position smaller than a day's volume pays √(value/ADV) instead of √p
    expect(impactCostRate(1, 0.02, 10_000, 1_000_000, 0.15)).toBeCloseTo(0.002, 15);
    // no ADV: √p at the participation cap
    expect(impactCostRate(0.5, 0.02, 1e9, null, 0.15)).toBeCloseTo(0.01 * Math.sqrt(0.15), 15);
  });

  it('sells p·ADV_stressed per trading day, net of cost (hand-computed)', () => {
    // trading days by calendar day 1, 7, 30: 1, 5, 22 → gross 150,000, 750,000, 1,000,000 (all)
    expect([1, 7, 30, 90].map(tradingDays)).toEqual([1, 5, 22, 65]);
    const ladder = liquidityLadder([stock]);
    expect(ladder.days).toEqual([1, 7, 30, 90, 180, 365]);
    expect(ladder.cashRaisable[0]).toBeCloseTo(150_000 * (1 - c), 8);
    expect(ladder.cashRaisable[1]).toBeCloseTo(750_000 * (1 - c), 8);
    expect(ladder.cashRaisable[2]).toBeCloseTo(1_000_000 * (1 - c), 8);
    expect(ladder.costs[2]).toBeCloseTo(1_000_000 * c, 8);
    expect(ladder.byExposure.equity).toEqual(ladder.cashRaisable);
  });

  it('a gated fund releases 5 % per quarter (windows every 90 days)', () => {
    const fund = line({ tag: 'private_credit', value: 100_000, mode: 'gated', gatePerQuarter: 0.05 });
    // days 1, 7, 30 → 0; 90 → 1 window; 180 → 2; 365 → 4 → 5,000 · windows
    expect(liquidityLadder([fund]).cashRaisable).toEqual([0, 0, 0, 5_000, 10_000, 20_000]);
  });

  it('without an ADV a position sells evenly over its liquidity horizon', () => {
    const bond = line({ tag: 'credit', value: 60_000, mode: 'horizon', horizonDays: 60 });
    // 1, 5, 22, 60+ trading days of 60 → 1,000, 5,000, 22,000, 60,000
    expect(liquidityLadder([bond]).cashRaisable).toEqual([1_000, 5_000, 22_000, 60_000, 60_000, 60_000]);
  });

  it('defaulted debt leaves the sellable amount and pays its recovery only after the workout', () => {
    const survival = Array.from({ length: 53 }, (_, t) => (t >= 2 ? 0 : 1)); // all default in week 2
    const debt = line({ tag: 'miner_debt', value: 70_000, mode: 'horizon', horizonDays: 70, defaults: { survival, recoveryRate: survival.map(() => 0.3), workoutDays: 100 } });
    const l = liquidityLadder([debt]).cashRaisable;
    // days 1..13 sell 1,000 a trading day (⌈13·5/7⌉ = 10 by the default on day 14); the rest defaults;
    // its recovery 0.3·60,000 = 18,000 arrives 100 days later (day 114)
    expect(l[0]).toBeCloseTo(1_000, 8);
    expect(l[2]).toBeCloseTo(10_000, 8);
    expect(l[3]).toBeCloseTo(10_000, 8);
    expect(l[4]).toBeCloseTo(10_000 + 18_000, 8);
  });

  it('a cash need: the first day it can be met, at the cost of the cheapest liquidity (hand-computed)', () => {
    const cash = line({ tag: 'cash', value: 10_000, mode: 'cash' });
    // need 400,000: cash 10,000 then 390,000 net from the stock = 393,044.6 gross → 3 trading days → calendar day 3
    // cost = 390,000·c/(1 − c) = 3,044.61…
    const r = meetCashNeed([cash, stock], 400_000);
    expect(r.dayMet).toBe(3);
    expect(r.cost).toBeCloseTo((390_000 * c) / (1 - c), 8);
    expect(r.shortfall).toBe(0);
    const never = meetCashNeed([cash], 20_000);
    expect(never).toEqual({ amount: 20_000, dayMet: null, cost: 0, shortfall: 10_000 });
  });
});

describe('a short in the ladder', () => {
  it('buying it back takes cash and costs impact; a cash need leaves it alone (hand-computed)', () => {
    // Long 100,000 in cash mode (day 1); short 50,000 with 10,000 a day bought back at 1 % cost: by day 7 (5 trading
    // days) all 50,000 is bought back for 50,500 of cash; by day 1, 10,000 for 10,100.
    const long = line({ value: 100_000, mode: 'cash' });
    const short = line({ value: -50_000, mode: 'adv', dailyCap: 10_000, costRate: 0.01, holdingIndex: 1 });
    const ladder = liquidityLadder([long, short], [1, 7]);
    expect(ladder.cashRaisable[0]).toBeCloseTo(100_000 - 10_100, 9);
    expect(ladder.cashRaisable[1]).toBeCloseTo(100_000 - 50_500, 9);
    expect(ladder.costs).toEqual([expect.closeTo(100, 9), expect.closeTo(500, 9)]);
    // raising 60,000 sells the long only (day 1, no cost): buying the short back would only use cash
    expect(meetCashNeed([long, short], 60_000)).toEqual({ amount: 60_000, dayMet: 1, cost: 0, shortfall: 0 });
  });
});

