import { EXPOSURE_TAGS, type ExposureTag } from '../domain/exposure';
import type { RunResult } from '../engine/run-result';

/**
 * The liquidity ladder as the Results screen and the report draw and list it.
 *
 * Stack order, everywhere: the exposures stack from the bottom in reverse display order (cash at the bottom, AI
 * equity on top), and every legend and table lists them from the top of the stack down, which is display order.
 *
 * Cash raisable is gross of the margin loan still owed after phase one: the loan is repaid first out of the cash
 * raised, so what is free to spend by day d is cashRaisable[d] − loan.
 */

type Ladder = RunResult['phaseTwo']['liquidityLadder'];

export type LadderStack = { tag: ExposureTag; values: number[] };

export type LadderRow = {
  day: number;
  /** Cash raisable by this day, net of impact cost, before repaying the loan. */
  cash: number;
  cost: number;
  /** The margin loan repaid out of it (0 without one). */
  loan: number;
  /** cash − loan: free to spend once the loan is repaid; negative when the cash raised does not cover the loan. */
  free: number;
};

export type LadderView = {
  days: number[];
  /** Exposures that raise something, top of the stack first: the legend's and the tables' order. */
  stacks: LadderStack[];
  rows: LadderRow[];
  /** The margin loan still owed, rounded to the cent; 0 when there is none. */
  loan: number;
};

/** Below half a cent counts as nothing (rounding dust from the engine). */
const DUST = 0.005;

export function ladderView(ladder: Ladder): LadderView {
  const stacks = EXPOSURE_TAGS.flatMap((tag) => {
    const values = ladder.byExposure[tag];
    if (values === undefined || values.every((v) => Math.abs(v) < DUST)) return [];
    return [{ tag, values: ladder.days.map((_, i) => values[i] ?? 0) }];
  });
  const loan = ladder.loan >= DUST ? Math.round(ladder.loan * 100) / 100 : 0;
  const rows = ladder.days.map((day, i) => {
    const cash = ladder.cashRaisable[i] ?? 0;
    return { day, cash, cost: ladder.costs[i] ?? 0, loan, free: cash - loan };
  });
  return { days: [...ladder.days], stacks, rows, loan };
}

/** The stacks bottom first: the order to draw the segments in. */
export const drawOrder = (stacks: readonly LadderStack[]): LadderStack[] => [...stacks].reverse();
