/**
 * The engine's arithmetic floor (not a test): each stage's operation count, from the kernel's dimensions, times a
 * machine rate measured here on this machine in Node. docs/performance.md's floor table is this computation;
 * `npm run bench` prints the measured wall time's ratio to it. A floor is what the stage's arithmetic (or its bytes)
 * costs at the measured rate with nothing else in the way; it is a yardstick, not a promise.
 *
 * Rates:
 * - flop: a mul+add pair in registers, 8 independent chains (`a = a·m + k`), halved — what scalar JIT-compiled
 *   float64 code does at best here. Every add, mul, min, max, compare or truncation in the counts is one flop.
 * - axpy: one `y[i] = y[i] + c·x[i]` over a 1,024-element Float64Array (L1), the correlated draw's current form
 *   (two loads and a store per multiply-add); reported beside the flop rate, not used in the floor.
 * - normal: one standard normal from fillNormals in a tight loop (Philox4x32-10 + the tabulated inverse normal), and
 *   the inverse normal alone (normalFromUniform over uniforms in L1).
 * - log: Math.log in a tight loop.
 * - read and copy: GB/s of a sequential Float32Array sum and of a Uint8Array.set, 64 MB each (past the caches).
 */
import { normalFromUniform } from '../../shared/engine/inverse-normal';
import { fillNormals } from '../../shared/engine/philox';
import type { PreparedRun } from '../../shared/engine/prepare';
import { buildRuntime } from '../../shared/engine/runtime';

export type Rates = { nsFlop: number; nsAxpy: number; nsNormal: number; nsInverse: number; nsLog: number; readGBs: number; copyGBs: number };

const bestOf = (reps: number, f: () => number): number => {
  let best = Infinity;
  for (let r = 0; r < reps; r++) best = Math.min(best, f());
  return best;
};
const nsPer = (count: number, body: () => void): number => {
  const t0 = performance.now();
  body();
  return ((performance.now() - t0) * 1e6) / count;
};
const keep = new Float64Array(1);

function chains(rounds: number, m: number, k: number): number {
  let a = 1.1;
  let b = 1.2;
  let c = 1.3;
  let d = 1.4;
  let e = 1.5;
  let f = 1.6;
  let g = 1.7;
  let h = 1.8;
  for (let r = 0; r < rounds; r++) {
    a = a * m + k;
    b = b * m + k;
    c = c * m + k;
    d = d * m + k;
    e = e * m + k;
    f = f * m + k;
    g = g * m + k;
    h = h * m + k;
  }
  return a + b + c + d + e + f + g + h;
}

function axpy(y: Float64Array, x: Float64Array, rounds: number): void {
  for (let r = 0; r < rounds; r++) {
    const c = 1e-12 * r;
    for (let i = 0; i < y.length; i++) y[i] = y[i]! + c * x[i]!;
  }
}

function inverseLoop(u: Float64Array, rounds: number): number {
  let s = 0;
  for (let r = 0; r < rounds; r++) for (let i = 0; i < u.length; i++) s += normalFromUniform(u[i]!);
  return s;
}

function logLoop(u: Float64Array, rounds: number): number {
  let s = 0;
  for (let r = 0; r < rounds; r++) for (let i = 0; i < u.length; i++) s += Math.log(u[i]!);
  return s;
}

function readLoop(a: Float32Array): number {
  let s0 = 0;
  let s1 = 0;
  for (let i = 0; i < a.length; i += 2) {
    s0 += a[i]!;
    s1 += a[i + 1]!;
  }
  return s0 + s1;
}

/** Measures the rates (about 2 s). Best of several rounds each: the rate of a quiet core. */
export function measureRates(): Rates {
  const rounds = 10_000_000;
  const nsFlop = bestOf(8, () => nsPer(rounds * 16, () => (keep[0] = chains(rounds, 0.999999, 1e-7))));
  const x = Float64Array.from({ length: 1024 }, (_, i) => (i % 17) / 17);
  const y = new Float64Array(1024);
  const nsAxpy = bestOf(5, () => nsPer(20_000 * 1024, () => axpy(y, x, 20_000)));
  const z = new Float64Array(1024);
  let path = 0;
  const nsNormal = bestOf(5, () =>
    nsPer(4_000 * 1024, () => {
      for (let p = 0; p < 4_000; p++) fillNormals(z, 0, 1024, 12345, 0, path++, 1);
    }),
  );
  // Uniforms as the generator makes them: (u32 + 0.5)·2⁻³², here from a fixed LCG.
  let s = 1;
  const u = Float64Array.from({ length: 1024 }, () => (((s = (Math.imul(s, 1103515245) + 12345) >>> 0) + 0.5) * 2.3283064365386963e-10));
  const nsInverse = bestOf(5, () => nsPer(10_000 * 1024, () => (keep[0] = inverseLoop(u, 10_000))));
  const nsLog = bestOf(5, () => nsPer(10_000 * 1024, () => (keep[0] = logLoop(u, 10_000))));
  const big = new Float32Array(16 * 1024 * 1024).fill(1);
  const readGBs = 1 / bestOf(5, () => nsPer(big.byteLength, () => (keep[0] = readLoop(big))));
  const src = new Uint8Array(64 * 1024 * 1024).fill(7);
  const dst = new Uint8Array(src.length);
  const copyGBs = 1 / bestOf(5, () => nsPer(src.length, () => dst.set(src)));
  return { nsFlop, nsAxpy, nsNormal, nsInverse, nsLog, readGBs, copyGBs };
}

/** A stage's floor: what it counts, per path, and the floor in ms for `paths` paths on one thread. */
export type FloorRow = { stage: string; ops: string; ms: number };

/**
 * Flops per path-week of each kind's valuation at t ≥ 1 (and t = 0), counted from evaluate-batch.ts: every add, mul,
 * min, max, compare and truncation once; loads, stores and loop control not counted. Per group, per path.
 */
export const FLOPS = {
  /** lin3: 1 + ε + Σ₃ β·f (7), max (1), × FX (1), eq += w·x (2). */
  linear: 11,
  /** dy = a·f_r + b·f_s (3), ε − D·dy + ½C·dy² (5), 1 + r, max, × FX (3), eq (2). */
  bond: 13,
  /** ε + β·PC + d·HY (4), 1 + r, max, × FX (3), eq (2). */
  listed: 9,
  /** lagged mark (3), ε + β·mark (2), 1 + r, max, × FX (3), eq (2). */
  nonTraded: 10,
  cash: 2,
  /**
   * Credit group, t ≥ 1: ln DSCR (1); PD-table index, clamp, truncation (8) and interpolation (3); recovery (1); price
   * ratio (8); survival-table index (8) and interpolation (3); survival update and denormal guard (2); recovery per
   * base (1); defaults (2); value (2); × FX (1); eq (2).
   */
  credit: 42,
  /** At t = 0: no survival step (ln DSCR, PD index and interpolation, recovery, ratio, × FX, eq). */
  creditT0: 24,
  /** Revenue model per path: coverage moves of BTC and GPU rent (8), EBITDA multiplier (4), floor (1); plus one log. */
  revenue: 13,
  /** Collateral model per path: 1 + f, weights, coverage (7), clamp (2). */
  collateral: 9,
};

/** The floor of each stage for `paths` paths on one thread, from the prepared run's kernel dimensions. */
export function floorRows(prepared: PreparedRun, paths: number, rates: Rates): FloorRow[] {
  const rt = buildRuntime(prepared.kernel);
  const { G, H, nUsed, nNon, nCore, n1, n2 } = rt;
  const cholNz = (() => {
    let c = 0;
    for (let j = 0; j < nUsed; j++) for (let k = 0; k <= j; k++) if (rt.weeklyChol[j * nUsed + k] !== 0) c++;
    return c;
  })();
  const lin = rt.linIdx.length;
  const linLoads = [...rt.linIdx].reduce((a, g) => a + Math.max(3, rt.linStart[g + 1]! - rt.linStart[g]!), 0);
  const bond = rt.bondIdx.length;
  const listed = rt.listedIdx.length;
  const nonTraded = rt.nonTradedIdx.length;
  const cash = rt.cashIdx.length;
  const credit = rt.creditIdx.length;
  const nRev = credit > 0 ? rt.nRev : 0;
  const nColl = credit > 0 ? rt.nColl : 0;
  const ms = (count: number, ns: number) => (count * ns * paths) / 1e6;
  const f = rates.nsFlop;
  // A linear group with more than three loadings adds two flops per extra loading.
  const linearFlops = FLOPS.linear * lin + 2 * (linLoads - 3 * lin);
  const rows: FloorRow[] = [
    { stage: 'normal draws (Philox + inverse normal)', ops: `${n1} + ${n2} normals`, ms: ms(n1 + n2, rates.nsNormal) },
    { stage: 'phase-two normals into the batch (z2 → zb)', ops: `${n2} copies`, ms: ms(n2, f) },
    { stage: 'phase-one draw (conditional factors) and init', ops: `${nNon * nCore + (nNon * (nNon + 1)) / 2} multiply-adds, ${6 * G} stores`, ms: ms(2 * (nNon * nCore + (nNon * (nNon + 1)) / 2), f) },
    { stage: 'correlated draw (weekly Cholesky)', ops: `${H} weeks × ${cholNz} multiply-adds (K_used = ${nUsed})`, ms: ms(2 * H * cholNz, f) },
    { stage: 'factor update', ops: `${H} × ${nUsed} × 3 flops`, ms: ms(3 * H * nUsed, f) },
    {
      stage: 'phase-one valuation and margin call',
      ops: `valuation at t = 0 + ${G} groups × 10 flops`,
      ms: ms(linearFlops + FLOPS.bond * bond + FLOPS.listed * listed + FLOPS.nonTraded * nonTraded + FLOPS.cash * cash + FLOPS.creditT0 * credit + 10 * G, f),
    },
    { stage: 'valuation: linear', ops: `${H} × ${lin} groups × ${FLOPS.linear} flops`, ms: ms(H * linearFlops, f) },
    { stage: 'valuation: bond', ops: `${H} × ${bond} × ${FLOPS.bond} flops`, ms: ms(H * FLOPS.bond * bond, f) },
    { stage: 'valuation: private credit, cash', ops: `${H} × (${listed} × ${FLOPS.listed} + ${nonTraded} × ${FLOPS.nonTraded} + ${cash} × ${FLOPS.cash}) flops`, ms: ms(H * (FLOPS.listed * listed + FLOPS.nonTraded * nonTraded + FLOPS.cash * cash), f) },
    {
      stage: 'valuation: credit-risky',
      ops: `${H} × (${credit} × ${FLOPS.credit} + ${nRev} × ${FLOPS.revenue} + ${nColl} × ${FLOPS.collateral}) flops + ${H} × ${nRev} logs`,
      ms: ms(H * (FLOPS.credit * credit + FLOPS.revenue * nRev + FLOPS.collateral * nColl), f) + ms(H * nRev, rates.nsLog),
    },
    { stage: 'income', ops: `${H} × (${rt.incomeCreditIdx.length} × 3 + 2) flops`, ms: ms(H * (3 * rt.incomeCreditIdx.length + 2), f) },
    { stage: 'margin check (screen)', ops: `${H} × (${rt.screenIdx.length} × 3 + 9) flops`, ms: rt.phaseTwoMargin ? ms(H * (3 * rt.screenIdx.length + (rt.screenBase < 1 ? 9 : 3 * rt.reqIdx.length)), f) : 0 },
    { stage: 'values written, recovery week, block sums', ops: `${H} × 2 flops + ${(H + 1) * 4} bytes`, ms: ms(2 * H + 3 * G, f) + (paths * (H + 1) * 4) / (rates.readGBs * 1e6) },
  ];
  return rows;
}

/** The merge's floor (one thread): every fan value read once, the losses sorted (n log₂ n compares), the per-path arrays copied once. */
export function mergeFloor(prepared: PreparedRun, paths: number, rates: Rates): FloorRow {
  const H1 = prepared.kernel.horizonWeeks + 1;
  const bytes = paths * H1 * 4;
  const perPath = paths * 53;
  const ms = bytes / (rates.readGBs * 1e6) + perPath / (rates.copyGBs * 1e6) + (paths * Math.log2(Math.max(2, paths)) * rates.nsFlop) / 1e6;
  return { stage: 'statistics and merge', ops: `${H1} × ${paths.toLocaleString('en-US')} float32 read once, n log₂ n compares, 53 B/path copied`, ms };
}

/** Bytes of one path's results as a shard carries them (simulate.ts allocateShard). */
export const shardBytesPerPath = (horizonWeeks: number): number => 8 * 6 + 1 + 2 * 2 + 4 * (horizonWeeks + 1);

/** Floor of a whole run: the path stages over `workers` threads, then the merge. */
export function runFloor(prepared: PreparedRun, paths: number, workers: number, rates: Rates): { simulate: number; merge: number; total: number } {
  const simulate = floorRows(prepared, paths, rates).reduce((a, r) => a + r.ms, 0) / workers;
  const merge = mergeFloor(prepared, paths, rates).ms;
  return { simulate, merge, total: simulate + merge };
}
