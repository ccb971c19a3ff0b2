import { FACTORS, ORIGINAL_FACTOR_COUNT } from '../domain/scenario';
import { FACTOR_INDEX } from '../model/covariance';
import type { MarginBook } from '../model/margin';
import { K_BOND, K_CASH, K_CREDIT, K_LINEAR, K_LISTED_PC, K_NON_TRADED_PC, type KernelSpec, pdTables } from './kernel';
import { seedKey } from './philox';

/** Paths simulated side by side: the weekly loop runs over groups, then over the batch's paths (parameters stay in registers). */
export const BATCH = 64;
/** Stride of the per-group parameter block P (bond: D, C, a, b, spread index; private credit: β, discount or lag). */
export const P_STRIDE = 5;

/**
 * The kernel spec as typed arrays, plus one worker's scratch buffers: built once per PreparedRun and reused for every
 * path. Batch buffers are [row·BATCH + p] for path p of the batch.
 */
export type Runtime = {
  k0: number;
  k1: number;
  h: number;
  H: number;
  sevDisp: number;
  nCore: number;
  nNon: number;
  /** Non-core factors among the original ones (FACTORS' first ORIGINAL_FACTOR_COUNT): their normals come first. */
  nLead: number;
  nUsed: number;
  G: number;
  coreIdx: Int32Array;
  coreShock: Float64Array;
  nonCoreIdx: Int32Array;
  condLoadings: Float64Array;
  condChol: Float64Array;
  usedIdx: Int32Array;
  weeklyChol: Float64Array;
  multipliers: Float64Array;
  /** multipliersIfNegative − multipliers: the correction for a path whose phase-one move is negative (mostly 0). */
  multipliersNegDelta: Float64Array;
  /** Per factor: does any week's multiplier depend on the sign of the move? */
  signDependent: Uint8Array;
  value: Float64Array;
  valueSum: number;
  idioSd: Float64Array;
  P: Float64Array;
  linStart: Int32Array;
  linFactor: Int32Array;
  linBeta: Float64Array;
  /** Linear groups with ≤ 3 loadings, padded to 3 (factor row F of fb is all zeros): one fused loop per group. */
  lin3Factor: Int32Array;
  lin3Beta: Float64Array;
  /** Group indices by kind. */
  linIdx: Int32Array;
  bondIdx: Int32Array;
  creditIdx: Int32Array;
  listedIdx: Int32Array;
  nonTradedIdx: Int32Array;
  cashIdx: Int32Array;
  /**
   * FX legs: per group row (G + 1, the phantom credit row included), its row of fxr — 0, all ones, for a group whose
   * currency moves like the base. fxFactor holds the (currency, base) factor rows of fb per FX row r ≥ 1; a missing
   * factor (USD) reads row F of fb, which stays zero. fxr[r·BATCH + p] = (1 + f_C)/(1 + f_B) for the current week.
   */
  fxRow: Int32Array;
  fxFactor: Int32Array;
  nFx: number;
  fxr: Float64Array;
  /**
   * Credit groups by slot q (cGroup[q] = group, creditIdx without padding); revenue and collateral models shared
   * between slots. An odd count is padded with a phantom slot on group row G (zero weight) so slots come in pairs.
   */
  cGroup: Int32Array;
  cRev: Int32Array;
  cColl: Int32Array;
  cLnD0: Float64Array;
  /** 1/σ_cf (marks: the forward-looking PD, as in phase one) and 1/σ_idio (the phase-two default hazard). */
  cInvSig: Float64Array;
  cInvSigH: Float64Array;
  cSen: Float64Array;
  cDurB: Float64Array;
  cInvBase: Float64Array;
  /** Workout in whole weeks: a default of week τ is re-marked at the path's recovery until τ + W, then locked. */
  cWork: Int32Array;
  /** [w_btc, w_gpu, 1/m, k] per revenue model; [coverage·(1 − h_fire), c_btc, c_gpu, c_other] per collateral model. */
  revModel: Float64Array;
  collModel: Float64Array;
  nRev: number;
  nColl: number;
  /** Offsets of BTC's and GPU_RENT's rows in Wb (−1 without credit groups). */
  wBtcO: number;
  wRentO: number;
  margin: MarginBook;
  marginActive: boolean;
  /**
   * Phase two's weekly margin check: only a book with a loan or a short can fall below maintenance (a long-only book
   * with cash ≥ 0 has equity ≥ Σ m_g·V_g·x_g, m_g ≤ 1). mSigned[g] = m_g for a long, −m_g for a short, so the
   * requirement Σ m_g·|w_g·x_g| is Σ mSigned[g]·w_g·x_g; reqIdx lists the marginable groups.
   */
  phaseTwoMargin: boolean;
  /**
   * The margin screen of a book without shorts (phase-two-margin.ts checkMargin): base maintenance m₀ (the one most
   * value carries), the groups above it and their m_g − m₀. screenBase 1: no screen (a book with shorts).
   */
  screenBase: number;
  screenIdx: Int32Array;
  screenExtra: Float64Array;
  mSigned: Float64Array;
  reqIdx: Int32Array;
  /** Coupons and dividends a week per unit of w; non-credit groups paying any, and credit ones (× survival). */
  incomeWeekly: Float64Array;
  incomeIdx: Int32Array;
  incomeCreditIdx: Int32Array;
  constant: number;
  startValue: number;
  /** Normals per path: phase one (severity, non-core factors, idiosyncratic) and phase two (used factors × weeks). */
  n1: number;
  n2: number;
  pd: Float64Array;
  survival: Float64Array;
  // per-path scratch
  z1: Float64Array;
  /** The path's normals of the non-core factors, in nonCoreIdx order. */
  zc: Float64Array;
  z2: Float64Array;
  f: Float64Array;
  xg: Float64Array;
  sold: Float64Array;
  marginOut: Float64Array;
  /** The batch's per-group phase-one loss and forced-sale cost, summed over its paths. */
  blkLoss: Float64Array;
  blkCost: Float64Array;
  // batch scratch
  f1b: Float64Array;
  /** Current factors by batch path; row F stays zero (padding for lin3). */
  fb: Float64Array;
  Wb: Float64Array;
  /** Phase-two normals, week-major: zb[((t − 1)·nUsed + k)·BATCH + p]. */
  zb: Float64Array;
  eps: Float64Array;
  w: Float64Array;
  x: Float64Array;
  S: Float64Array;
  D: Float64Array;
  /** Recovery locked in by defaults whose workout has ended (per unit of V, like D). */
  L: Float64Array;
  /**
   * Survival history by credit slot: Shist[(q·(H + 1) + t)·BATCH + p]; a last row of ones stands for S(t ≤ 0) = 1.
   */
  Shist: Float64Array;
  base: Float64Array;
  eq: Float64Array;
  rec: Int32Array;
  tmp: Float64Array;
  lnU: Float64Array;
  coll: Float64Array;
  pcHist: Float64Array;
  /** Phase two, per batch path: requirement this week, the non-credit income a week, income accrued, cash the
   * phase-two calls raised (net of cost, negative when covering shorts), the first call's week (−1: none), and the
   * held value sold per group, soldW[g·BATCH + p] (in units of w). */
  req: Float64Array;
  incFixed: Float64Array;
  income: Float64Array;
  fetched: Float64Array;
  callWeek: Int32Array;
  soldW: Float64Array;
};

function creditTables(spec: KernelSpec) {
  const real = spec.groups.flatMap((g, i) => (g.kind === K_CREDIT ? [{ p: g.p, group: i }] : []));
  const slots = real.length % 2 === 1 ? [...real, { p: real[0]!.p, group: spec.groups.length }] : real;
  const credit = slots.map((s) => s.p);
  const revKeys = new Map<string, number>();
  const collKeys = new Map<string, number>();
  const keyOf = (map: Map<string, number>, values: number[]): number => {
    const k = values.join(',');
    if (!map.has(k)) map.set(k, map.size);
    return map.get(k)!;
  };
  const at = (p: number[], i: number): number => p[i]!;
  const flat = (map: Map<string, number>): Float64Array => Float64Array.from([...map.keys()].flatMap((k) => k.split(',').map(Number)));
  const cRev = Int32Array.from(credit, (p) => keyOf(revKeys, [at(p, 2), at(p, 3), 1 / at(p, 1), at(p, 15)]));
  const cColl = Int32Array.from(credit, (p) => keyOf(collKeys, [at(p, 8) * (1 - at(p, 9)), at(p, 5), at(p, 6), at(p, 7)]));
  return {
    cGroup: Int32Array.from(slots, (s) => s.group),
    cRev,
    cColl,
    cLnD0: Float64Array.from(credit, (p) => Math.log(at(p, 0))),
    cInvSig: Float64Array.from(credit, (p) => 1 / at(p, 4)),
    cInvSigH: Float64Array.from(credit, (p) => 1 / at(p, 14)),
    cWork: Int32Array.from(credit, (p) => at(p, 16)),
    cSen: Float64Array.from(credit, (p) => at(p, 10)),
    cDurB: Float64Array.from(credit, (p) => at(p, 11) * at(p, 12) * 1e-4),
    cInvBase: Float64Array.from(credit, (p) => 1 / at(p, 13)),
    revModel: flat(revKeys),
    collModel: flat(collKeys),
    nRev: revKeys.size,
    nColl: collKeys.size,
  };
}

function fxTables(spec: KernelSpec, F: number): { fxRow: Int32Array; fxFactor: Int32Array; nFx: number } {
  const rows = new Map<string, number>();
  const fxFactor: number[] = [F, F];
  const fxRow = new Int32Array(spec.groups.length + 1);
  spec.groups.forEach((g, i) => {
    if (!g.fx) return;
    const [c, b] = g.fx.map((k) => (k < 0 ? F : k)) as [number, number];
    const key = `${c},${b}`;
    if (!rows.has(key)) {
      rows.set(key, rows.size + 1);
      fxFactor.push(c, b);
    }
    fxRow[i] = rows.get(key)!;
  });
  return { fxRow, fxFactor: Int32Array.from(fxFactor), nFx: rows.size };
}

function lin3(spec: KernelSpec, F: number): { lin3Factor: Int32Array; lin3Beta: Float64Array } {
  const lin3Factor = new Int32Array(spec.groups.length * 3).fill(F);
  const lin3Beta = new Float64Array(spec.groups.length * 3);
  spec.groups.forEach((g, i) => {
    if (g.kind !== K_LINEAR) return;
    let j = 0;
    g.p.forEach((b, k) => {
      if (b === 0 || j >= 3) return;
      lin3Factor[i * 3 + j] = k;
      lin3Beta[i * 3 + j++] = b;
    });
  });
  return { lin3Factor, lin3Beta };
}

/** Base maintenance m₀ of a long-only book: the one with the most value (ties: the higher); the groups above it. */
function marginScreen(spec: KernelSpec): { screenBase: number; screenIdx: Int32Array; screenExtra: Float64Array } {
  if (spec.groups.some((g) => g.value < 0)) return { screenBase: 1, screenIdx: new Int32Array(0), screenExtra: new Float64Array(0) };
  const byLevel = new Map<number, number>();
  for (const g of spec.groups) if (g.maintenance > 0) byLevel.set(g.maintenance, (byLevel.get(g.maintenance) ?? 0) + g.value);
  let m0 = 0;
  let most = -1;
  for (const [m, v] of byLevel) if (v > most || (v === most && m > m0)) [m0, most] = [m, v];
  const above = spec.groups.flatMap((g, i) => (g.maintenance > m0 && g.value > 0 ? [i] : []));
  return { screenBase: m0, screenIdx: Int32Array.from(above), screenExtra: Float64Array.from(above, (i) => spec.groups[i]!.maintenance - m0) };
}

export function buildRuntime(spec: KernelSpec): Runtime {
  const G = spec.groups.length;
  const F = FACTORS.length;
  const H = spec.horizonWeeks;
  const P = new Float64Array(G * P_STRIDE);
  const linStart = new Int32Array(G + 1);
  const linFactor: number[] = [];
  const linBeta: number[] = [];
  spec.groups.forEach((g, i) => {
    if (g.kind === K_LINEAR)
      g.p.forEach((b, k) => {
        if (b === 0) return;
        linFactor.push(k);
        linBeta.push(b);
      });
    linStart[i + 1] = linFactor.length;
    if (g.kind !== K_LINEAR && g.kind !== K_CREDIT) P.set(g.p.slice(0, P_STRIDE), i * P_STRIDE);
  });
  const value = Float64Array.from(spec.groups, (g) => g.value);
  const maintenance = Float64Array.from(spec.groups, (g) => g.maintenance);
  const marginActive = spec.marginOrder.length > 0 && maintenance.some((m, g) => m > 0 && value[g]! !== 0);
  const reqIdx = Int32Array.from(spec.groups.flatMap((g, i) => (g.maintenance > 0 && g.value !== 0 ? [i] : [])));
  const incomeWeekly = Float64Array.from(spec.groups, (g) => g.incomeWeekly ?? 0);
  const paying = (credit: boolean) =>
    Int32Array.from(spec.groups.flatMap((g, i) => (incomeWeekly[i] !== 0 && (g.kind === K_CREDIT) === credit ? [i] : [])));
  const [k0, k1] = seedKey(spec.seed);
  const nNon = spec.nonCoreIdx.length;
  const nUsed = spec.usedIdx.length;
  const n1 = 1 + nNon + G;
  const n2 = nUsed * H;
  const ofKind = (kind: number): Int32Array => Int32Array.from(spec.groups.flatMap((g, i) => (g.kind === kind ? [i] : [])));
  const credit = creditTables(spec);
  const fx = fxTables(spec, F);
  const nSlots = credit.cGroup.length;
  const { pd, survival } = pdTables();
  const batch = (rows: number): Float64Array => new Float64Array(Math.max(1, rows) * BATCH);
  // Group rows: G, plus the phantom credit row.
  return {
    k0,
    k1,
    h: spec.phaseOneWeeks,
    H,
    sevDisp: spec.severityDispersion,
    nCore: spec.coreIdx.length,
    nNon,
    nLead: spec.nonCoreIdx.filter((k) => k < ORIGINAL_FACTOR_COUNT).length,
    nUsed,
    G,
    coreIdx: Int32Array.from(spec.coreIdx),
    coreShock: Float64Array.from(spec.coreShock),
    nonCoreIdx: Int32Array.from(spec.nonCoreIdx),
    condLoadings: Float64Array.from(spec.condLoadings),
    condChol: Float64Array.from(spec.condChol),
    usedIdx: Int32Array.from(spec.usedIdx),
    weeklyChol: Float64Array.from(spec.weeklyChol),
    multipliers: Float64Array.from(spec.multipliers),
    multipliersNegDelta: Float64Array.from(spec.multipliers, (a, i) => spec.multipliersIfNegative[i]! - a),
    signDependent: Uint8Array.from(FACTORS, (_, k) => (spec.multipliers.some((a, i) => i % F === k && a !== spec.multipliersIfNegative[i]) ? 1 : 0)),
    value,
    valueSum: value.reduce((a, b) => a + b, 0),
    idioSd: Float64Array.from(spec.groups, (g) => g.idioSd),
    P,
    linStart,
    linFactor: Int32Array.from(linFactor),
    linBeta: Float64Array.from(linBeta),
    ...lin3(spec, F),
    linIdx: ofKind(K_LINEAR),
    bondIdx: ofKind(K_BOND),
    creditIdx: ofKind(K_CREDIT),
    listedIdx: ofKind(K_LISTED_PC),
    nonTradedIdx: ofKind(K_NON_TRADED_PC),
    cashIdx: ofKind(K_CASH),
    ...fx,
    fxr: batch(fx.nFx + 1).fill(1),
    ...credit,
    wBtcO: nSlots > 0 ? spec.usedIdx.indexOf(FACTOR_INDEX.BTC) * BATCH : -1,
    wRentO: nSlots > 0 ? spec.usedIdx.indexOf(FACTOR_INDEX.GPU_RENT) * BATCH : -1,
    margin: {
      value,
      maintenance,
      costRate: Float64Array.from(spec.groups, (g) => g.costRate),
      order: Int32Array.from(spec.marginOrder),
      constant: spec.constant,
    },
    marginActive,
    phaseTwoMargin: marginActive && (spec.constant < 0 || spec.groups.some((g) => g.value < 0 && g.maintenance > 0)),
    mSigned: Float64Array.from(spec.groups, (g) => (g.value < 0 ? -g.maintenance : g.maintenance)),
    ...marginScreen(spec),
    reqIdx,
    incomeWeekly,
    incomeIdx: paying(false),
    incomeCreditIdx: paying(true),
    constant: spec.constant,
    startValue: spec.startValue,
    n1,
    n2,
    pd,
    survival,
    z1: new Float64Array(n1),
    zc: new Float64Array(Math.max(1, nNon)),
    z2: new Float64Array(Math.max(1, n2)),
    f: new Float64Array(F),
    xg: new Float64Array(G),
    sold: new Float64Array(G),
    marginOut: new Float64Array(4),
    blkLoss: new Float64Array(G),
    blkCost: new Float64Array(G),
    f1b: batch(F),
    fb: batch(F + 1),
    Wb: batch(nUsed),
    zb: new Float64Array(Math.max(1, n2) * BATCH),
    eps: batch(G + 1),
    w: batch(G + 1),
    x: batch(G + 1),
    S: batch(G + 1),
    D: batch(G + 1),
    L: batch(G + 1),
    Shist: new Float64Array((nSlots * (H + 1) + 1) * BATCH).fill(1),
    base: batch(1),
    eq: batch(1),
    rec: new Int32Array(BATCH),
    tmp: batch(1),
    lnU: batch(credit.nRev),
    coll: batch(credit.nColl),
    pcHist: batch(H + 1),
    req: batch(1),
    incFixed: batch(1),
    income: batch(1),
    fetched: batch(1),
    callWeek: new Int32Array(BATCH),
    soldW: batch(G + 1),
  };
}
