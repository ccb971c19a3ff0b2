import { describe, expect, it } from 'vitest';
import { makeHolding, makeInput, makeScenario } from './fixtures';
import { runScenario } from './run';

describe('margin call in the engine', () => {
  // SPY (deep ADV: cheapest to sell) and MARA (no ADV: the miner's 20-day horizon) bought with a 90,000 loan.
  const book = [
    makeHolding('SPY', 100_000, 'equity', { advValue: 4e10 }),
    makeHolding('MARA', 100_000, 'miner_equity'),
    makeHolding('LOAN', -90_000, 'cash'),
  ];
  const scenario = makeScenario({ shocks: { EQ: -0.25, BTC: -0.5, AI_EQ: -0.3 }, regime: 'ease' });

  it('sells the cheapest liquidity first and the sold part does not recover in phase two', () => {
    const called = runScenario(makeInput(book, scenario));
    const mc = called.phaseOne.marginCall;
    expect(mc.triggered).toBe(true);
    expect(mc.forcedSales.map((s) => s.symbol)).toEqual(['SPY']);
    expect(mc.lockedInLoss).toBeGreaterThan(0);
    expect(mc.daysToComplete).toBe(1);
    // The same book with maintenance 0 (no margin call) recovers by more: the difference at the horizon, after the
    // ease regime has taken equities back to their pre-shock level, is the loss locked in by the forced sale.
    const free = runScenario(makeInput(book, scenario, { SPY: { maintenance: 0 }, MARA: { maintenance: 0 } }));
    expect(free.phaseOne.marginCall.triggered).toBe(false);
    const lost = free.phaseTwo.p50.at(-1)! - called.phaseTwo.p50.at(-1)!;
    expect(lost).toBeGreaterThan(0);
    expect(Math.abs(lost / mc.lockedInLoss - 1)).toBeLessThan(0.01);
    // phase-one loss includes the forced-sale cost; week 0 of phase two is the value after the call
    const cost = mc.forcedSales.reduce((a, s) => a + s.cost, 0);
    expect(called.phaseOne.meanLoss - free.phaseOne.meanLoss).toBeCloseTo(cost, 6);
    expect(called.phaseTwo.p50[0]).toBeCloseTo(called.phaseOne.startValue - called.phaseOne.meanLoss, 6);
  });

  it('an unlevered book never gets a margin call', () => {
    const r = runScenario(makeInput(book.slice(0, 2), makeScenario({ shocks: { BTC: -0.9 }, paths: 200 })));
    expect(r.phaseOne.marginCall.triggered).toBe(false);
    expect(r.phaseOne.marginCall.probability).toBe(0);
  });
});

describe('phase-two dynamics', () => {
  it('non-traded private credit shows little now and catches up on its marks later', () => {
    const fund = makeHolding('BCRED', 100_000, 'private_credit', { securityType: 'non-traded BDC' });
    const listed = makeHolding('ARCC', 100_000, 'private_credit', { advValue: 1e8 });
    const scenario = makeScenario({ shocks: { PC: -0.1, HY: 300 }, regime: 'no-ease', phaseOneWeeks: 4 });
    const r = runScenario(makeInput([fund], scenario));
    // marks lag 13 weeks, the shock took 4: nothing shows in phase one
    expect(r.phaseOne.meanLoss).toBe(0);
    // phase two: the marks start moving at week 13 − 4 = 9 and fall below −10 % as PC keeps falling (no-ease)
    expect(r.phaseTwo.p50[9]).toBe(100_000);
    expect(r.phaseTwo.p50[10]).toBeLessThan(100_000);
    expect(r.phaseTwo.p50.at(-1)!).toBeLessThan(90_000);
    // the listed BDC takes its loss (and the discount) at once
    expect(runScenario(makeInput([listed], scenario)).phaseOne.meanLoss).toBeGreaterThan(20_000);
    // its redemptions follow the 5 %-a-quarter gate, at the (stale) phase-one value
    expect(r.phaseTwo.liquidityLadder.cashRaisable).toEqual([0, 0, 0, 5_000, 10_000, 20_000]);
  });

  it('credit-risky debt defaults along the path, more without easing, and is marked at recovery', () => {
    const note = makeHolding('MARA 2031', 100_000, 'miner_debt');
    const run = (regime: 'ease' | 'no-ease') =>
      runScenario(makeInput([note], makeScenario({ shocks: { BTC: -0.3, GPU_RENT: -0.2 }, regime, paths: 500, seed: 3 })));
    const ease = run('ease');
    const noEase = run('no-ease');
    expect(noEase.phaseTwo.defaults.expected).toBeGreaterThan(ease.phaseTwo.defaults.expected);
    expect(noEase.phaseTwo.defaults.byHolding[0]?.holdingId).toBe('MARA 2031');
    expect(noEase.phaseTwo.defaults.expected).toBeGreaterThan(0.2);
    // everything defaulted is worth its recovery at most: the end value falls with more defaults
    expect(noEase.phaseTwo.p50.at(-1)!).toBeLessThan(ease.phaseTwo.p50.at(-1)!);
    expect(noEase.phaseTwo.endByExposure.miner_debt!).toBeLessThan(ease.phaseTwo.endByExposure.miner_debt!);
  });

  it('the ease regime brings a diversified book back; the end value splits by exposure', () => {
    const book = [makeHolding('NVDA', 50_000, 'ai_equity', { advValue: 3e10 }), makeHolding('IBIT', 50_000, 'btc', { advValue: 3e9 }), makeHolding('USD', 10_000, 'cash')];
    const r = runScenario(makeInput(book, makeScenario({ shocks: { AI_EQ: -0.3, BTC: -0.4 }, regime: 'ease', paths: 2_000, seed: 11 })));
    expect(r.phaseTwo.medianWeeksToRecover).not.toBeNull();
    expect(r.phaseTwo.medianWeeksToRecover!).toBeLessThan(20);
    expect(r.phaseTwo.recoveryProbability.at(-1)!).toBeGreaterThan(0.5);
    const end = r.phaseTwo.endByExposure;
    expect(end.cash).toBe(10_000);
    expect((end.ai_equity ?? 0) + (end.btc ?? 0) + (end.cash ?? 0)).toBeGreaterThan(100_000);
    expect(r.phaseTwo.endHistogram.counts.reduce((a, b) => a + b, 0)).toBe(2_000);
    expect(r.phaseOne.lossHistogram.counts.reduce((a, b) => a + b, 0)).toBe(2_000);
    // ladder: the cash is there on day 1, the deep-ADV positions within a day or two
    expect(r.phaseTwo.liquidityLadder.byExposure.cash).toEqual([10_000, 10_000, 10_000, 10_000, 10_000, 10_000]);
    expect(r.phaseTwo.liquidityLadder.cashRaisable[1]!).toBeGreaterThan(60_000);
  });
});
