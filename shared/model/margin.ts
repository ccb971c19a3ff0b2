/**
 * Margin calls (DESIGN.md §4.2). Equity = constant (cash − loans) + Σ V_g·x_g. Requirement = Σ m_g·|V_g·x_g| over
 * marginable groups: a long's maintenance share of its value, a short's (V_g < 0) short-sale maintenance share of its
 * market value. When equity < requirement, groups are sold (longs) or bought back (shorts) at the current prices,
 * cheapest liquidity first: selling y of a long pays down the loan with y·(1 − c_g); covering y of a short pays
 * y·(1 + c_g) in cash and removes the liability y. Either way equity falls by the impact cost c_g·y and the
 * requirement by m_g·y: each unit cures (m_g − c_g) of the deficit. What was sold no longer takes part in what
 * follows: the loss on it is locked in.
 */
export type MarginBook = {
  value: Float64Array;
  /** Maintenance share m_g of |V_g·x_g| (a short's: the short-sale maintenance); 0 for non-marginable groups. */
  maintenance: Float64Array;
  /** Impact cost per unit sold. */
  costRate: Float64Array;
  /** Groups in selling order: cost rate ascending, ties by index. */
  order: Int32Array;
  /** Cash minus loans (base currency). */
  constant: number;
};

export const sellingOrder = (costRate: Float64Array, sellable: (g: number) => boolean): Int32Array =>
  Int32Array.from(
    Array.from(costRate.keys())
      .filter(sellable)
      .sort((a, b) => costRate[a]! - costRate[b]! || a - b),
  );

/** Outcome slots written by marginCall (a reusable Float64Array of length 4, so the path loop allocates nothing). */
export const MARGIN_TRIGGERED = 0;
export const MARGIN_COST = 1;
export const MARGIN_PROCEEDS = 2;
export const MARGIN_LOCKED_IN = 3;

/** Applies the margin rule to value factors `x`; writes the fraction of each group sold into `sold` and the outcome into `out`. */
/**
 * How far equity falls short of the maintenance requirement at value factors `x`, before any sale: requirement −
 * equity (positive: a margin call; ≤ 0: none). Continuous in x, so a solver can aim at its zero.
 */
export function marginDeficit(book: Pick<MarginBook, 'value' | 'maintenance' | 'constant'>, x: ArrayLike<number>): number {
  let equity = book.constant;
  let requirement = 0;
  for (let g = 0; g < book.value.length; g++) {
    const a = book.value[g]! * x[g]!;
    equity += a;
    requirement += book.maintenance[g]! * Math.abs(a);
  }
  return requirement - equity;
}

export function marginCall(book: MarginBook, x: ArrayLike<number>, sold: Float64Array, out: Float64Array): void {
  const { value, maintenance, costRate, order } = book;
  sold.fill(0);
  out.fill(0);
  let equity = book.constant;
  let requirement = 0;
  let gross = 0;
  for (let g = 0; g < value.length; g++) {
    const a = value[g]! * x[g]!;
    equity += a;
    requirement += maintenance[g]! * Math.abs(a);
    gross += Math.abs(a);
  }
  let deficit = requirement - equity;
  if (!(deficit > 1e-12 * gross)) return;
  out[MARGIN_TRIGGERED] = 1;
  let cost = 0;
  let proceeds = 0;
  let lockedIn = 0;
  for (let k = 0; k < order.length && deficit > 1e-12 * gross; k++) {
    const g = order[k]!;
    const m = maintenance[g]!;
    const c = costRate[g]!;
    const a = value[g]! * x[g]!;
    const available = Math.abs(a);
    if (m <= c || available <= 0) continue;
    const y = Math.min(available, deficit / (m - c));
    sold[g] = y / available;
    deficit -= y * (m - c);
    cost += c * y;
    if (a > 0) {
      proceeds += y * (1 - c);
      // The sold part's loss since the start (its start value y/x less y), plus the cost.
      lockedIn += (y / x[g]!) * (1 - x[g]!) + c * y;
    } else {
      // Covering a short uses cash; its loss is what the buy-back costs (y, plus c·y) beyond what the short raised (y/x).
      proceeds -= y * (1 + c);
      lockedIn += y - y / x[g]! + c * y;
    }
  }
  out[MARGIN_COST] = cost;
  out[MARGIN_PROCEEDS] = proceeds;
  out[MARGIN_LOCKED_IN] = lockedIn;
}
