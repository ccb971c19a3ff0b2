import { describe, expect, it } from 'vitest';
import { FACTORS, type Factor } from '../domain/scenario';
import { makeHolding, makeInput, makeScenario } from '../engine/fixtures';
import { explainHoldings, explainModel } from './explain';
import { subPositions } from './positions';
import type { InstrumentParams } from './resources';

const common = { idioVolAnnual: 0, liquidityHorizonDays: 10, maintenance: 0.3 };
const state = (moves: Partial<Record<Factor, number>>) => Float64Array.from(FACTORS, (f) => moves[f] ?? 0);

describe('explainModel', () => {
  it('linear: the terms, largest contribution first, and their sum (hand-computed)', () => {
    // MSTR-like: 1.5·BTC + 0.5·EQ at BTC −40 %, EQ −10 % → −0.60 − 0.05 = −0.65
    const p: InstrumentParams = { kind: 'linear', loadings: { EQ: 0.5, BTC: 1.5 }, ...common };
    const e = explainModel(p, state({ BTC: -0.4, EQ: -0.1 }), 4);
    expect(e).toEqual({
      kind: 'linear',
      terms: [
        { factor: 'BTC', beta: 1.5, move: -0.4 },
        { factor: 'EQ', beta: 0.5, move: -0.1 },
      ],
      ret: expect.closeTo(-0.65, 12),
    });
  });

  it('linear: a long position loses at most its value (ret floored at −1)', () => {
    const p: InstrumentParams = { kind: 'linear', loadings: { BTC: 3 }, ...common };
    expect(explainModel(p, state({ BTC: -0.5 }), 4)).toMatchObject({ ret: -1 });
  });

  it('bond: Δy from rates and spread, then duration and convexity (hand-computed)', () => {
    // Δy = 1·(−20) + 0.5·(+300) = +130 bp = 0.013; r = −6·0.013 + ½·50·0.013² = −0.078 + 0.004225 = −0.073775
    const p: InstrumentParams = { kind: 'bond', duration: 6, convexity: 50, rateBeta: 1, spreadBeta: 0.5, spreadFactor: 'HY', ...common };
    const e = explainModel(p, state({ RATE: -20, HY: 300 }), 4);
    expect(e).toMatchObject({ kind: 'bond', rateMove: -20, spreadMove: 300, spreadFactor: 'HY' });
    if (e.kind !== 'bond') throw new Error('not a bond');
    expect(e.yieldChangeBp).toBeCloseTo(130, 10);
    expect(e.ret).toBeCloseTo(-0.073775, 12);
  });

  it('credit: revenue → coverage → default odds and recovery (hand-computed)', () => {
    // ρ = 0.6·(−0.5) + 0.4·(−0.25) = −0.4; m = 0.5 → DSCR′ = 2·(1 − 0.8) = 0.4 (from 2);
    // PD₀ = Φ(−ln 2/0.4) = Φ(−1.7329) ≈ 0.04156; PD = Φ(−ln 0.4/0.4) = Φ(2.2907) ≈ 0.98901;
    // R₀ = 1·min(1, 1.2·(0.5 + 0.3 + 0.2)·0.5) = 0.6; R = 1.2·(0.5·0.5 + 0.3·0.7 + 0.2)·0.5 = 0.396
    const p: InstrumentParams = {
      kind: 'credit',
      dscr0: 2,
      ebitdaMargin: 0.5,
      revenueBtc: 0.6,
      revenueGpu: 0.4,
      cashFlowVol: 0.4,
      collateralBtc: 0.5,
      collateralGpu: 0.3,
      collateralOther: 0.2,
      coverage: 1.2,
      fireSaleHaircut: 0.5,
      seniority: 1,
      duration: 3,
      spreadBeta: 1,
      workoutWeeks: 57,
      ...common,
    };
    const e = explainModel(p, state({ BTC: -0.5, GPU_RENT: -0.25, GPU_RESALE: -0.3, HY: 400 }), 4);
    if (e.kind !== 'credit') throw new Error('not credit');
    expect(e.revenueChange).toBeCloseTo(-0.4, 12);
    expect(e.dscr).toBeCloseTo(0.4, 12);
    expect(e.pd0).toBeCloseTo(0.04156, 4);
    expect(e.pd).toBeCloseTo(0.98901, 4);
    expect(e.recovery0).toBeCloseTo(0.6, 12);
    expect(e.recovery).toBeCloseTo(0.396, 12);
    expect(e.hyMove).toBe(400);
    expect(e.ret).toBeLessThan(-0.3);
  });

  it('non-traded private credit: the lagged share of the NAV move its marks show (hand-computed)', () => {
    // Marks 13 weeks late after a 4-week shock: (4 − 13)/4 < 0 → none of the −10 % shows yet; ret = 0.
    const p: InstrumentParams = { kind: 'privateCredit', variant: 'nonTraded', navBeta: 1, discountPerBp: 0, markLagWeeks: 13, gatePerQuarter: 0.05, ...common };
    expect(explainModel(p, state({ PC: -0.1 }), 4)).toEqual({ kind: 'nonTradedPc', navBeta: 1, pcMove: -0.1, markLagWeeks: 13, markedShare: 0, ret: 0 });
    // After a 26-week shock (26 − 13)/26 = ½ of it shows: −5 %.
    expect(explainModel(p, state({ PC: -0.1 }), 26)).toMatchObject({ markedShare: 0.5, ret: -0.05 });
  });
});

describe('explainHoldings', () => {
  it('one explanation per distinct model; a blend has one slice per tag with its weight', () => {
    const holdings = [
      makeHolding('NVDA', 10_000, 'ai_equity'),
      makeHolding('AMD', 5_000, 'ai_equity'),
      makeHolding('MSTR', 10_000, [{ tag: 'btc', weight: 0.8 }, { tag: 'equity', weight: 0.2 }]),
    ];
    const subs = subPositions(makeInput(holdings, makeScenario()));
    const r = explainHoldings(subs, holdings.length, state({ AI_EQ: -0.3, BTC: -0.4, EQ: -0.1 }), 4);
    expect(r.models).toHaveLength(3);
    expect(r.holdings[0]!.slices).toEqual([{ tag: 'ai_equity', weight: 1, model: 0 }]);
    expect(r.holdings[1]!.slices).toEqual([{ tag: 'ai_equity', weight: 1, model: 0 }]);
    expect(r.holdings[2]!.slices.map((s) => [s.tag, s.weight])).toEqual([
      ['btc', 0.8],
      ['equity', 0.2],
    ]);
  });
});
