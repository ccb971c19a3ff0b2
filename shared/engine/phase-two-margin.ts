import { BATCH, type Runtime } from './runtime';

/**
 * Phase two's weekly income and margin check (DESIGN.md §4.2–4.3), on groups: a path's cost per week is one pass over
 * the groups that pay income or count in the requirement, whatever the number of holdings. A call sells as phase
 * one's does (model/margin.ts): the same selling order and impact cost rates, longs sold and shorts bought back until
 * equity is back at maintenance or nothing sellable is left.
 */

/** Non-credit income a week of batch path p, Σ w_g·i_g (recomputed after each sale, in group order). */
export function fixIncome(rt: Runtime, p: number): void {
  const { incomeIdx, incomeWeekly, w } = rt;
  let v = 0;
  for (let q = 0; q < incomeIdx.length; q++) {
    const g = incomeIdx[q]!;
    v += w[g * BATCH + p]! * incomeWeekly[g]!;
  }
  rt.incFixed[p] = v;
}

/**
 * Week t's coupons and dividends into the paths' cash (rt.base), on what was held through week t − 1: non-credit
 * groups at their fixed weekly rate, credit-risky debt on its surviving share only (defaulted debt stops paying).
 */
export function accrueIncome(rt: Runtime, count: number): void {
  const { base, income, incFixed, S, w, incomeCreditIdx, incomeWeekly } = rt;
  // The week's income per path, summed in rt.req (free until the margin check): fixed part, then group by group.
  const week = rt.req;
  const NB = BATCH;
  for (let p = 0; p < count; p++) week[p] = incFixed[p]!;
  const n = incomeCreditIdx.length;
  // Two groups a pass (half the updates of week[p]), then the odd one.
  let q = 0;
  for (; q + 1 < n; q += 2) {
    const g = incomeCreditIdx[q]!;
    const g2 = incomeCreditIdx[q + 1]!;
    const o = g * NB;
    const o2 = g2 * NB;
    const r = incomeWeekly[g]!;
    const r2 = incomeWeekly[g2]!;
    for (let p = 0; p < count; p++) week[p] = week[p]! + w[o + p]! * r * S[o + p]! + w[o2 + p]! * r2 * S[o2 + p]!;
  }
  if (q < n) {
    const g = incomeCreditIdx[q]!;
    const o = g * NB;
    const r = incomeWeekly[g]!;
    for (let p = 0; p < count; p++) week[p] = week[p]! + w[o + p]! * r * S[o + p]!;
  }
  for (let p = 0; p < count; p++) {
    const v = week[p]!;
    base[p] = base[p]! + v;
    income[p] = income[p]! + v;
  }
}

/**
 * Weekly check after week t's valuation: requirement Σ mSigned_g·w_g·x_g against equity eq; a breach is met at once.
 * A book without shorts is screened first, per path, at the cost of its few groups above the base maintenance m₀
 * (crypto's 50 % against 30 %): every w_g·x_g ≥ 0 and they add up to eq − base (base: cash less loans), so
 * requirement ≤ m₀·(eq − base) + Σ_{m_g > m₀} (m_g − m₀)·w_g·x_g, and equity cannot be below it while it exceeds that
 * bound. Only the paths the screen cannot clear get the requirement summed over every group, in the same order as the
 * full pass (the same bits).
 */
export function checkMargin(rt: Runtime, t: number, count: number): void {
  const { req, reqIdx, mSigned, w, x, eq } = rt;
  const NB = BATCH;
  if (rt.screenBase < 1) {
    const { base, screenIdx, screenExtra } = rt;
    const m0 = rt.screenBase;
    // req holds the bound's per-group part first.
    for (let p = 0; p < count; p++) req[p] = 0;
    for (let q = 0; q < screenIdx.length; q++) {
      const o = screenIdx[q]! * NB;
      const d = screenExtra[q]!;
      for (let p = 0; p < count; p++) req[p] = req[p]! + d * w[o + p]! * x[o + p]!;
    }
    for (let p = 0; p < count; p++) {
      const e = eq[p]!;
      const b = base[p]!;
      if (e - m0 * (e - b) - req[p]! > 1e-12 * (Math.abs(e) + Math.abs(b))) continue;
      let r = 0;
      for (let q = 0; q < reqIdx.length; q++) {
        const o = reqIdx[q]! * NB + p;
        r = r + mSigned[reqIdx[q]!]! * w[o]! * x[o]!;
      }
      req[p] = r;
      if (r > e) meetCall(rt, p, t);
    }
    return;
  }
  for (let p = 0; p < count; p++) req[p] = 0;
  for (let q = 0; q < reqIdx.length; q++) {
    const g = reqIdx[q]!;
    const o = g * NB;
    const m = mSigned[g]!;
    for (let p = 0; p < count; p++) req[p] = req[p]! + m * w[o + p]! * x[o + p]!;
  }
  for (let p = 0; p < count; p++) if (req[p]! > eq[p]!) meetCall(rt, p, t);
}

/**
 * Sells (longs) or buys back (shorts) batch path p's groups at week t's prices, cheapest first, until equity meets
 * the requirement: each unit y of group g cures (m_g − c_g) of the deficit; a long's sale brings y·(1 − c_g) into
 * cash, a short's buy-back takes y·(1 + c_g) out. The sold value leaves w (it no longer moves or pays income) and is
 * remembered in soldW to value the locked-in loss at the horizon.
 */
function meetCall(rt: Runtime, p: number, t: number): void {
  const { G, w, x, eq, base, soldW, fetched } = rt;
  const { maintenance, costRate, order } = rt.margin;
  const NB = BATCH;
  let gross = 0;
  for (let g = 0; g < G; g++) gross += Math.abs(w[g * NB + p]! * x[g * NB + p]!);
  const tol = 1e-12 * gross;
  let deficit = rt.req[p]! - eq[p]!;
  if (!(deficit > tol)) return;
  let sold = false;
  for (let k = 0; k < order.length && deficit > tol; k++) {
    const g = order[k]!;
    const o = g * NB + p;
    const m = maintenance[g]!;
    const c = costRate[g]!;
    const a = w[o]! * x[o]!;
    const available = Math.abs(a);
    if (m <= c || !(available > 0)) continue;
    const y = Math.min(available, deficit / (m - c));
    const share = y / available;
    const dw = y === available ? w[o]! : w[o]! * share;
    w[o] = y === available ? 0 : w[o]! - dw;
    soldW[o] = soldW[o]! + dw;
    // a·share is the signed value sold (+y long, −y short); the cost c·y comes out of it either way.
    const cash = a * share - c * y;
    base[p] = base[p]! + cash;
    fetched[p] = fetched[p]! + cash;
    eq[p] = eq[p]! - c * y;
    deficit -= y * (m - c);
    sold = true;
  }
  if (!sold) return;
  if (rt.callWeek[p]! < 0) rt.callWeek[p] = t;
  if (rt.incomeIdx.length > 0) fixIncome(rt, p);
}

/**
 * Loss locked in by batch path p's phase-two calls: what the sold (or bought-back) value would be worth at the horizon,
 * Σ_g soldW_g·x_g(H), less the cash the sales fetched (net of cost). Positive when selling locked a loss in (the prices
 * recovered afterwards), negative when it avoided a further fall. Income the sold part would have paid is not in it.
 * Call after week H's valuation (rt.x holds x(H)).
 */
export function lockedLoss(rt: Runtime, p: number): number {
  if (rt.callWeek[p]! < 0) return 0;
  const { G, soldW, x } = rt;
  let v = 0;
  for (let g = 0; g < G; g++) v += soldW[g * BATCH + p]! * x[g * BATCH + p]!;
  return v - rt.fetched[p]!;
}
