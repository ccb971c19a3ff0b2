import { describe, expect, it } from 'vitest';
import { FACTORS } from '../domain/scenario';
import { creditBasePrice, creditRisky } from '../model/instruments';
import { meanPathMultiplier, resolveRegime } from '../model/regime';
import type { CreditParams } from '../model/resources';
import { DEFAULT_RESOURCES } from '../model/default-resources';
import { makeHolding, makeInput, makeScenario, PRICE_ONLY_RESOURCES } from './fixtures';
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
    const called = runScenario(makeInput(book, scenario, undefined, PRICE_ONLY_RESOURCES));
    const mc = called.phaseOne.marginCall;
    expect(mc.triggered).toBe(true);
    expect(mc.forcedSales.map((s) => s.symbol)).toEqual(['SPY']);
    expect(mc.lockedInLoss).toBeGreaterThan(0);
    expect(mc.daysToComplete).toBe(1);
    // The same book with maintenance 0 (no margin call) recovers by more: the difference at the horizon, after the
    // ease regime has taken equities back to their pre-shock level, is the loss locked in by the forced sale.
    const free = runScenario(makeInput(book, scenario, { SPY: { maintenance: 0 }, MARA: { maintenance: 0 } }, PRICE_ONLY_RESOURCES));
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
    const r = runScenario(makeInput([fund], scenario, undefined, PRICE_ONLY_RESOURCES));
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

  it("the 'ease' regime lowers yields after a rise and keeps a flight-to-quality fall (mean path, hand-computed)", () => {
    // An IEF-like govt bond with the govt default (D 7, C 60, a = 1; TLT has its own, longer duration): RATE −30 bp → r = 7·0.003 + ½·60·0.003² = 0.02127; the fall holds
    // (retraceIfNegative 0), so week 52 keeps the gain. RATE +30 bp → r = −0.02073 in phase one; retrace 2 with a
    // half-life of 4 weeks ends at −30·(1 − 2·(1 − 2^{−13})) bp ≈ −29.99 bp → r ≈ +0.02126 by week 52.
    const govt = makeHolding('IEF', 100_000, 'govt');
    const run = (move: number) => runScenario(makeInput([govt], makeScenario({ shocks: { RATE: move }, regime: 'ease' }), undefined, PRICE_ONLY_RESOURCES)).phaseTwo.p50;
    const fell = run(-30);
    expect(fell[0]).toBeCloseTo(102_127, 6);
    expect(fell[52]).toBeCloseTo(102_127, 6);
    const rose = run(30);
    expect(rose[0]).toBeCloseTo(97_927, 6);
    const dy = (30 * (1 - 2 * (1 - 2 ** -13))) * 1e-4;
    expect(rose[52]).toBeCloseTo(100_000 * (1 - 7 * dy + 30 * dy * dy), 6);
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
    const r = runScenario(makeInput(book, makeScenario({ shocks: { AI_EQ: -0.3, BTC: -0.4 }, regime: 'ease', paths: 2_000, seed: 11 }), undefined, PRICE_ONLY_RESOURCES));
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

describe('phase-two defaults price the cash-flow uncertainty once', () => {
  // No shock at all (every factor shocked by 0, so phase one draws nothing), normal-times correlations (λ = 0), and
  // the 'ease' regime, which has nothing to retrace: the factor paths are pure noise around zero. A credit then
  // defaults within 52 weeks at about its base one-year PD: the paths supply the systematic part of σ_cf, the hazard
  // prices only σ_idio (model/instruments.ts cashFlowSplit). Before this split the miner note defaulted with ≈ 0.53
  // and the GPU-backed note with ≈ 0.20.
  const noShock = Object.fromEntries(FACTORS.map((f) => [f, 0]));
  const run = (tag: 'miner_debt' | 'ai_infra_debt') =>
    runScenario(makeInput([makeHolding('NOTE', 100_000, tag)], makeScenario({ shocks: noShock, correlationConvergence: 0, regime: 'ease', paths: 20_000, seed: 52 })));

  it('miner debt: PD₀ = Φ(−ln 1.8 / 0.4) = Φ(−1.4695) ≈ 0.0709; 52-week default within ±35 %', () => {
    const pd0 = 0.0709;
    const p = run('miner_debt').phaseTwo.defaults.expected;
    expect(p).toBeGreaterThan(pd0 * 0.65);
    expect(p).toBeLessThan(pd0 * 1.35);
  });

  it('GPU-backed debt: PD₀ = Φ(−ln 2 / 0.35) = Φ(−1.9804) ≈ 0.0238; 52-week default within ±35 %', () => {
    const pd0 = 0.0238;
    const p = run('ai_infra_debt').phaseTwo.defaults.expected;
    expect(p).toBeGreaterThan(pd0 * 0.65);
    expect(p).toBeLessThan(pd0 * 1.35);
  });
});

describe('defaulted debt is re-marked through its workout', () => {
  const p = DEFAULT_RESOURCES.instrumentDefaults.tags.miner_debt.params as CreditParams;
  // BTC −40 %, GPU rents −20 %, GPU resale −30 %; BTC and resale values come back (half-life 4 weeks), rents do not:
  // coverage stays low, so the note keeps defaulting while its collateral recovers.
  const regime = { custom: { BTC: { retrace: 1, lagWeeks: 0, halfLifeWeeks: 4 }, GPU_RESALE: { retrace: 1, lagWeeks: 0, halfLifeWeeks: 4 } } };
  const scenario = makeScenario({ shocks: { BTC: -0.4, GPU_RENT: -0.2, GPU_RESALE: -0.3 }, regime, horizonWeeks: 52 });
  const note = makeHolding('MARA 2031', 100_000, 'miner_debt');
  const run = (workoutWeeks?: number) =>
    runScenario(makeInput([note], scenario, workoutWeeks === undefined ? undefined : { 'MARA 2031': { workoutWeeks } }));

  it('a workout longer than the horizon: every default is carried at the horizon\'s recovery (mean path, hand-checked)', () => {
    const r = run();
    // The factors at week 52 on the mean path: the phase-one move times the regime's multiplier.
    const reg = resolveRegime(regime, DEFAULT_RESOURCES.regimes);
    const f52 = Float64Array.from(FACTORS, (f) => r.phaseOne.factors[f] * meanPathMultiplier(reg[f], 52));
    const state = creditRisky(p, f52);
    const s52 = 1 - r.phaseTwo.defaults.expected;
    // x(52) = S·[(1−PD)(1 − D·b·HY) + PD·R]/base + (1 − S)·R/base, all at week 52's factors (57-week workout > 52)
    const expected = 100_000 * (s52 * state.priceRatio + ((1 - s52) * state.recovery) / creditBasePrice(p));
    expect(r.phaseTwo.defaults.expected).toBeGreaterThan(0.3);
    expect(r.phaseTwo.endByExposure.miner_debt! / expected - 1).toBeLessThan(1e-5);
    expect(r.phaseTwo.endByExposure.miner_debt! / expected - 1).toBeGreaterThan(-1e-5);
  });

  it('recovers more when the collateral comes back before the workout ends; a zero workout pays at the default week', () => {
    const long = run().phaseTwo;
    const short = run(10).phaseTwo;
    const none = run(0).phaseTwo;
    // the same defaults, whatever the workout
    expect(short.defaults.expected).toBe(long.defaults.expected);
    expect(none.defaults.expected).toBe(long.defaults.expected);
    // BTC and resale values rise through the year: a later exit recovers more
    expect(long.endByExposure.miner_debt!).toBeGreaterThan(short.endByExposure.miner_debt!);
    expect(short.endByExposure.miner_debt!).toBeGreaterThan(none.endByExposure.miner_debt!);
    // recovery stays at most par: the defaulted part is never worth more than its face
    expect(long.endByExposure.miner_debt!).toBeLessThan(100_000 / creditBasePrice(p));
  });
});
