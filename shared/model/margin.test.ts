import fc from 'fast-check';
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

  it('counts a short in the requirement and buys it back when equity falls short (hand-computed)', () => {
    // A short of 100,000 (V = −100,000) on 200,000 of cash; short maintenance 30 %, buy-back cost 1 %. The price
    // rises 60 %: the short is a liability of 160,000, equity 40,000, requirement 0.3·160,000 = 48,000 → deficit 8,000.
    // Each unit bought back cures 0.3 − 0.01 = 0.29: y = 8,000/0.29 = 27,586.2; cash falls by y·1.01.
    const short = { value: Float64Array.from([-100_000]), maintenance: Float64Array.from([0.3]), costRate: Float64Array.from([0.01]), order: Int32Array.from([0]), constant: 200_000 };
    const s1 = new Float64Array(1);
    marginCall(short, [1.6], s1, out);
    const y = 8_000 / 0.29;
    expect(out[MARGIN_TRIGGERED]).toBe(1);
    expect(s1[0]).toBeCloseTo(y / 160_000, 12);
    expect(out[MARGIN_PROCEEDS]).toBeCloseTo(-1.01 * y, 9);
    expect(out[MARGIN_COST]).toBeCloseTo(0.01 * y, 9);
    // locked in: the bought-back part cost y (plus 1 %) against the y/1.6 the short raised
    expect(out[MARGIN_LOCKED_IN]).toBeCloseTo(y - y / 1.6 + 0.01 * y, 9);
    const equity = 200_000 - 1.01 * y - (160_000 - y);
    expect(equity).toBeCloseTo(0.3 * (160_000 - y), 8);
    // the price back at 1: equity 100,000 ≥ 30,000, no call
    marginCall(short, [1], s1, out);
    expect(out[MARGIN_TRIGGERED]).toBe(0);
  });

  it('after a call equity ≥ requirement or everything sellable is sold; cash in never exceeds the value sold (property)', () => {
    let called = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ v: fc.double({ min: -1e5, max: 1e5, noNaN: true }), m: fc.constantFrom(0, 0.3, 0.5), c: fc.double({ min: 0, max: 0.2, noNaN: true }), x: fc.double({ min: 0, max: 2, noNaN: true }) }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: -2e5, max: 1e5, noNaN: true }),
        (groups, constant) => {
          const costRate = Float64Array.from(groups, (g) => g.c);
          const b = { value: Float64Array.from(groups, (g) => g.v), maintenance: Float64Array.from(groups, (g) => g.m), costRate, order: sellingOrder(costRate, (g) => groups[g]!.m > 0), constant };
          const x = groups.map((g) => g.x);
          const sold = new Float64Array(groups.length);
          const o = new Float64Array(4);
          marginCall(b, x, sold, o);
          if (o[MARGIN_TRIGGERED] === 1) called++;
          let equity = constant + o[MARGIN_PROCEEDS]!;
          let requirement = 0;
          let soldValue = 0;
          let gross = Math.abs(constant);
          groups.forEach((g, i) => {
            const a = g.v * g.x;
            gross += Math.abs(a);
            equity += (1 - sold[i]!) * a;
            requirement += g.m * Math.abs((1 - sold[i]!) * a);
            soldValue += sold[i]! * a;
          });
          const left = groups.some((g, i) => g.m > g.c && sold[i]! < 1 && Math.abs(g.v * g.x) > 0);
          expect(equity >= requirement - 1e-9 * gross || !left).toBe(true);
          expect(o[MARGIN_PROCEEDS]!).toBeLessThanOrEqual(soldValue + 1e-9 * gross);
          expect(o[MARGIN_COST]!).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
    expect(called).toBeGreaterThan(50);
  });
});

