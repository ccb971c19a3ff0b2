import type { ExposureTag } from '../domain/exposure';
import type { Factor, Scenario } from '../domain/scenario';
import type { ConditionalShock } from '../model/conditional';
import {
  type CashNeedResult,
  type LiquidityLadder,
  type LiquidityLine,
  liquidityLadder,
  meetCashNeed,
} from '../model/liquidity';
import { MARGIN_LOCKED_IN, MARGIN_PROCEEDS, MARGIN_TRIGGERED, marginCall, marginDeficit } from '../model/margin';
import type { SubPosition } from '../model/positions';
import type { LiquidityInfo } from './build-groups';
import type { KernelSpec } from './kernel';
import { buildRuntime } from './runtime';
import { simulateBatch } from './simulate-batch';

/** Mean-path results (no noise, severity 1): attribution, margin call, phase-two mean path, liquidity ladder. */
export type Deterministic = {
  factors: Record<Factor, number>;
  plausibility: { mahalanobis: number; sigma: number };
  /** Exact phase-one loss on the mean path, forced-sale costs included. */
  phaseOneLoss: number;
  /** The mean path's loss by exposure and per holding (index into PreparedRun.holdings), forced-sale costs included: they sum to phaseOneLoss. */
  byExposure: Partial<Record<ExposureTag, number>>;
  byHolding: number[];
  /** … of which forced-sale cost, per holding. */
  costByHolding: number[];
  marginCall: {
    triggered: boolean;
    forcedSales: { holdingIndex: number; proceeds: number; cost: number }[];
    lockedInLoss: number;
    daysToComplete: number;
  };
  /**
   * Phase two on the mean path: values (income included), first week back, defaults, group end values, phase one's
   * forced-sale proceeds; the phase-two margin call (first week, or null; loss locked in; cash raised) and income.
   */
  meanPath: {
    values: number[];
    recoveredWeek: number;
    defaulted: number[];
    groupEnd: number[];
    proceeds: number;
    marginCall: { week: number | null; lockedLoss: number; proceeds: number };
    income: number;
  };
  /** The margin loan still owed after any forced sale on the mean path (positive; 0 without a loan). */
  ladder: LiquidityLadder & { loan: number };
  cashNeed: CashNeedResult | null;
  /** Requirement − equity at the mean move before any forced sale (positive: a margin call). */
  marginDeficit: number;
  /** Cash raisable by the day the caller asked for (ModelInput.cashByDay), net of impact cost; null when not asked. */
  cashByDay: number | null;
};

type Args = {
  kernel: KernelSpec;
  subs: readonly SubPosition[];
  groupOfSub: Int32Array;
  /** Returns and value factors in the base currency (FX included), and the FX move φ alone. */
  rOfSub: Float64Array;
  xOfSub: Float64Array;
  fxOfSub: Float64Array;
  liq: LiquidityInfo;
  fBar: Float64Array;
  cond: ConditionalShock;
  scenario: Scenario;
  holdingCount: number;
  cashByDay?: number;
};

export function evaluateDeterministic(a: Args): Omit<Deterministic, 'factors'> {
  const { kernel, subs, groupOfSub, xOfSub, liq, scenario } = a;
  const G = kernel.groups.length;
  const p = scenario.liquidity.participation;
  // Margin call on the mean path with the exact value factors.
  const xg = new Float64Array(G);
  subs.forEach((_, i) => {
    if (groupOfSub[i]! >= 0) xg[groupOfSub[i]!] = xOfSub[i]!;
  });
  const value = Float64Array.from(kernel.groups, (g) => g.value);
  const book = {
    value,
    maintenance: Float64Array.from(kernel.groups, (g) => g.maintenance),
    costRate: Float64Array.from(kernel.groups, (g) => g.costRate),
    order: Int32Array.from(kernel.marginOrder),
    constant: kernel.constant,
  };
  const sold = new Float64Array(G);
  const out = new Float64Array(4);
  marginCall(book, xg, sold, out);

  const byHolding = new Array<number>(a.holdingCount).fill(0);
  const costByHolding = new Array<number>(a.holdingCount).fill(0);
  const byExposure: Partial<Record<ExposureTag, number>> = {};
  const sales = new Map<number, { holdingIndex: number; proceeds: number; cost: number }>();
  let loss = 0;
  let daysToComplete = 0;
  subs.forEach((s, i) => {
    const g = groupOfSub[i]!;
    // A short's "sale" is its buy-back: soldValue < 0, the cash it takes is |soldValue|·(1 + c).
    const soldValue = g < 0 || !(sold[g]! > 0) ? 0 : sold[g]! * liq.valueAfter[i]!;
    const c = g < 0 ? 0 : kernel.groups[g]!.costRate;
    const l = -s.value * a.rOfSub[i]! + Math.abs(soldValue) * c;
    loss += l;
    byHolding[s.holdingIndex]! += l;
    costByHolding[s.holdingIndex]! += Math.abs(soldValue) * c;
    byExposure[s.tag] = (byExposure[s.tag] ?? 0) + l;
    if (soldValue === 0) return;
    const row = sales.get(s.holdingIndex) ?? { holdingIndex: s.holdingIndex, proceeds: 0, cost: 0 };
    row.proceeds += soldValue > 0 ? soldValue * (1 - c) : soldValue * (1 + c);
    row.cost += Math.abs(soldValue) * c;
    sales.set(s.holdingIndex, row);
    const adv = liq.advStressed[i];
    const td = adv ? Math.abs(soldValue) / (p * adv) : sold[g]! * s.params.liquidityHorizonDays;
    daysToComplete = Math.max(daysToComplete, Math.ceil((td * 7) / 5));
  });

  // Phase two on the mean path (the kernel with noise off), tracing credit survival for the ladder.
  const rt = buildRuntime(kernel);
  const H = kernel.horizonWeeks;
  const nc = rt.creditIdx.length;
  const sink = {
    loss: new Float64Array(1),
    marginTriggered: new Uint8Array(1),
    lockedIn: new Float64Array(1),
    proceeds: new Float64Array(1),
    values: new Float64Array(H + 1),
    recoveredWeek: new Int16Array(1),
    groupLoss: new Float64Array(G),
    groupCost: new Float64Array(G),
    groupEnd: new Float64Array(G),
    defaulted: new Float64Array(nc),
    callWeek: new Int16Array(1),
    lockedTwo: new Float64Array(1),
    fetchedTwo: new Float64Array(1),
    income: new Float64Array(1),
  };
  const trace = { survival: new Float64Array((H + 1) * nc), defaulted: new Float64Array((H + 1) * nc), recovery: new Float64Array((H + 1) * nc) };
  simulateBatch(rt, 0, 1, false, sink, 0, 1, 0, trace);

  // One defaults schedule per credit group and value factor (shared objects: the ladder caches on identity).
  const defaultsCache = new Map<string, NonNullable<LiquidityLine['defaults']>>();
  // A default of week t pays the recovery of the week its workout ends, or the horizon's if that comes first (the
  // kernel's re-marking through the workout).
  const workoutOf = Int32Array.from(rt.creditIdx, (g) => kernel.groups[g]!.p[16]!);
  const creditDefaults = (c: number, x: number, workoutWeeks: number): NonNullable<LiquidityLine['defaults']> => {
    const key = `${c}|${x}|${workoutWeeks}`;
    const hit = defaultsCache.get(key);
    if (hit) return hit;
    const made = {
      survival: Array.from({ length: H + 1 }, (_, t) => trace.survival[t * nc + c]!),
      recoveryRate: Array.from({ length: H + 1 }, (_, t) => {
        if (t === 0 || !(x > 0)) return 0;
        return trace.recovery[Math.min(t + workoutOf[c]!, H) * nc + c]! / x;
      }),
      workoutDays: workoutWeeks * 7,
    };
    defaultsCache.set(key, made);
    return made;
  };
  const creditSlot = new Int32Array(G).fill(-1);
  rt.creditIdx.forEach((g, c) => (creditSlot[g] = c));
  const lines: LiquidityLine[] = [];
  subs.forEach((s, i) => {
    // Loans are not sold; a short is a line of negative value: buying it back takes cash (and costs impact).
    if (s.value === 0 || (s.value < 0 && s.params.kind === 'cash')) return;
    const g = groupOfSub[i]!;
    const base = { tag: s.tag, holdingIndex: s.holdingIndex, costRate: liq.costRate[i]!, dailyCap: 0, horizonDays: 1, gatePerQuarter: 0, defaults: null };
    if (s.params.kind === 'cash') return void lines.push({ ...base, value: liq.valueAfter[i]!, mode: 'cash' });
    const v = liq.valueAfter[i]! * (1 - (g >= 0 ? sold[g]! : 0));
    if (!(v > 0) && !(v < 0)) return;
    const c = g >= 0 ? creditSlot[g]! : -1;
    // The recovery trace is per unit of the model's value, in the holding's currency: against the model's own value
    // factor (FX moves the value and what it recovers alike).
    const x = a.fxOfSub[i] === 0 ? xOfSub[i]! : xOfSub[i]! / (1 + a.fxOfSub[i]!);
    const defaults = c < 0 || s.params.kind !== 'credit' || v < 0 ? null : creditDefaults(c, x, s.params.workoutWeeks);
    const adv = liq.advStressed[i];
    if (s.params.kind === 'privateCredit' && s.params.variant === 'nonTraded')
      lines.push({ ...base, value: v, mode: 'gated', gatePerQuarter: s.params.gatePerQuarter, costRate: 0 });
    else if (adv !== null && adv !== undefined && adv > 0) lines.push({ ...base, value: v, mode: 'adv', dailyCap: p * adv, defaults });
    else lines.push({ ...base, value: v, mode: 'horizon', horizonDays: s.params.liquidityHorizonDays, defaults });
  });
  const need = scenario.liquidity.cashNeed;
  const owed = -subs.reduce((sum, s, i) => sum + (s.params.kind === 'cash' && s.value < 0 ? liq.valueAfter[i]! : 0), 0);
  return {
    plausibility: { mahalanobis: a.cond.mahalanobis, sigma: a.cond.sigma },
    // Σ of the parts: each sub-position's loss and its share of the forced-sale cost (the margin call's cost in total).
    phaseOneLoss: loss,
    byExposure,
    byHolding,
    costByHolding,
    marginCall: {
      triggered: out[MARGIN_TRIGGERED] === 1,
      forcedSales: [...sales.values()],
      lockedInLoss: out[MARGIN_LOCKED_IN]!,
      daysToComplete: out[MARGIN_TRIGGERED] === 1 ? Math.max(1, daysToComplete) : 0,
    },
    meanPath: {
      values: [...sink.values],
      recoveredWeek: sink.recoveredWeek[0]!,
      defaulted: [...sink.defaulted],
      groupEnd: [...sink.groupEnd],
      proceeds: out[MARGIN_PROCEEDS]!,
      marginCall: { week: sink.callWeek[0]! < 0 ? null : sink.callWeek[0]!, lockedLoss: sink.lockedTwo[0]!, proceeds: sink.fetchedTwo[0]! },
      income: sink.income[0]!,
    },
    ladder: { ...liquidityLadder(lines), loan: Math.max(0, owed - out[MARGIN_PROCEEDS]!) },
    cashNeed: need === null ? null : meetCashNeed(lines, need),
    marginDeficit: marginDeficit(book, xg),
    cashByDay: a.cashByDay === undefined ? null : liquidityLadder(lines, [a.cashByDay]).cashRaisable[0]!,
  };
}
