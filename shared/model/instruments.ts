import { FACTORS } from '../domain/scenario';
import { FACTOR_INDEX } from './covariance';
import type { Matrix } from './linalg';
import { normCdf } from './normal';
import type { BondParams, CreditParams, InstrumentParams, LinearParams, PrivateCreditParams } from './resources';

/**
 * Instrument valuation (DESIGN.md §4.2), exact. A factor vector `f` is indexed like FACTORS (fractions; HY, IG and
 * RATE in bp).
 */

const { BTC, HY, IG, RATE, PC, GPU_RENT, GPU_RESALE } = FACTOR_INDEX;
const BP = 1e-4;

/** r = Σ β_k f_k. */
export function linearReturn(p: LinearParams, f: ArrayLike<number>): number {
  let r = 0;
  for (const factor of FACTORS) {
    const beta = p.loadings[factor];
    if (beta) r += beta * f[FACTOR_INDEX[factor]]!;
  }
  return r;
}

/** Δy (decimal) = (a·RATE + b·SPREAD)·10⁻⁴;  r = −D·Δy + ½·C·Δy². */
export function bondYieldChange(p: BondParams, f: ArrayLike<number>): number {
  return (p.rateBeta * f[RATE]! + p.spreadBeta * f[p.spreadFactor === 'HY' ? HY : IG]!) * BP;
}
export function bondReturn(p: BondParams, f: ArrayLike<number>): number {
  const dy = bondYieldChange(p, f);
  return -p.duration * dy + 0.5 * p.convexity * dy * dy;
}

export type CreditState = {
  /** ρ = w_btc·BTC + w_gpu·GPU_RENT. */
  revenueChange: number;
  /** EBITDA multiplier max(0, 1 + ρ/m). */
  ebitdaFactor: number;
  dscr: number;
  /** One-year probability of default. */
  pd: number;
  recovery: number;
  /** [(1−PD)(1 − D·b·HY) + PD·R] / [(1−PD₀) + PD₀·R₀]. */
  priceRatio: number;
};

/** PD = Φ(−ln DSCR / σ_cf); 1 when DSCR ≤ 0. */
export const creditPd = (dscr: number, cashFlowVol: number): number => (dscr <= 0 ? 1 : normCdf(-Math.log(dscr) / cashFlowVol));

/** R = seniority · clamp(cov · Σ_k c_k (1 + f_k) · (1 − h_fire), 0, 1) over BTC, GPU_RESALE and other (no move). */
export function creditRecovery(p: CreditParams, btc: number, gpuResale: number): number {
  const collateral = p.collateralBtc * (1 + btc) + p.collateralGpu * (1 + gpuResale) + p.collateralOther;
  return p.seniority * Math.min(1, Math.max(0, p.coverage * collateral * (1 - p.fireSaleHaircut)));
}

/** The unshocked price (1−PD₀) + PD₀·R₀ that normalises the price ratio. */
export function creditBasePrice(p: CreditParams): number {
  const pd0 = creditPd(p.dscr0, p.cashFlowVol);
  return 1 - pd0 + pd0 * creditRecovery(p, 0, 0);
}

export function creditRisky(p: CreditParams, f: ArrayLike<number>): CreditState {
  const revenueChange = p.revenueBtc * f[BTC]! + p.revenueGpu * f[GPU_RENT]!;
  const u = 1 + revenueChange / p.ebitdaMargin;
  const dscr = p.dscr0 * u;
  const pd = creditPd(dscr, p.cashFlowVol);
  const recovery = creditRecovery(p, f[BTC]!, f[GPU_RESALE]!);
  const survivor = Math.max(0, 1 - p.duration * p.spreadBeta * f[HY]! * BP);
  const priceRatio = ((1 - pd) * survivor + pd * recovery) / creditBasePrice(p);
  return { revenueChange, ebitdaFactor: Math.max(0, u), dscr, pd, recovery, priceRatio };
}

/**
 * Smallest issuer-specific share of the cash-flow dispersion σ_cf in phase two: σ_idio ≥ IDIO_CASH_FLOW_FLOOR·σ_cf,
 * i.e. at least half of the variance of log coverage is issuer-specific (hash-rate share, fleet efficiency, power
 * contracts, curtailment, hedges, customer concentration — nothing the factor model sees). ASSUMPTION, documented
 * with `cashFlowVol` in resources/instrument-defaults.json; with it a no-shock run defaults at about the base PD
 * (shared/engine/phase-two.test.ts).
 */
export const IDIO_CASH_FLOW_FLOOR = Math.SQRT1_2;

export type CashFlowSplit = {
  /** σ_sys: annual σ of ln DSCR′ the factor paths would carry, linearised: √(wᵀ Σ_annual w)/m. */
  sysVol: number;
  /** σ_idio = max(IDIO_CASH_FLOW_FLOOR·σ_cf, √(σ_cf² − σ_sys²)): the part the phase-two hazard prices. */
  idioVol: number;
  /**
   * k ∈ (0, 1]: the share of the paths' factor noise that reaches coverage in phase two, so that the paths carry
   * σ_sys·k = √(σ_cf² − σ_idio²) and σ_sys,eff² + σ_idio² = σ_cf². 1 when σ_sys fits inside σ_cf.
   */
  passThrough: number;
};

/**
 * Phase two splits σ_cf² = σ_sys,eff² + σ_idio²: the factor paths supply the systematic part (BTC and GPU-rent noise
 * through the revenue mix and operating leverage), the weekly hazard prices only σ_idio — pricing the full σ_cf on
 * a path that already moved would count that uncertainty twice. When the factor model implies more systematic
 * dispersion than σ_cf itself (the defaults: σ_sys ≈ 1.4 for miner debt, 0.58 for GPU-backed debt), the paths'
 * noise passes through to coverage only in the share k; sustained moves (the shock and the regime's mean path)
 * pass through in full, as in phase one.
 */
export function cashFlowSplit(p: CreditParams, covAnnual: Matrix): CashFlowSplit {
  const { n, a } = covAnnual;
  const w = [p.revenueBtc, p.revenueGpu];
  const idx = [BTC, GPU_RENT];
  let v = 0;
  for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) v += w[i]! * w[j]! * a[idx[i]! * n + idx[j]!]!;
  const sysVol = Math.sqrt(Math.max(0, v)) / p.ebitdaMargin;
  const s = p.cashFlowVol;
  const floor = IDIO_CASH_FLOW_FLOOR * s;
  const rest = s * s - sysVol * sysVol;
  // The paths fit inside σ_cf with room for the floor: they pass through in full (k = 1 exactly).
  if (rest >= floor * floor) return { sysVol, idioVol: Math.sqrt(rest), passThrough: 1 };
  return { sysVol, idioVol: floor, passThrough: Math.sqrt(s * s - floor * floor) / sysVol };
}

/**
 * Private credit. Listed BDC: r = β·PC + discountPerBp·HY. Non-traded fund: r = β·(the PC move its marks show now);
 * `markedPc` is that stale move (see staleMarkFraction).
 */
export function privateCreditReturn(p: PrivateCreditParams, f: ArrayLike<number>, markedPc: number): number {
  return p.variant === 'listed' ? p.navBeta * f[PC]! + p.discountPerBp * f[HY]! : p.navBeta * markedPc;
}

/**
 * Share of a shock that built up linearly over `horizonWeeks` which marks lagging by `lagWeeks` show at the end:
 * max(0, (h − L)/h). Calibration: Q1 2020 BDC NAVs +1.6 % while prices fell 40 % — marks lag about a quarter.
 */
export const staleMarkFraction = (horizonWeeks: number, lagWeeks: number): number =>
  horizonWeeks <= 0 ? 1 : Math.max(0, (horizonWeeks - lagWeeks) / horizonWeeks);

/**
 * Return of an instrument at the end of phase one (no idiosyncratic noise), floored at −1: a long position loses at
 * most its value. Losses are computed as −value·r so that, e.g., 10,000 × −0.3 is exactly −3,000.
 */
export function instrumentReturn(p: InstrumentParams, f: ArrayLike<number>, horizonWeeks: number): number {
  let r: number;
  switch (p.kind) {
    case 'cash':
      return 0;
    case 'linear':
      r = linearReturn(p, f);
      break;
    case 'bond':
      r = bondReturn(p, f);
      break;
    case 'credit':
      r = creditRisky(p, f).priceRatio - 1;
      break;
    case 'privateCredit':
      r = privateCreditReturn(p, f, f[PC]! * staleMarkFraction(horizonWeeks, p.markLagWeeks));
  }
  return Math.max(-1, r);
}

/** Value factor 1 + r (≥ 0). */
export const valueFactor = (p: InstrumentParams, f: ArrayLike<number>, horizonWeeks: number): number => 1 + instrumentReturn(p, f, horizonWeeks);
