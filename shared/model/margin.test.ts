import { describe, expect, it } from 'vitest';
import { MARGIN_COST, MARGIN_LOCKED_IN, MARGIN_PROCEEDS, MARGIN_TRIGGERED, marginCall, sellingOrder } from './margin';

describe('margin call', () => {
  // Two long groups of 100,000 each, maintenance 30 %: A costs 0.1 % to sell, B 5 %; a loan of 100,000.
  const costRate = Float64Array.from([0.05, 0.001]);
  const book = {
    value: Float64Array.from([100_000, 100_000]),
    maintenance: Float64Array.from([0.3, 0.3]),
    costRate,
    order: sellingOrder(costRate, () => true),
    constant: -100_000,
  };
  const sold = new Float64Array(2);
  const out = new Float64Array(4);

  it('sells the cheapest liquidity first, just enough to restore maintenance (hand-computed)', () => {
    expect([...book.order]).toEqual([1, 0]);
    // B→0.5, A→0.7 (A is group 1 here): assets 120,000, equity 20,000, requirement 36,000 → deficit 16,000.
    // Each unit of the cheap group sold cures 0.3 − 0.001 = 0.299 → y = 16,000/0.299 = 53,511.705…
    marginCall(book, [0.5, 0.7], sold, out);
    const y = 16_000 / 0.299;
    expect(out[MARGIN_TRIGGERED]).toBe(1);
    expect(sold[0]).toBe(0);
    expect(sold[1]).toBeCloseTo(y / 70_000, 12);
    expect(out[MARGIN_COST]).toBeCloseTo(0.001 * y, 9);
    expect(out[MARGIN_PROCEEDS]).toBeCloseTo(0.999 * y, 9);
    // locked in: the sold part's phase-one loss (y/0.7)·0.3 plus the cost
    expect(out[MARGIN_LOCKED_IN]).toBeCloseTo((y / 0.7) * 0.3 + 0.001 * y, 9);
    // afterwards equity equals the requirement
    const equity = 20_000 - out[MARGIN_COST]!;
    const requirement = 0.3 * (120_000 - y);
    expect(equity).toBeCloseTo(requirement, 8);
  });

  it('does nothing while equity covers maintenance', () => {
    marginCall(book, [0.8, 0.8], sold, out);
    expect(out[MARGIN_TRIGGERED]).toBe(0);
    expect([...sold]).toEqual([0, 0]);
  });
});
