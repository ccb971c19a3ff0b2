import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCents } from './allocate-cents';

describe('allocateCents', () => {
  it('gives the cent to the largest remainder (hand-computed)', () => {
    // 1/3 each of 1.00: 33.33… cents each, floors 33 + 33 + 33 = 99, one cent to the first of the equal remainders.
    expect(allocateCents([1 / 3, 1 / 3, 1 / 3], 1)).toEqual([34, 33, 33]);
    // 0.125 + 0.125 + 0.25 = 0.50: 12.5 + 12.5 + 25 cents, floors 12 + 12 + 25 = 49; the cent goes to the first .5.
    expect(allocateCents([0.125, 0.125, 0.25])).toEqual([13, 12, 25]);
    // A gain among losses: −5.006 + 7.003 = 1.997 → 2.00; floors −501 + 700 = 199, one cent to −5.006 (remainder .4).
    expect(allocateCents([-5.006, 7.003])).toEqual([-500, 700]);
  });

  it('rounded parts add up to the rounded total, each within a cent of its part (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e7, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 60 }), (parts) => {
        const total = parts.reduce((a, b) => a + b, 0);
        const cents = allocateCents(parts, total);
        expect(cents.reduce((a, b) => a + b, 0)).toBe(Math.round(total * 100) + 0);
        cents.forEach((c, i) => expect(Math.abs(c - parts[i]! * 100)).toBeLessThan(1 + 1e-6));
      }),
    );
  });
});
