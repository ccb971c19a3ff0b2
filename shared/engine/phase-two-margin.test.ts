import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeHolding, makeInput, makeScenario, PRICE_ONLY_RESOURCES } from './fixtures';
import { checkMargin } from './phase-two-margin';
import { prepareRun } from './prepare';
import { runScenario } from './run';
import { RunResult } from './run-result';
import { BATCH, buildRuntime } from './runtime';

/**
 * A 2× levered long book: one equity holding of 200 bought with a 100 margin loan, maintenance 30 %, impact cost 0
 * (impactY 0), prices only (no dividends). The holding loads 1 on EQ and 1 on AI_EQ; phase one moves each by −12.5 %,
 * so x(0) = 0.75: equity 150 − 100 = 50 ≥ requirement 0.3·150 = 45 — no phase-one call.
 * Phase two (custom regime, m(t) = s·[1 − ρ·(1 − 2^{−(t−lag)/half-life})] after the lag):
 *   EQ:    ρ = −1.6, lag 3, half-life 0.25 → from week 4 on it falls to −0.125·(1 + 1.6·(1 − 2^{−4(t−3)}));
 *   AI_EQ: ρ = 5,    lag 4, half-life 4    → from week 5 on it climbs back and overshoots (to +0.4998 by week 52).
 * Weeks 1–3: x = 0.75, no call. Week 4: m_EQ = −0.125·(1 + 1.6·0.9375) = −0.3125, m_AI = −0.125 → x = 0.5625;
 *   long value 112.5, equity 12.5, requirement 33.75: deficit 21.25; each unit sold cures 0.3 → y = 70.8333 sold,
 *   the loan falls to 29.1667, the book keeps 41.6667 (74.074 units of start value), equity = requirement = 12.5.
 * Week 5: m_EQ = −0.125·(1 + 1.6·(1 − 2^{−8})) = −0.324219, m_AI = −0.125·(1 − 5·(1 − 2^{−1/4})) = −0.025560 →
 *   x = 0.650221: equity 74.074·0.650221 − 29.1667 = 19.00 ≥ 0.3·48.16 = 14.45, and x only rises after: one call.
 * Week 52: x = 1 − 0.325 + 0.125·(5·(1 − 2^{−12}) − 1) = 1.174847. Locked-in loss = what the 125.926 units sold
 *   (70.8333/0.5625) would be worth then less what they fetched: 125.926·1.174847 − 70.8333 = 77.1104 — exactly the
 *   gap between this book and the same book without maintenance at week 52 (200·x − 100 against 74.074·x − 29.1667).
 */
const book = [makeHolding('EQ', 200, 'equity', { advValue: 1e9 }), makeHolding('LOAN', -100, 'cash')];
const loadings = { EQ: { loadings: { EQ: 1, AI_EQ: 1 } } };
const regime = {
  custom: { EQ: { retrace: -1.6, lagWeeks: 3, halfLifeWeeks: 0.25 }, AI_EQ: { retrace: 5, lagWeeks: 4, halfLifeWeeks: 4 } },
};
const scenario = (paths = 0) =>
  makeScenario({ shocks: { EQ: -0.125, AI_EQ: -0.125 }, phaseOneWeeks: 4, regime, horizonWeeks: 52, liquidity: { impactY: 0 }, paths, seed: 7 });
const run = (paths = 0, maintenance?: number, shards = 1) =>
  runScenario(makeInput(book, scenario(paths), { EQ: { ...loadings.EQ, ...(maintenance === undefined ? {} : { maintenance }) } }, PRICE_ONLY_RESOURCES), { shards });

describe('phase-two margin call (golden, hand-computed above)', () => {
  const x4 = 1 - 0.125 * (1 + 1.6 * (1 - 2 ** -4)) - 0.125;
  const y = (0.3 * 200 * x4 - (200 * x4 - 100)) / 0.3;
  const kept = 200 * (1 - y / (200 * x4));
  const x52 = 1 - 0.125 * (1 + 1.6 * (1 - 2 ** -196)) - 0.125 * (1 - 5 * (1 - 2 ** -12));

  it('the mean path breaches maintenance in week 4, sells just enough, and the sold part no longer recovers', () => {
    expect(x4).toBe(0.5625);
    expect(y).toBeCloseTo(70.833333, 5);
    const r = run();
    expect(r.phaseOne.marginCall.triggered).toBe(false);
    const mc = r.phaseTwo.marginCall!;
    expect(mc.meanPath).toEqual({ triggered: true, week: 4, lockedLoss: expect.any(Number) });
    expect(mc.probability).toBe(1);
    expect(mc.medianWeek).toBe(4);
    const p50 = r.phaseTwo.p50;
    expect(p50[3]).toBeCloseTo(50, 9);
    // week 4: after the sale equity equals the requirement, 12.5 (no impact cost: the sale itself loses nothing)
    expect(p50[4]).toBeCloseTo(12.5, 9);
    expect(p50[52]).toBeCloseTo(kept * x52 - (100 - y), 9);
    const locked = (200 - kept) * x52 - y;
    expect(locked).toBeCloseTo(77.1104, 3);
    expect(mc.lockedLoss).toBeCloseTo(locked, 9);
    expect(mc.meanPath.lockedLoss).toBeCloseTo(locked, 9);
    // the cash at the horizon is what is left of the loan
    expect(r.phaseTwo.endByExposure.cash).toBeCloseTo(-(100 - y), 9);
    expect(r.phaseTwo.endByExposure.equity).toBeCloseTo(kept * x52, 9);
  });

  it('the locked-in loss is the gap to the same book without the call at the horizon', () => {
    const called = run();
    const free = run(0, 0);
    expect(free.phaseTwo.marginCall!.meanPath.triggered).toBe(false);
    expect(free.phaseTwo.p50[52]).toBeCloseTo(200 * x52 - 100, 9);
    expect(free.phaseTwo.p50[52]! - called.phaseTwo.p50[52]!).toBeCloseTo(called.phaseTwo.marginCall!.lockedLoss, 9);
  });

  it('over paths: a probability, the median first week and the mean locked-in loss, the same with 1 and 2 shards', () => {
    const one = run(512, undefined, 1);
    const two = run(512, undefined, 2);
    expect(two).toEqual(one);
    const mc = one.phaseTwo.marginCall!;
    expect(mc.probability).toBeGreaterThan(0.2);
    expect(mc.probability).toBeLessThanOrEqual(1);
    expect(mc.medianWeek).not.toBeNull();
    expect(mc.medianWeek!).toBeGreaterThanOrEqual(1);
    expect(mc.medianWeek!).toBeLessThanOrEqual(52);
    expect(mc.meanPath.week).toBe(4);
    // the JSON a saved run or `cli run --json` carries parses back with the fields
    const parsed = RunResult.parse(JSON.parse(JSON.stringify(one)));
    expect(parsed.phaseTwo.marginCall).toEqual(mc);
  });

  it('old saved runs without phaseTwo.marginCall still read (the field stays absent)', () => {
    const r = JSON.parse(JSON.stringify(run())) as { phaseTwo: Record<string, unknown> };
    delete r.phaseTwo.marginCall;
    delete r.phaseTwo.income;
    const parsed = RunResult.parse(r);
    expect(parsed.phaseTwo.marginCall).toBeUndefined();
    expect(parsed.phaseTwo.income).toBeUndefined();
  });

  it('a book that never breaches keeps every number it had: no calls, no locked loss', () => {
    const r = runScenario(makeInput([makeHolding('EQ', 200, 'equity')], scenario(256), loadings, PRICE_ONLY_RESOURCES));
    expect(r.phaseTwo.marginCall).toEqual({ probability: 0, medianWeek: null, lockedLoss: 0, meanPath: { triggered: false, week: null, lockedLoss: 0 } });
  });
});

describe('phase-two margin check invariants (property, on the kernel itself)', () => {
  // Any book of longs and shorts with a loan; any week's prices; the check restores maintenance or sells all it can.
  const position = fc.record({
    tag: fc.constantFrom('equity', 'btc', 'ai_equity', 'govt', 'credit', 'miner_equity'),
    value: fc.integer({ min: 1_000, max: 100_000 }),
    short: fc.boolean(),
    adv: fc.option(fc.integer({ min: 1e5, max: 1e10 }), { nil: null }),
  });
  it('after a call equity ≥ requirement or nothing sellable is left; cash raised never exceeds the value sold', () => {
    let calls = 0;
    let fullySold = 0;
    fc.assert(
      fc.property(
        fc.array(position, { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 6, maxLength: 6 }),
        (positions, leverage, prices) => {
          const holdings = positions.map((p, i) =>
            makeHolding(`H${i}`, p.short && p.tag === 'equity' ? -p.value : p.value, p.tag, p.adv === null ? {} : { advValue: p.adv }),
          );
          const gross = positions.reduce((a, p) => a + p.value, 0);
          holdings.push(makeHolding('LOAN', -Math.round(gross * leverage), 'cash'));
          const prepared = prepareRun(makeInput(holdings, makeScenario({ shocks: { EQ: -0.2 } })));
          const rt = buildRuntime(prepared.kernel);
          if (!rt.phaseTwoMargin) return;
          const { G, w, x } = rt;
          let eq = rt.constant;
          for (let g = 0; g < G; g++) {
            w[g * BATCH] = rt.value[g]!;
            x[g * BATCH] = prices[g % prices.length]!;
            eq += w[g * BATCH]! * x[g * BATCH]!;
            rt.soldW[g * BATCH] = 0;
          }
          rt.base[0] = rt.constant;
          rt.eq[0] = eq;
          rt.fetched[0] = 0;
          rt.callWeek[0] = -1;
          const before = Float64Array.from({ length: G }, (_, g) => w[g * BATCH]!);
          // The same state through the full pass (no screen): the screen may only skip, never change, a call.
          const full = buildRuntime(prepared.kernel);
          full.screenBase = 1;
          for (const k of ['w', 'x', 'soldW', 'base', 'eq', 'fetched', 'callWeek'] as const) full[k].set(rt[k]);
          checkMargin(full, 3, 1);
          checkMargin(rt, 3, 1);
          for (const k of ['w', 'soldW', 'base', 'eq', 'fetched', 'callWeek'] as const) expect(rt[k]).toEqual(full[k]);
          let equity = rt.base[0]!;
          let requirement = 0;
          let soldValue = 0;
          let size = 0;
          for (let g = 0; g < G; g++) {
            const a = w[g * BATCH]! * x[g * BATCH]!;
            equity += a;
            requirement += rt.margin.maintenance[g]! * Math.abs(a);
            soldValue += (before[g]! - w[g * BATCH]!) * x[g * BATCH]!;
            size += Math.abs(before[g]! * x[g * BATCH]!);
          }
          // Relative to the book, with a floor of a billionth of a unit: prices near 0 (fast-check tries 1e-323) leave
          // amounts below any meaningful money, where a relative tolerance underflows to 0.
          const tol = 1e-9 * (size + Math.abs(rt.constant)) + 1e-9;
          expect(Math.abs(equity - rt.eq[0]!)).toBeLessThan(tol);
          const sellableLeft = [...rt.margin.order].some((g) => {
            const m = rt.margin.maintenance[g]!;
            return m > rt.margin.costRate[g]! && Math.abs(w[g * BATCH]! * x[g * BATCH]!) > tol;
          });
          expect(equity >= requirement - tol || !sellableLeft).toBe(true);
          if (rt.callWeek[0]! >= 0) calls++;
          if (rt.callWeek[0]! >= 0 && !sellableLeft) fullySold++;
          // Cash raised (net of cost, negative for buy-backs) never exceeds the signed value sold.
          expect(rt.fetched[0]!).toBeLessThanOrEqual(soldValue + tol);
          if (rt.callWeek[0]! >= 0) expect(rt.callWeek[0]).toBe(3);
        },
      ),
      { numRuns: 300, examples: [[[{ tag: "equity", value: 1000, short: false, adv: null }, { tag: "equity", value: 26397, short: true, adv: null }, { tag: "ai_equity", value: 38600, short: false, adv: 5819905575 }], 0, [1e-323, 5e-323, 5.4e-323, 0, 0, 0]]] },
    );
    // The property saw calls, some of them selling everything sellable (else it would prove nothing).
    expect(calls).toBeGreaterThan(20);
    expect(fullySold).toBeGreaterThan(0);
  });
});
