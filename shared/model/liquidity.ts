import type { ExposureTag } from '../domain/exposure';

/**
 * Liquidity ladder (DESIGN.md §4.3). Days are calendar days; selling happens on trading days, ⌈d·5/7⌉ of them by
 * day d. A position with an average daily traded value sells p·ADV_stressed a day (ADV_stressed = ADV·(1 + LIQ));
 * without one it sells evenly over its exposure's liquidity horizon (FRTB-style, in trading days). Impact cost by
 * the square-root law: Y·σ_daily·√(q_day / ADV_stressed) per unit sold.
 */
export const LADDER_DAYS = [1, 7, 30, 90, 180, 365] as const;
/** Redemption windows of gated funds, in calendar days (ASSUMPTION: quarterly, the first one a quarter away). */
export const GATE_WINDOW_DAYS = 90;

export const tradingDays = (calendarDays: number): number => Math.ceil((calendarDays * 5) / 7);

export type LiquidityLine = {
  tag: ExposureTag;
  holdingIndex: number;
  /**
   * Value to sell (base currency), at phase-one prices after any forced sale; negative for a short, whose buy-back
   * takes cash (|value|·(1 + costRate)) at the pace its mode gives |value|. Never a gated fund or defaulting debt.
   */
  value: number;
  costRate: number;
  mode: 'cash' | 'adv' | 'horizon' | 'gated';
  /** adv: value sellable per trading day (p·ADV_stressed). */
  dailyCap: number;
  /** horizon: trading days to sell all. */
  horizonDays: number;
  /** gated: share released per window. */
  gatePerQuarter: number;
  /**
   * Credit-risky debt on the mean path, by phase-two week: survival S(t) (S(0) = 1) and the cash recovered per unit
   * of line value that defaults in week t, paid `workoutDays` after the default. Defaulted debt cannot be sold.
   */
  defaults: { survival: ArrayLike<number>; recoveryRate: ArrayLike<number>; workoutDays: number } | null;
};

/** Impact cost per unit sold: Y·σ_daily·√(q_day/ADV_stressed), q_day = min(value, p·ADV_stressed); √p without an ADV. */
export function impactCostRate(y: number, sigmaDaily: number, value: number, advStressed: number | null, participation: number): number {
  const ratio = advStressed === null ? participation : advStressed > 0 ? Math.min(Math.abs(value) / advStressed, participation) : participation;
  return Math.min(1, y * sigmaDaily * Math.sqrt(ratio));
}

type Schedule = { gross: Float64Array; recovered: Float64Array };
const schedules = new WeakMap<LiquidityLine, Schedule>();
/** Horizon-mode schedules scale with the line's value: one per defaults object and horizon, for a value of 1. */
const unitSchedules = new WeakMap<object, Map<number, Schedule>>();

/**
 * Day-by-day sale of a line whose holding defaults along the way: each trading day sells at the line's pace from
 * what is still held; each week's defaults leave the held amount and pay their recovery after the workout.
 * Cumulative gross sold and recovery received by day d (0..days).
 */
function schedule(line: LiquidityLine, days: number): Schedule {
  const cached = schedules.get(line);
  if (cached && cached.gross.length > days) return cached;
  const { survival, recoveryRate, workoutDays } = line.defaults!;
  const week = (d: number): number => Math.min(survival.length - 1, Math.floor(d / 7));
  const pace = line.mode === 'adv' ? line.dailyCap : line.value / line.horizonDays;
  const gross = new Float64Array(days + 1);
  const recovered = new Float64Array(days + 1);
  let held = line.value;
  for (let d = 1; d <= days; d++) {
    const before = survival[week(d - 1)]!;
    const now = survival[week(d)]!;
    if (before > 0 && now < before) {
      const defaulted = held * (1 - now / before);
      held -= defaulted;
      const pay = Math.ceil(d + workoutDays);
      if (pay <= days) recovered[pay]! += defaulted * recoveryRate[week(d)]!;
    }
    let sold = 0;
    if (tradingDays(d) > tradingDays(d - 1)) {
      sold = Math.min(held, pace);
      held -= sold;
    }
    gross[d] = gross[d - 1]! + sold;
  }
  for (let d = 1; d <= days; d++) recovered[d]! += recovered[d - 1]!;
  const out = { gross, recovered };
  schedules.set(line, out);
  return out;
}

/** Gross value sold by day d (before cost; negative: bought back) and recovery cash received (no cost). */
export function soldBy(line: LiquidityLine, d: number): { gross: number; recovered: number } {
  if (line.value < 0) return { gross: -soldBy({ ...line, value: -line.value, defaults: null }, d).gross, recovered: 0 };
  if (line.defaults && line.mode === 'horizon') {
    // The schedule scales with the value: one per defaults object and horizon, computed for a value of 1.
    let byHorizon = unitSchedules.get(line.defaults);
    if (!byHorizon) unitSchedules.set(line.defaults, (byHorizon = new Map()));
    let unit = byHorizon.get(line.horizonDays);
    if (!unit || unit.gross.length <= d) byHorizon.set(line.horizonDays, (unit = schedule({ ...line, value: 1 }, Math.max(365, d))));
    return { gross: unit.gross[d]! * line.value, recovered: unit.recovered[d]! * line.value };
  }
  if (line.defaults && line.mode === 'adv') {
    const s = schedule(line, Math.max(365, d));
    return { gross: s.gross[d]!, recovered: s.recovered[d]! };
  }
  switch (line.mode) {
    case 'cash':
      return { gross: line.value, recovered: 0 };
    case 'adv':
      return { gross: Math.min(line.value, tradingDays(d) * line.dailyCap), recovered: 0 };
    case 'horizon':
      return { gross: line.value * Math.min(1, tradingDays(d) / line.horizonDays), recovered: 0 };
    case 'gated':
      return { gross: line.value * Math.min(1, line.gatePerQuarter * Math.floor(d / GATE_WINDOW_DAYS)), recovered: 0 };
  }
}

export type LiquidityLadder = {
  days: number[];
  cashRaisable: number[];
  costs: number[];
  byExposure: Partial<Record<ExposureTag, number[]>>;
};

export function liquidityLadder(lines: readonly LiquidityLine[], days: readonly number[] = LADDER_DAYS): LiquidityLadder {
  const cashRaisable = days.map(() => 0);
  const costs = days.map(() => 0);
  const byExposure: Partial<Record<ExposureTag, number[]>> = {};
  for (const line of lines) {
    const row = (byExposure[line.tag] ??= days.map(() => 0));
    days.forEach((d, i) => {
      const { gross, recovered } = soldBy(line, d);
      // A buy-back (gross < 0) pays its cost on top: cash −|gross|·(1 + c).
      const cash = (gross >= 0 ? gross * (1 - line.costRate) : gross * (1 + line.costRate)) + recovered;
      cashRaisable[i]! += cash;
      costs[i]! += Math.abs(gross) * line.costRate;
      row[i]! += cash;
    });
  }
  return { days: [...days], cashRaisable, costs, byExposure };
}

export type CashNeedResult = { amount: number; dayMet: number | null; cost: number; shortfall: number };

function raisableBy(lines: readonly LiquidityLine[], d: number): number {
  let total = 0;
  for (const line of lines) {
    const { gross, recovered } = soldBy(line, d);
    total += gross * (1 - line.costRate) + recovered;
  }
  return total;
}

/**
 * The first day (1..maxDays) by which `amount` can be raised net of impact cost, and the cost of raising it then
 * selling the cheapest liquidity first. Not met within maxDays: dayMet null, cost of everything raisable, shortfall.
 * Shorts are left alone: buying one back never raises cash.
 */
export function meetCashNeed(all: readonly LiquidityLine[], amount: number, maxDays = 365): CashNeedResult {
  const lines = all.filter((l) => l.value > 0);
  let lo = 1;
  let hi = maxDays;
  if (raisableBy(lines, maxDays) < amount) {
    const all = liquidityLadder(lines, [maxDays]);
    return { amount, dayMet: null, cost: all.costs[0]!, shortfall: amount - all.cashRaisable[0]! };
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (raisableBy(lines, mid) >= amount) hi = mid;
    else lo = mid + 1;
  }
  const day = lo;
  const order = lines.map((l, i) => ({ l, i })).sort((a, b) => a.l.costRate - b.l.costRate || a.i - b.i);
  let remaining = amount;
  let cost = 0;
  // Recoveries paid out by then cost nothing: take them first.
  for (const l of lines) remaining -= Math.min(Math.max(0, remaining), soldBy(l, day).recovered);
  for (const { l } of order) {
    if (remaining <= 0) break;
    const { gross } = soldBy(l, day);
    const net = gross * (1 - l.costRate);
    const take = Math.min(net, remaining);
    if (take > 0) cost += (take / (1 - l.costRate)) * l.costRate;
    remaining -= take;
  }
  return { amount, dayMet: day, cost, shortfall: 0 };
}
