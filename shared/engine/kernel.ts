import { FACTOR_UNIT, FACTORS } from '../domain/scenario';
import { FACTOR_INDEX } from '../model/covariance';
import { normCdf } from '../model/normal';

/** Instrument kinds in the path loop. */
export const K_LINEAR = 0;
export const K_BOND = 1;
export const K_CREDIT = 2;
export const K_LISTED_PC = 3;
export const K_NON_TRADED_PC = 4;
/** Cash or a loan in a currency that moves against the base: value factor 1, times the FX leg. */
export const K_CASH = 5;

/**
 * One aggregated instrument model, as plain numbers. `p` by kind — linear: one loading per factor (FACTORS order);
 * bond: [D, C, a, b, spreadFactorIndex]; credit: [DSCR₀, m, w_btc, w_gpu, σ_cf, c_btc, c_gpu, c_other, cov, h_fire,
 * seniority, D, b, basePrice, σ_idio, k, workoutWeeks] (σ_idio and k: model/instruments.ts cashFlowSplit; workout in
 * whole weeks); listed PC: [β, discountPerBp]; non-traded PC: [β, markLagWeeks].
 */
export type KernelGroup = {
  kind: number;
  value: number;
  idioSd: number;
  /** Maintenance share of |value| (a short's: its short-sale maintenance). */
  maintenance: number;
  costRate: number;
  /** Coupons or dividends a week per unit of the group's start value (Σ v_i·y_i / V_g / 52); a short pays them. */
  incomeWeekly: number;
  p: number[];
  /**
   * FX leg: factor indices of the group's currency and of the base (−1: USD, or a currency without a factor). The
   * group's value factor is multiplied by (1 + f[0])/(1 + f[1]) on every path. Absent: its currency moves like the base.
   */
  fx?: [number, number];
};

/** Everything the path loop needs, JSON-serialisable (PreparedRun.kernel). */
export type KernelSpec = {
  seed: number;
  phaseOneWeeks: number;
  horizonWeeks: number;
  severityDispersion: number;
  coreIdx: number[];
  coreShock: number[];
  nonCoreIdx: number[];
  /** Σ_nc Σ_cc⁻¹ (non-core × core) and a square root of the conditional covariance (lower triangular). */
  condLoadings: number[];
  condChol: number[];
  /** Factors phase two simulates (those some group reads) and the Cholesky factor of their weekly stressed covariance. */
  usedIdx: number[];
  weeklyChol: number[];
  /** Regime multipliers a[t·F + k] (F = FACTORS.length), t = 0..H, and those for paths whose phase-one move of factor k is negative. */
  multipliers: number[];
  multipliersIfNegative: number[];
  groups: KernelGroup[];
  /** Margin selling order (group indices) and cash − loans. */
  marginOrder: number[];
  constant: number;
  startValue: number;
};

/** Factors whose moves are fractions, floored at −1 (a price cannot go below zero). */
export const IS_FRACTION = Uint8Array.from(FACTORS, (f) => (FACTOR_UNIT[f] === 'fraction' ? 1 : 0));

/** Which factors a kernel group reads in phase two: its model's, and its FX leg's. */
export function groupFactors(g: KernelGroup): number[] {
  const fx = g.fx ? g.fx.filter((k) => k >= 0) : [];
  return fx.length === 0 ? modelFactors(g) : [...new Set([...modelFactors(g), ...fx])];
}

function modelFactors(g: KernelGroup): number[] {
  const { BTC, HY, PC, GPU_RENT, GPU_RESALE, RATE } = FACTOR_INDEX;
  switch (g.kind) {
    case K_LINEAR:
      return g.p.flatMap((b, k) => (b !== 0 ? [k] : []));
    case K_BOND:
      return [...(g.p[2] !== 0 ? [RATE] : []), ...(g.p[3] !== 0 ? [g.p[4]!] : [])];
    case K_CREDIT:
      return [BTC, GPU_RENT, GPU_RESALE, HY];
    case K_LISTED_PC:
      return [PC, HY];
    case K_CASH:
      return [];
    default:
      return [PC];
  }
}

/**
 * PD and weekly survival as functions of z = ln(DSCR')/σ_cf, tabulated once on [−38, 9] and interpolated linearly
 * (PD error < 3e-7): PD = Φ(−z), weekly survival = (1 − PD)^{1/52} = Φ(z)^{1/52} (PD is a one-year probability).
 * Below −38 Φ underflows; the first node is PD = 1, survival 0, where the loop maps DSCR' ≤ 0.
 */
export const Z_MIN = -38;
export const Z_MAX = 9;
export const Z_STEPS = 16384;
export const Z_INV_STEP = Z_STEPS / (Z_MAX - Z_MIN);
let tables: { pd: Float64Array; survival: Float64Array } | null = null;
export function pdTables(): { pd: Float64Array; survival: Float64Array } {
  if (tables) return tables;
  const pd = new Float64Array(Z_STEPS + 2);
  const survival = new Float64Array(Z_STEPS + 2);
  for (let i = 0; i <= Z_STEPS + 1; i++) {
    const z = Z_MIN + Math.min(i, Z_STEPS) / Z_INV_STEP;
    pd[i] = normCdf(-z);
    survival[i] = normCdf(z) ** (1 / 52);
  }
  // The first node stands for DSCR' ≤ 0 (the path loop maps it there): certain default.
  pd[0] = 1;
  survival[0] = 0;
  return (tables = { pd, survival });
}
