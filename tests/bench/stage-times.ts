/**
 * Where the path loop's time goes (not a test): a copy of simulateShard / simulateBatch (shared/engine/simulate.ts,
 * simulate-batch.ts) with a timer around each stage, on one thread. It calls the engine's own pieces (fillNormals,
 * weeklyDraw, evaluateBatch, marginCall, accrueIncome, checkMargin, lockedLoss) and copies only the glue that is not exported
 * (drawPath, settlePhaseOne), so `checkReplica` can prove that it
 * computes the same bits as the engine. Used by tests/bench/profile-engine.ts; keep it in step with simulate-batch.ts.
 *
 * Phase-two valuation is timed per instrument kind by calling evaluateBatch on views of the runtime that hold one
 * kind's groups each, in evaluateBatch's own order (linear, bond, listed PC, non-traded PC and cash, credit), so the
 * equity sums add up in the same order and the result stays bit-identical.
 */
import { FACTOR_COUNT, FACTOR_INDEX } from '../../shared/model/covariance';
import { MARGIN_COST, MARGIN_LOCKED_IN, MARGIN_PROCEEDS, MARGIN_TRIGGERED, marginCall } from '../../shared/model/margin';
import { evaluateBatch } from '../../shared/engine/evaluate-batch';
import { IS_FRACTION } from '../../shared/engine/kernel';
import { accrueIncome, checkMargin, fixIncome, lockedLoss } from '../../shared/engine/phase-two-margin';
import { fillNormals } from '../../shared/engine/philox';
import type { PreparedRun } from '../../shared/engine/prepare';
import { BATCH, buildRuntime, type Runtime } from '../../shared/engine/runtime';
import { allocateShard, blockOf, type ShardResult, simulateShard } from '../../shared/engine/simulate';
import type { PathSink } from '../../shared/engine/simulate-batch';
import { weeklyDraw } from '../../shared/engine/weekly-draw';

const F = FACTOR_COUNT;
const PC = FACTOR_INDEX.PC;
const FRACTION = IS_FRACTION;

/** Stages, in the order of the path loop. */
export const STAGES = [
  'normals, phase one (Philox + inverse normal, stream 0)',
  'phase-one draw (severity, conditional factors: Σ_nc·Σ_cc⁻¹ and Cholesky), group state init',
  'normals, phase two (stream 1: used factors × weeks)',
  'phase-two normals scattered into the batch (z2 → zb)',
  'phase-one valuation (evaluateBatch t = 0)',
  'phase-one margin call and block sums (settlePhaseOne)',
  'phase-two correlated draw and factor update (W += L·z, f = f1·a + W; fused, weekly-draw.ts)',
  'phase-two private-credit mark history (non-traded funds)',
  'phase-two income (accrueIncome)',
  'phase-two valuation: linear',
  'phase-two valuation: bond',
  'phase-two valuation: listed private credit',
  'phase-two valuation: non-traded private credit, cash',
  'phase-two valuation: credit-risky (revenue, collateral, PD, survival, defaults)',
  'phase-two margin check (checkMargin)',
  'phase-two values written (Float32, week-major), recovery week',
  'end of batch (per-path outputs, lockedLoss, block sums)',
] as const;
const S = {
  norm1: 0,
  draw1: 1,
  norm2: 2,
  scatter: 3,
  val1: 4,
  settle1: 5,
  chol: 6,
  factor: 7,
  income: 8,
  linear: 9,
  bond: 10,
  listed: 11,
  nonTraded: 12,
  credit: 13,
  margin: 14,
  write: 15,
  end: 16,
};

type Views = { linear: Runtime; bond: Runtime; listed: Runtime; nonTraded: Runtime; credit: Runtime; all: Runtime };

/** One runtime view per kind (the scratch buffers are shared); `all` is a view too, so evaluateBatch sees one shape. */
function viewsOf(rt: Runtime): Views {
  const none = new Int32Array(0);
  const only = (keep: (keyof Runtime)[], fx: boolean): Runtime => {
    const v = { ...rt, nFx: fx ? rt.nFx : 0 };
    for (const k of ['linIdx', 'bondIdx', 'listedIdx', 'nonTradedIdx', 'cashIdx', 'cGroup'] as const) if (!keep.includes(k)) v[k] = none;
    return v;
  };
  return {
    linear: only(['linIdx'], true),
    bond: only(['bondIdx'], false),
    listed: only(['listedIdx'], false),
    nonTraded: only(['nonTradedIdx', 'cashIdx'], false),
    credit: only(['cGroup'], false),
    all: { ...rt },
  };
}

/** simulate-batch.ts drawPath, with the stage clock. */
function drawPath(rt: Runtime, path: number, p: number, acc: Float64Array): void {
  const { f, z1, zc, G, nNon, nLead, nCore, coreIdx, condLoadings, condChol } = rt;
  let t0 = performance.now();
  fillNormals(z1, 0, rt.n1, rt.k0, rt.k1, path, 0);
  let t1 = performance.now();
  acc[S.norm1]! += t1 - t0;
  t0 = t1;
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
  t1 = performance.now();
  acc[S.draw1]! += t1 - t0;
  t0 = t1;
  const { z2, zb, n2 } = rt;
  fillNormals(z2, 0, n2, rt.k0, rt.k1, path, 1);
  t1 = performance.now();
  acc[S.norm2]! += t1 - t0;
  t0 = t1;
  for (let k = 0; k < n2; k++) zb[k * BATCH + p] = z2[k]!;
  acc[S.scatter]! += performance.now() - t0;
}

/** simulate-batch.ts settlePhaseOne. */
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

/** simulate-batch.ts simulateBatch with noise and without a credit trace, stage by stage. */
function timedBatch(v: Views, pathStart: number, count: number, sink: PathSink, i0: number, stride: number, block: number, acc: Float64Array, perKind: boolean): void {
  const rt = v.all;
  const { G, H, zb, Wb, fb, f1b, eq, rec, multipliers } = rt;
  const fused = weeklyDraw(rt);
  const NB = BATCH;
  const pcO = PC * NB;
  const nc = rt.creditIdx.length;
  const income = rt.incomeIdx.length > 0 || rt.incomeCreditIdx.length > 0;
  const margin = rt.phaseTwoMargin;
  for (let p = 0; p < count; p++) drawPath(rt, pathStart + p, p, acc);
  let t0 = performance.now();
  evaluateBatch(rt, 0, count);
  let t1 = performance.now();
  acc[S.val1]! += t1 - t0;
  t0 = t1;
  rt.blkLoss.fill(0);
  rt.blkCost.fill(0);
  for (let p = 0; p < count; p++) {
    settlePhaseOne(rt, p, sink, i0 + p);
    sink.values[i0 + p] = eq[p]!;
  }
  t1 = performance.now();
  acc[S.settle1]! += t1 - t0;
  for (let t = 1; t <= H; t++) {
    t0 = performance.now();
    fused(zb, Wb, fb, f1b, multipliers, rt.multipliersNegDelta, t, count);
    t1 = performance.now();
    acc[S.chol]! += t1 - t0;
    t0 = t1;
    if (rt.nonTradedIdx.length > 0) for (let p = 0; p < count; p++) rt.pcHist[t * NB + p] = fb[pcO + p]!;
    t1 = performance.now();
    acc[S.factor]! += t1 - t0;
    t0 = t1;
    if (income) accrueIncome(rt, count);
    for (let p = 0; p < count; p++) eq[p] = rt.base[p]!;
    t1 = performance.now();
    acc[S.income]! += t1 - t0;
    t0 = t1;
    if (perKind) {
      evaluateBatch(v.linear, t, count);
      t1 = performance.now();
      acc[S.linear]! += t1 - t0;
      t0 = t1;
      evaluateBatch(v.bond, t, count);
      t1 = performance.now();
      acc[S.bond]! += t1 - t0;
      t0 = t1;
      evaluateBatch(v.listed, t, count);
      t1 = performance.now();
      acc[S.listed]! += t1 - t0;
      t0 = t1;
      evaluateBatch(v.nonTraded, t, count);
      t1 = performance.now();
      acc[S.nonTraded]! += t1 - t0;
      t0 = t1;
      evaluateBatch(v.credit, t, count);
      t1 = performance.now();
      acc[S.credit]! += t1 - t0;
    } else {
      evaluateBatch(rt, t, count);
      t1 = performance.now();
      // Not split by kind: all of it under linear's row (the caller reports it as one figure).
      acc[S.linear]! += t1 - t0;
    }
    t0 = t1;
    if (margin) checkMargin(rt, t, count);
    t1 = performance.now();
    acc[S.margin]! += t1 - t0;
    t0 = t1;
    const row = t * stride + i0;
    for (let p = 0; p < count; p++) {
      const x = eq[p]!;
      sink.values[row + p] = x;
      if (rec[p]! < 0 && x >= rt.startValue) rec[p] = t;
    }
    acc[S.write]! += performance.now() - t0;
  }
  t0 = performance.now();
  for (let p = 0; p < count; p++) {
    sink.recoveredWeek[i0 + p] = rec[p]!;
    sink.callWeek[i0 + p] = rt.callWeek[p]!;
    sink.lockedTwo[i0 + p] = lockedLoss(rt, p);
    sink.fetchedTwo[i0 + p] = rt.fetched[p]!;
    sink.income[i0 + p] = rt.income[p]!;
  }
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
  acc[S.end]! += performance.now() - t0;
}

/** The timed copy of simulateShard over [pathStart, pathEnd): stage milliseconds (one thread) and the shard. */
export function timedShard(prepared: PreparedRun, pathStart: number, pathEnd: number, perKind = true): { ms: Float64Array; total: number; shard: ShardResult } {
  const views = viewsOf(buildRuntime(prepared.kernel));
  const shard = allocateShard(prepared, pathStart, pathEnd);
  const acc = new Float64Array(STAGES.length);
  const total = pathEnd - pathStart;
  const first = blockOf(pathStart);
  const start = performance.now();
  for (let i = 0; i < total; ) {
    const path = pathStart + i;
    const count = Math.min((blockOf(path) + 1) * BATCH - path, total - i);
    timedBatch(views, path, count, shard, i, total, blockOf(path) - first, acc, perKind);
    i += count;
  }
  return { ms: acc, total: performance.now() - start, shard };
}

/** Whether the timed copy gives the engine's bits on [pathStart, pathEnd): the names of the arrays that differ. */
export function checkReplica(prepared: PreparedRun, pathStart: number, pathEnd: number): string[] {
  const mine = timedShard(prepared, pathStart, pathEnd).shard;
  const engine = simulateShard(prepared, pathStart, pathEnd);
  const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return (Object.keys(engine) as (keyof ShardResult)[]).filter((k) => {
    const a = engine[k];
    const b = mine[k];
    if (typeof a === 'number') return a !== b;
    const x = bytes(a);
    const y = bytes(b as ArrayBufferView);
    return x.length !== y.length || x.some((v, i) => v !== y[i]);
  });
}
