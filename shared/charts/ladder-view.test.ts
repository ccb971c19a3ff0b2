import { describe, expect, it } from 'vitest';
import type { RunResult } from '../engine/run-result';
import { drawOrder, ladderView } from './ladder-view';

type Ladder = RunResult['phaseTwo']['liquidityLadder'];

const ladder = (over: Partial<Ladder> = {}): Ladder => ({
  days: [1, 7, 30],
  cashRaisable: [30_000, 55_000, 90_000],
  costs: [10, 40, 90],
  byExposure: { cash: [12_500, 12_500, 12_500], govt: [0.001, 0.002, 0], ai_equity: [17_500, 42_500, 77_500], btc: [0, 0, 0] },
  loan: 40_000,
  cashNeed: null,
  ...over,
});

describe('the liquidity ladder view', () => {
  it('lists exposures top of the stack first (display order), leaving out those that raise nothing, and draws them bottom first', () => {
    const view = ladderView(ladder());
    expect(view.stacks.map((s) => s.tag)).toEqual(['ai_equity', 'cash']);
    expect(drawOrder(view.stacks).map((s) => s.tag)).toEqual(['cash', 'ai_equity']);
    // drawOrder does not reorder the view in place.
    expect(view.stacks.map((s) => s.tag)).toEqual(['ai_equity', 'cash']);
  });

  it('deducts the margin loan from the cash raised: free cash, negative while the loan is not yet covered', () => {
    const view = ladderView(ladder({ loan: 40_000.004 }));
    expect(view.loan).toBe(40_000);
    expect(view.rows).toEqual([
      { day: 1, cash: 30_000, cost: 10 },
      { day: 7, cash: 55_000, cost: 40 },
      { day: 30, cash: 90_000, cost: 90 },
    ]);
    expect(view.deduction).toEqual({ loan: 40_000, free: [-10_000, 15_000, 50_000] });
  });

  it('has nothing to deduct without a loan (or with rounding dust for one)', () => {
    for (const l of [0, 0.004]) {
      const view = ladderView(ladder({ loan: l }));
      expect(view.loan).toBe(0);
      expect(view.deduction).toBeNull();
      expect(view.rows.map((r) => r.cash)).toEqual([30_000, 55_000, 90_000]);
    }
  });

  it('tells an unknown loan (a run saved before the ladder carried it) from no loan, and deducts nothing for it', () => {
    const old = ladder();
    delete old.loan;
    const view = ladderView(old);
    expect(view.loan).toBeNull();
    expect(view.deduction).toBeNull();
    expect(view.rows.map((r) => r.cash)).toEqual([30_000, 55_000, 90_000]);
  });

  it('reads missing values as zero', () => {
    const view = ladderView(ladder({ cashRaisable: [1], costs: [], byExposure: { equity: [5] } }));
    expect(view.stacks).toEqual([{ tag: 'equity', values: [5, 0, 0] }]);
    expect(view.rows.map((r) => [r.cash, r.cost])).toEqual([[1, 0], [0, 0], [0, 0]]);
  });
});
