import { FACTOR_COUNT, FACTOR_INDEX } from '../model/covariance';
import { MARGIN_COST, MARGIN_LOCKED_IN, MARGIN_PROCEEDS, MARGIN_TRIGGERED, marginCall } from '../model/margin';
import { evaluateBatch } from './evaluate-batch';
import { IS_FRACTION } from './kernel';
import { accrueIncome, checkMargin, fixIncome, lockedLoss } from './phase-two-margin';
import { fillNormals } from './philox';
import { BATCH, type Runtime } from './runtime';
import { weeklyDraw } from './weekly-draw';

const F = FACTOR_COUNT;
const PC = FACTOR_INDEX.PC;
const FRACTION = IS_FRACTION;

/**
 * Where paths' results go. `values` is week-major: values[t·stride + i] for sink index i; the other per-path arrays
 * are path-major. Per-group figures are sums over a block of paths (one batch), at [block·G + g] (defaulted:
 * [block·C + c], one per credit group): means over paths come from them without keeping G numbers per path.
 */
export type PathSink = {
  loss: Float64Array;
  marginTriggered: Uint8Array;
  lockedIn: Float64Array;
  proceeds: Float64Array;
  values: Float32Array | Float64Array;
  recoveredWeek: Int16Array;
  /** Σ over the block's paths of each group's phase-one loss V_g·(1 − x_g) + its forced-sale cost. */
  groupLoss: Float64Array;
  /** … of which forced-sale (impact) cost. */
  groupCost: Float64Array;
  /** Σ of each group's value at the horizon. */
  groupEnd: Float64Array;
  /** Σ of each credit group's probability of having defaulted by the horizon. */
  defaulted: Float64Array;
  /** Phase two: the first margin call's week (−1: none), the loss it and later calls locked in (phase-two-margin.ts
   * lockedLoss), the cash they raised net of cost, and the coupons and dividends accrued by the horizon. */
  callWeek: Int16Array;
  lockedTwo: Float64Array;
  fetchedTwo: Float64Array;
  income: Float64Array;
};

/**
 * Per-week survival S, recovery-marked defaults D and the recovery a default would be marked at, R·/base (both per
 * unit of V), of each credit group, for the mean path.
 */
export type CreditTrace = { survival: Float64Array; defaulted: Float64Array; recovery: Float64Array };

/**
 * Phase-one draws of one path into batch slot p: severity (log-normal, median 1) scaling the core shocks, the other
 * factors from their conditional distribution, idiosyncratic returns over the phase-one horizon (they persist through
 * phase two), and the path's phase-two normals (stream 1). Stream 0 holds [severity, the first nLead non-core
 * factors (those of the original model), one per group, the other non-core factors]: factors added later draw after
 * the groups, so a book that reads only the original factors gets the same numbers as before they were added.
 */
function drawPath(rt: Runtime, path: number, p: number, noise: boolean): void {
  const { f, z1, zc, G, nNon, nLead, nCore, coreIdx, condLoadings, condChol } = rt;
  if (noise) fillNormals(z1, 0, rt.n1, rt.k0, rt.k1, path, 0);
  else z1.fill(0);
  const sev = Math.exp(rt.sevDisp * z1[0]!);
  for (let c = 0; c < nCore; c++) f[coreIdx[c]!] = rt.coreShock[c]! * sev;
  for (let b = 0; b < nNon; b++) zc[b] = z1[b < nLead ? 1 + b : 1 + G + b]!;
  for (let a = 0; a < nNon; a++) {
    let m = 0;
    for (let c = 0; c < nCore; c++) m += condLoadings[a * nCore + c]! * f[coreIdx[c]!]!;
    for (let b = 0; b <= a; b++) m += condChol[a * nNon + b]! * zc[b]!;
    f[rt.nonCoreIdx[a]!] = m;
  }
  for (let k = 0; k < F; k++) {
    const v = FRACTION[k] && f[k]! < -1 ? -1 : f[k]!;
    rt.f1b[k * BATCH + p] = v;
    rt.fb[k * BATCH + p] = v;
  }
  for (let g = 0; g < G; g++) {
    const o = g * BATCH + p;
    rt.eps[o] = rt.idioSd[g]! * z1[1 + nLead + g]!;
    rt.S[o] = 1;
    rt.D[o] = 0;
    rt.L[o] = 0;
    rt.w[o] = rt.value[g]!;
    rt.soldW[o] = 0;
  }
  rt.income[p] = 0;
  rt.fetched[p] = 0;
  rt.incFixed[p] = 0;
  rt.callWeek[p] = -1;
  rt.pcHist[p] = rt.f1b[PC * BATCH + p]!;
  rt.eq[p] = 0;
  for (let j = 0; j < rt.nUsed; j++) rt.Wb[j * BATCH + p] = 0;
  if (noise) {
    const { z2, zb, n2 } = rt;
    const NB = BATCH;
    fillNormals(z2, 0, n2, rt.k0, rt.k1, path, 1);
    for (let k = 0; k < n2; k++) zb[k * NB + p] = z2[k]!;
  }
}

/** Margin call and week-0 value of batch slot p, after the phase-one evaluation; adds the path's group losses to the block's. */
function settlePhaseOne(rt: Runtime, p: number, sink: PathSink, i: number): void {
  const { G, xg, x, w, value, sold, blkLoss, blkCost } = rt;
  for (let g = 0; g < G; g++) xg[g] = x[g * BATCH + p]!;
  const mo = rt.marginOut;
  const margin = rt.marginActive;
  if (margin) marginCall(rt.margin, xg, sold, mo);
  else mo.fill(0);
  const costRate = rt.margin.costRate;
  const base = rt.constant + mo[MARGIN_PROCEEDS]!;
  let equity = base;
  for (let g = 0; g < G; g++) {
    const vg = value[g]!;
    const xv = xg[g]!;
    const keep = margin ? 1 - sold[g]! : 1;
    const wg = keep * vg;
    w[g * BATCH + p] = wg;
    equity += wg * xv;
    // Selling (a short: buying back) the fraction sold[g] of V_g·x_g costs c_g of it (model/margin.ts): the group's
    // own forced-sale cost.
    const cost = margin ? Math.abs(costRate[g]! * sold[g]! * vg * xv) : 0;
    blkLoss[g] = blkLoss[g]! + (vg - vg * xv) + cost;
    blkCost[g] = blkCost[g]! + cost;
  }
  rt.base[p] = base;
  sink.loss[i] = rt.valueSum - rt.eq[p]! + mo[MARGIN_COST]!;
  sink.marginTriggered[i] = mo[MARGIN_TRIGGERED]!;
  sink.lockedIn[i] = mo[MARGIN_LOCKED_IN]!;
  sink.proceeds[i] = mo[MARGIN_PROCEEDS]!;
  rt.eq[p] = equity;
  rt.rec[p] = equity >= rt.startValue ? 0 : -1;
  if (rt.incomeIdx.length > 0) fixIncome(rt, p);
}

/** Copies batch slot 0's credit state at week t into the trace. */
function recordCredit(rt: Runtime, trace: CreditTrace, t: number): void {
  const nc = rt.creditIdx.length;
  for (let c = 0; c < nc; c++) {
    // Credit group c is slot c (slots follow creditIdx; a phantom slot, if any, comes last).
    trace.survival[t * nc + c] = rt.S[rt.creditIdx[c]! * BATCH]!;
    trace.defaulted[t * nc + c] = rt.D[rt.creditIdx[c]! * BATCH]!;
    trace.recovery[t * nc + c] = rt.cSen[c]! * rt.coll[rt.cColl[c]! * BATCH]! * rt.cInvBase[c]!;
  }
}

/**
 * The factor update of a week without noise (the mean path; W stays 0): f_k = f1·a (+ min(f1, 0)·Δa) + W_j, floored
 * at −1 for fractions. With noise, weekly-draw.ts does this and the correlated draw in one generated pass.
 */
function meanWeek(rt: Runtime, t: number, count: number): void {
  const { nUsed, usedIdx, Wb, fb, f1b, multipliers } = rt;
  const NB = BATCH;
  for (let j = 0; j < nUsed; j++) {
    const k = usedIdx[j]!;
    const a = multipliers[t * F + k]!;
    const fo = k * NB;
    const wo = j * NB;
    const floor = FRACTION[k] === 1;
    if (rt.signDependent[k] === 1) {
      // A regime with a different retrace after a fall: the path's own phase-one move picks the multiplier.
      const da = rt.multipliersNegDelta[t * F + k]!;
      for (let p = 0; p < count; p++) {
        const f1 = f1b[fo + p]!;
        const v = f1 * a + Math.min(f1, 0) * da + Wb[wo + p]!;
        fb[fo + p] = floor && v < -1 ? -1 : v;
      }
      continue;
    }
    for (let p = 0; p < count; p++) {
      const v = f1b[fo + p]! * a + Wb[wo + p]!;
      fb[fo + p] = floor && v < -1 ? -1 : v;
    }
  }
}

/**
 * Simulates paths pathStart .. pathStart + count − 1 (count ≤ BATCH) into sink indices i0 .. i0 + count − 1, their
 * per-group sums into the sink's block `block`:
 * phase one (severity, conditional factors, idiosyncratic noise, margin call) and phase two (weekly regime mean
 * path + correlated noise, defaults, stale marks, income accrued into cash, the weekly margin check). `noise = false` gives the deterministic mean path. Allocation-free.
 */
export function simulateBatch(
  rt: Runtime,
  pathStart: number,
  count: number,
  noise: boolean,
  sink: PathSink,
  i0: number,
  stride: number,
  block: number,
  trace?: CreditTrace,
): void {
  const { G, H, zb, Wb, fb, f1b, eq, rec, multipliers } = rt;
  const NB = BATCH;
  const pcO = PC * NB;
  const nc = rt.creditIdx.length;
  const income = rt.incomeIdx.length > 0 || rt.incomeCreditIdx.length > 0;
  const margin = rt.phaseTwoMargin;
  for (let p = 0; p < count; p++) drawPath(rt, pathStart + p, p, noise);
  evaluateBatch(rt, 0, count);
  rt.blkLoss.fill(0);
  rt.blkCost.fill(0);
  for (let p = 0; p < count; p++) {
    settlePhaseOne(rt, p, sink, i0 + p);
    sink.values[i0 + p] = eq[p]!;
  }
  if (trace) recordCredit(rt, trace, 0);
  const fused = noise ? weeklyDraw(rt) : null;
  for (let t = 1; t <= H; t++) {
    if (fused) fused(zb, Wb, fb, f1b, multipliers, rt.multipliersNegDelta, t, count);
    else meanWeek(rt, t, count);
    if (rt.nonTradedIdx.length > 0) for (let p = 0; p < count; p++) rt.pcHist[t * NB + p] = fb[pcO + p]!;
    if (income) accrueIncome(rt, count);
    for (let p = 0; p < count; p++) eq[p] = rt.base[p]!;
    evaluateBatch(rt, t, count);
    if (margin) checkMargin(rt, t, count);
    const row = t * stride + i0;
    for (let p = 0; p < count; p++) {
      const v = eq[p]!;
      sink.values[row + p] = v;
      if (rec[p]! < 0 && v >= rt.startValue) rec[p] = t;
    }
    if (trace) recordCredit(rt, trace, t);
  }
  for (let p = 0; p < count; p++) {
    sink.recoveredWeek[i0 + p] = rec[p]!;
    sink.callWeek[i0 + p] = rt.callWeek[p]!;
    sink.lockedTwo[i0 + p] = lockedLoss(rt, p);
    sink.fetchedTwo[i0 + p] = rt.fetched[p]!;
    sink.income[i0 + p] = rt.income[p]!;
  }
  // Block sums, path by path in order (the order fixes the rounding: results do not depend on the sharding).
  const gb = block * G;
  for (let g = 0; g < G; g++) {
    const o = g * BATCH;
    let end = 0;
    for (let p = 0; p < count; p++) end += rt.w[o + p]! * rt.x[o + p]!;
    sink.groupLoss[gb + g] = sink.groupLoss[gb + g]! + rt.blkLoss[g]!;
    sink.groupCost[gb + g] = sink.groupCost[gb + g]! + rt.blkCost[g]!;
    sink.groupEnd[gb + g] = sink.groupEnd[gb + g]! + end;
  }
  for (let c = 0; c < nc; c++) {
    const o = rt.creditIdx[c]! * BATCH;
    let d = 0;
    for (let p = 0; p < count; p++) d += 1 - rt.S[o + p]!;
    sink.defaulted[block * nc + c] = sink.defaulted[block * nc + c]! + d;
  }
}
