import { EXPOSURE_TAGS, type ExposureTag } from '../domain/exposure';
import type { RunResult } from '../engine/run-result';

/**
 * The liquidity ladder as the Results screen and the report draw and list it.
 *
 * Stack order, everywhere: the exposures stack from the bottom in reverse display order (cash at the bottom, AI
 * equity on top), and every legend and table lists them from the top of the stack down, which is display order.
 *
 * Cash raisable is gross of the margin loan still owed after phase one: the loan is repaid first out of the cash
 * raised, so what is free to spend by day d is cashRaisable[d] − loan. A run saved before the ladder carried the
 * loan does not say what it was: then nothing is deducted and nothing extra is shown (not "no loan", not "free cash").
 */

type Ladder = RunResult['phaseTwo']['liquidityLadder'];

export type LadderStack = { tag: ExposureTag; values: number[] };

export type LadderRow = {
  day: number;
  /** Cash raisable by this day, net of impact cost, before repaying the loan. */
  cash: number;
  cost: number;
};

/** The margin loan repaid first out of the cash raised, and what is left of it by each day. */
export type LoanDeduction = {
  /** The loan still owed, to the cent (> 0). */
  loan: number;
  /** Per day: cash raisable − loan, free to spend once the loan is repaid; negative while the cash does not cover it. */
  free: number[];
};

export type LadderView = {
  days: number[];
  /** Exposures that raise something, top of the stack first: the legend's and the tables' order. */
  stacks: LadderStack[];
  rows: LadderRow[];
  /** The margin loan still owed, to the cent: 0 without one; null when the run does not say (saved before it). */
  loan: number | null;
  /** Only when there is a loan to repay; null without one or when it is unknown: nothing extra to draw or list. */
  deduction: LoanDeduction | null;
};

/** Below half a cent counts as nothing (rounding dust from the engine). */
const DUST = 0.005;

export function ladderView(ladder: Ladder): LadderView {
  const stacks = EXPOSURE_TAGS.flatMap((tag) => {
    const values = ladder.byExposure[tag];
    if (values === undefined || values.every((v) => Math.abs(v) < DUST)) return [];
    return [{ tag, values: ladder.days.map((_, i) => values[i] ?? 0) }];
  });
  const rows = ladder.days.map((day, i) => ({ day, cash: ladder.cashRaisable[i] ?? 0, cost: ladder.costs[i] ?? 0 }));
  const loan = ladder.loan === undefined ? null : ladder.loan >= DUST ? Math.round(ladder.loan * 100) / 100 : 0;
  const deduction = loan === null || loan === 0 ? null : { loan, free: rows.map((r) => r.cash - loan) };
  return { days: [...ladder.days], stacks, rows, loan, deduction };
}

/** The stacks bottom first: the order to draw the segments in. */
export const drawOrder = (stacks: readonly LadderStack[]): LadderStack[] => [...stacks].reverse();
