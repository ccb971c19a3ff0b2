import { describe, expect, it } from 'vitest';
import { FACTORS } from '../domain/scenario';
import { FACTOR_INDEX } from './covariance';
import { DEFAULT_RESOURCES } from './default-resources';
import { annualVols, correlationMatrix, covarianceFrom } from './covariance';
import {
  bondReturn,
  cashFlowSplit,
  creditBasePrice,
  creditPd,
  creditRecovery,
  creditRisky,
  linearReturn,
  privateCreditReturn,
  staleMarkFraction,
  valueFactor,
} from './instruments';
import type { BondParams, CreditParams, PrivateCreditParams } from './resources';

const factors = (moves: Partial<Record<(typeof FACTORS)[number], number>>): Float64Array =>
  Float64Array.from(FACTORS, (f) => moves[f] ?? 0);
const common = { idioVolAnnual: 0, liquidityHorizonDays: 20, maintenance: 0.3 };

describe('bond', () => {
  const bond: BondParams = { kind: 'bond', duration: 7, convexity: 60, rateBeta: 1, spreadBeta: 1, spreadFactor: 'HY', ...common };
  it('r = −D·Δy + ½·C·Δy² with Δy in decimal (hand-computed)', () => {
    // Δy = (1·30 + 1·20) bp = 50 bp = 0.005 → r = −7·0.005 + ½·60·0.005² = −0.035 + 0.00075 = −0.03425
    expect(bondReturn(bond, factors({ RATE: 30, HY: 20 }))).toBeCloseTo(-0.03425, 15);
    // IG spread factor and a = 0.5: Δy = 0.5·(−40) + 1·10 = −10 bp → r = 0.007 + ½·60·1e-6 = 0.00703
    expect(bondReturn({ ...bond, rateBeta: 0.5, spreadFactor: 'IG' }, factors({ RATE: -40, IG: 10, HY: 999 }))).toBeCloseTo(0.00703, 15);
  });
});

describe('linear', () => {
  it('r = Σ β_k f_k, and a long position loses at most its value', () => {
    const miner = DEFAULT_RESOURCES.instrumentDefaults.tags.miner_equity.params;
    if (miner.kind !== 'linear') throw new Error('miner_equity should be linear');
    // 1.0·(−0.77) + 0.25·(−0.57) + 0.25·0 = −0.9125 (the 2022 check in instrument-defaults.json)
    expect(linearReturn(miner, factors({ BTC: -0.77, AI_EQ: -0.57 }))).toBeCloseTo(-0.9125, 15);
    expect(valueFactor(miner, factors({ BTC: -0.9, AI_EQ: -0.8, GPU_RENT: -0.5 }), 4)).toBe(0);
  });
});

describe('credit-risky (miner note)', () => {
  // DSCR₀ 1.5, margin m 0.4, revenue 70 % BTC / 30 % GPU rent, σ_cf 0.5; collateral 40 % BTC, 40 % GPUs, 20 % other,
  // coverage 1.25, fire-sale haircut 40 %, unsecured convert seniority 29/43; spread duration 3, b = 1.
  const note: CreditParams = {
    kind: 'credit',
    dscr0: 1.5,
    ebitdaMargin: 0.4,
    revenueBtc: 0.7,
    revenueGpu: 0.3,
    cashFlowVol: 0.5,
    collateralBtc: 0.4,
    collateralGpu: 0.4,
    collateralOther: 0.2,
    coverage: 1.25,
    fireSaleHaircut: 0.4,
    seniority: 29 / 43,
    duration: 3,
    spreadBeta: 1,
    workoutWeeks: 57,
    ...common,
  };
  it('PD, recovery and price ratio to 1e-9 (hand-computed, Φ from mpmath)', () => {
    // BTC −20 %, GPU_RENT −10 %, GPU_RESALE −50 %, HY +300 bp.
    // ρ = 0.7·(−0.2) + 0.3·(−0.1) = −0.17;  EBITDA × (1 + ρ/m) = 1 − 0.425 = 0.575;  DSCR' = 1.5·0.575 = 0.8625
    // PD = Φ(−ln 0.8625 / 0.5) = Φ(0.29584026015324444) = 0.6163239623656035
    // R = (29/43)·clamp(1.25·(0.4·0.8 + 0.4·0.5 + 0.2)·0.6) = (29/43)·0.54 = 0.3641860465116279
    // PD₀ = Φ(−ln 1.5/0.5) = 0.2087028733844713;  R₀ = (29/43)·1.25·1·0.6 = 0.5058139534883721
    // ratio = [(1 − PD)(1 − 3·1·0.03) + PD·R] / [(1 − PD₀) + PD₀·R₀] = 0.63956529778564
    const s = creditRisky(note, factors({ BTC: -0.2, GPU_RENT: -0.1, GPU_RESALE: -0.5, HY: 300 }));
    expect(s.revenueChange).toBeCloseTo(-0.17, 15);
    expect(s.ebitdaFactor).toBeCloseTo(0.575, 15);
    expect(s.dscr).toBeCloseTo(0.8625, 15);
    expect(Math.abs(s.pd - 0.6163239623656035)).toBeLessThan(1e-9);
    expect(Math.abs(s.recovery - 0.3641860465116279)).toBeLessThan(1e-9);
    expect(Math.abs(creditPd(note.dscr0, note.cashFlowVol) - 0.2087028733844713)).toBeLessThan(1e-9);
    expect(Math.abs(creditRecovery(note, 0, 0) - 0.5058139534883721)).toBeLessThan(1e-9);
    expect(Math.abs(creditBasePrice(note) - 0.8968619521065113)).toBeLessThan(1e-9);
    expect(Math.abs(s.priceRatio - 0.63956529778564)).toBeLessThan(1e-9);
  });

  it('is priced at par unshocked, PD = 1 once DSCR′ ≤ 0, and secured debt recovers more than a convert', () => {
    expect(creditRisky(note, factors({})).priceRatio).toBeCloseTo(1, 15);
    const wiped = creditRisky(note, factors({ BTC: -0.5, GPU_RENT: -0.4 })); // ρ = −0.47 → 1 + ρ/m < 0
    expect(wiped.pd).toBe(1);
    expect(wiped.ebitdaFactor).toBe(0);
    expect(wiped.priceRatio).toBeCloseTo(wiped.recovery / creditBasePrice(note), 15);
    expect(creditRecovery({ ...note, seniority: 1 }, -0.5, -0.5)).toBeGreaterThan(creditRecovery(note, -0.5, -0.5));
  });
});

describe('phase-two cash-flow split σ_cf² = σ_sys,eff² + σ_idio²', () => {
  const fm = DEFAULT_RESOURCES.factorModel;
  const cov = covarianceFrom(correlationMatrix(fm), annualVols(fm)); // λ = 0: normal-times correlations
  const tags = DEFAULT_RESOURCES.instrumentDefaults.tags;
  const credit = (tag: 'miner_debt' | 'ai_infra_debt'): CreditParams => {
    const p = tags[tag].params;
    if (p.kind !== 'credit') throw new Error(`${tag} should be credit`);
    return p;
  };

  it('miner debt: the factor paths would carry more than all of σ_cf, so σ_idio sits at its floor (hand-computed)', () => {
    // w = (0.8 BTC, 0.2 GPU_RENT), σ = (0.60, 0.35), ρ = 0.1, m = 0.35:
    // wᵀΣw = 0.64·0.36 + 0.04·0.1225 + 2·0.8·0.2·0.1·0.6·0.35 = 0.2304 + 0.0049 + 0.00672 = 0.24202
    // σ_sys = √0.24202/0.35 = 1.405585…; σ_idio = max(0.4/√2, √(0.16 − 1.98)) = 0.282843; k = 0.282843/1.405585 = 0.201228
    const s = cashFlowSplit(credit('miner_debt'), cov);
    expect(s.sysVol).toBeCloseTo(Math.sqrt(0.24202) / 0.35, 12);
    expect(s.idioVol).toBeCloseTo(0.4 * Math.SQRT1_2, 12);
    expect(s.passThrough).toBeCloseTo((0.4 * Math.SQRT1_2) / (Math.sqrt(0.24202) / 0.35), 12);
    // what the paths carry and what the hazard prices add up to σ_cf²
    expect((s.sysVol * s.passThrough) ** 2 + s.idioVol ** 2).toBeCloseTo(0.16, 12);
  });

  it('GPU-backed debt: σ_sys = σ_GPU_RENT/m = 0.35/0.6 = 0.5833 > σ_cf = 0.35 (hand-computed)', () => {
    const s = cashFlowSplit(credit('ai_infra_debt'), cov);
    expect(s.sysVol).toBeCloseTo(0.35 / 0.6, 12);
    expect(s.idioVol).toBeCloseTo(0.35 * Math.SQRT1_2, 12);
    expect((s.sysVol * s.passThrough) ** 2 + s.idioVol ** 2).toBeCloseTo(0.35 ** 2, 12);
  });

  it('a model whose factor risk fits inside σ_cf passes the paths through in full and prices the rest', () => {
    // GPU rent only, m = 1, σ_cf 1.0: σ_sys = 0.35, σ_idio = √(1 − 0.1225) = 0.93675 (above the floor 0.7071), k = 1
    const s = cashFlowSplit({ ...credit('ai_infra_debt'), ebitdaMargin: 1, cashFlowVol: 1 }, cov);
    expect(s.sysVol).toBeCloseTo(0.35, 12);
    expect(s.idioVol).toBeCloseTo(Math.sqrt(1 - 0.1225), 12);
    expect(s.passThrough).toBe(1);
    // no revenue exposure: everything is issuer-specific
    expect(cashFlowSplit({ ...credit('ai_infra_debt'), revenueGpu: 0 }, cov)).toEqual({ sysVol: 0, idioVol: 0.35, passThrough: 1 });
  });
});

describe('private credit', () => {
  const listed = DEFAULT_RESOURCES.instrumentDefaults.tags.private_credit.params as PrivateCreditParams;
  const nonTraded = DEFAULT_RESOURCES.instrumentDefaults.nonTraded.params;
  it('listed BDC: r = β·PC + Δdiscount(HY) — March 2020 reproduces roughly the −40 % price fall', () => {
    // β = 1, discount −0.000417 per bp: PC −9.7 %, HY +727 bp → −0.097 − 0.303 = −0.40
    expect(privateCreditReturn(listed, factors({ PC: -0.097, HY: 727 }), 0)).toBeCloseTo(-0.400159, 6);
  });
  it('non-traded fund: marks show only the part of the move older than the lag', () => {
    expect(staleMarkFraction(4, 13)).toBe(0);
    expect(staleMarkFraction(26, 13)).toBe(0.5);
    expect(valueFactor(nonTraded, factors({ PC: -0.1 }), 4)).toBe(1);
    expect(valueFactor(nonTraded, factors({ PC: -0.1 }), 26)).toBeCloseTo(0.95, 15);
    expect(FACTOR_INDEX.PC).toBe(7);
  });
});
