import { type Factor, FACTOR_UNIT, FACTORS } from '../domain/scenario';
import { FACTOR_INDEX } from '../model/covariance';
import { cashFlowSplit, creditBasePrice, valueFactor } from '../model/instruments';
import type { Matrix } from '../model/linalg';
import { impactCostRate } from '../model/liquidity';
import type { ModelGroup, SubPosition } from '../model/positions';
import type { InstrumentParams } from '../model/resources';
import { K_BOND, K_CASH, K_CREDIT, K_LINEAR, K_LISTED_PC, K_NON_TRADED_PC, type KernelGroup } from './kernel';

const fxIndex = (f: Factor | null): number => (f === null ? -1 : FACTOR_INDEX[f]);

/**
 * The kernel's kind code and parameter vector for an instrument model. Credit models also need the stressed annual
 * covariance the phase-two paths are drawn from (their cash-flow split, see cashFlowSplit).
 */
export function kernelParams(p: InstrumentParams, covAnnual: Matrix): { kind: number; p: number[] } {
  switch (p.kind) {
    case 'linear':
      return { kind: K_LINEAR, p: FACTORS.map((f) => p.loadings[f] ?? 0) };
    case 'bond':
      return { kind: K_BOND, p: [p.duration, p.convexity, p.rateBeta, p.spreadBeta, FACTOR_INDEX[p.spreadFactor]] };
    case 'credit': {
      const split = cashFlowSplit(p, covAnnual);
      return {
        kind: K_CREDIT,
        p: [
          p.dscr0,
          p.ebitdaMargin,
          p.revenueBtc,
          p.revenueGpu,
          p.cashFlowVol,
          p.collateralBtc,
          p.collateralGpu,
          p.collateralOther,
          p.coverage,
          p.fireSaleHaircut,
          p.seniority,
          p.duration,
          p.spreadBeta,
          creditBasePrice(p),
          split.idioVol,
          split.passThrough,
          Math.max(0, Math.round(p.workoutWeeks)),
        ],
      };
    }
    case 'privateCredit':
      return p.variant === 'listed'
        ? { kind: K_LISTED_PC, p: [p.navBeta, p.discountPerBp] }
        : { kind: K_NON_TRADED_PC, p: [p.navBeta, p.markLagWeeks] };
    case 'cash':
      return { kind: K_CASH, p: [] };
  }
}

/**
 * Daily volatility of an instrument's value at factor state `f`: gradient of its value factor (central differences)
 * against the stressed annual covariance, plus its idiosyncratic variance, over √252 trading days.
 */
export function dailyVol(p: InstrumentParams, f: Float64Array, covAnnual: Matrix, horizonWeeks: number): number {
  if (p.kind === 'cash') return 0;
  const n = FACTORS.length;
  const grad = new Float64Array(n);
  const probe = Float64Array.from(f);
  for (let k = 0; k < n; k++) {
    const step = FACTOR_UNIT[FACTORS[k]!] === 'bp' ? 0.5 : 1e-4;
    probe[k] = f[k]! + step;
    const up = valueFactor(p, probe, horizonWeeks);
    probe[k] = f[k]! - step;
    const down = valueFactor(p, probe, horizonWeeks);
    probe[k] = f[k]!;
    grad[k] = (up - down) / (2 * step);
  }
  let v = p.idioVolAnnual ** 2;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) v += grad[i]! * covAnnual.a[i * n + j]! * grad[j]!;
  return Math.sqrt(Math.max(0, v) / 252);
}

export type LiquidityInfo = {
  /** Per sub-position: impact cost rate, ADV stressed (null = none), value at phase-one prices. */
  costRate: Float64Array;
  advStressed: (number | null)[];
  valueAfter: Float64Array;
};

/** Per sub-position liquidity at the mean phase-one state (square-root impact with stressed σ and depth). */
export function subLiquidity(
  subs: readonly SubPosition[],
  xOfSub: Float64Array,
  f: Float64Array,
  covAnnual: Matrix,
  horizonWeeks: number,
  liquidity: { participation: number; impactY: number },
): LiquidityInfo {
  const depth = Math.max(0, 1 + f[FACTOR_INDEX.LIQ]!);
  const sigmaOf = new Map<InstrumentParams, number>();
  const costRate = new Float64Array(subs.length);
  const valueAfter = new Float64Array(subs.length);
  const advStressed = subs.map((s, i) => {
    valueAfter[i] = s.value * xOfSub[i]!;
    let sigma = sigmaOf.get(s.params);
    if (sigma === undefined) sigmaOf.set(s.params, (sigma = dailyVol(s.params, f, covAnnual, horizonWeeks)));
    const adv = s.adv === null ? null : s.adv * depth;
    costRate[i] = s.params.kind === 'cash' ? 0 : impactCostRate(liquidity.impactY, sigma, valueAfter[i]!, adv, liquidity.participation);
    return adv;
  });
  return { costRate, advStressed, valueAfter };
}

/**
 * Kernel groups: value, idiosyncratic σ over the phase-one horizon, maintenance (a short's: its short-sale
 * maintenance), value-weighted impact cost, weekly income per unit of value, FX leg.
 */
export function kernelGroups(groups: readonly ModelGroup[], liq: LiquidityInfo, phaseOneWeeks: number, covAnnual: Matrix): KernelGroup[] {
  return groups.map((g) => {
    let w = 0;
    let c = 0;
    for (const i of g.members) {
      const a = Math.abs(liq.valueAfter[i]!);
      w += a;
      c += a * liq.costRate[i]!;
    }
    return {
      ...kernelParams(g.params, covAnnual),
      value: g.value,
      idioSd: g.value === 0 ? 0 : (Math.sqrt(g.idioVariance) / Math.abs(g.value)) * Math.sqrt(phaseOneWeeks / 52),
      maintenance: g.long ? g.params.maintenance : (g.params.shortMaintenance ?? g.params.maintenance),
      costRate: w > 0 ? c / w : 0,
      incomeWeekly: g.value === 0 ? 0 : g.income / g.value / 52,
      ...(g.fx ? { fx: [fxIndex(g.fx.currency), fxIndex(g.fx.base)] as [number, number] } : {}),
    };
  });
}
