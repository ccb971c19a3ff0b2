import { describe, expect, it } from 'vitest';
import { valueMismatch, type ValueParts } from './value-check';

const parts = (quantity: string, price: string, value: string, isBond = false): ValueParts => ({ quantity, price, value, currency: 'USD', isBond });

describe('quantity × price against the stated market value', () => {
  it('warns on the line when they are 14 % apart, showing both amounts and saying the value was kept', () => {
    // 20 × 114.00 = 2,280.00; |2,280.00 − 2,000.00| / 2,000.00 = 280 / 2,000 = 0.14 → 14.0 %.
    expect(valueMismatch(parts('20', '114.00', '2000.00'), 3, '"2,000.00"')).toEqual({
      line: 3,
      severity: 'warning',
      message:
        'Quantity × price is 2,280.00 USD, but the file gives a market value of 2,000.00 USD (14.0 % apart); the market value was kept as the holding’s value.',
      key: 'import.issue.valueMismatch',
      params: { product: '2,280.00', value: '2,000.00', currency: 'USD', percent: '14.0' },
      value: '"2,000.00"',
    });
  });

  it('compares a bond as face × price ÷ 100', () => {
    // 20,000 × 86.50 / 100 = 17,300.00: agrees (without ÷ 100 it would be 1,730,000 and 9,900 % off).
    expect(valueMismatch(parts('20000', '86.50', '17300.00', true), 4, '')).toBeNull();
    // 17,300.00 against 15,000.00: 2,300 / 15,000 = 0.15333… → 15.3 %.
    expect(valueMismatch(parts('20000', '86.50', '15000.00', true), 4, '')?.message).toBe(
      'Face value × price ÷ 100 (a bond’s price is in % of par) is 17,300.00 USD, but the file gives a market value of 15,000.00 USD (15.3 % apart); the market value was kept as the holding’s value.',
    );
  });

  it('allows 1 % exactly, and warns just over it with enough decimals to show it', () => {
    // 101 × 1 = 101 against 100: 1 / 100 = 1 %, not over.
    expect(valueMismatch(parts('101', '1', '100'), 2, '')).toBeNull();
    // 10,101 × 0.01 = 101.01 against 100: 1.01 / 100 = 1.01 % ("1.0 %" would read as within the tolerance).
    expect(valueMismatch(parts('10101', '0.01', '100'), 2, '')?.message).toContain('(1.01 % apart)');
  });

  it('agrees on shorts and on rows whose value is quantity × price rounded to the cent', () => {
    // −50 × 182.405 = −9,120.25 exactly.
    expect(valueMismatch(parts('-50', '182.405', '-9120.25'), 2, '')).toBeNull();
    // 0.52234 × 91,250 = 47,663.5250, stated 47,663.53.
    expect(valueMismatch(parts('0.52234', '91250', '47663.53'), 2, '')).toBeNull();
  });

  it('calls a zero value against a non-zero product 100 % apart', () => {
    expect(valueMismatch(parts('10', '5', '0'), 2, '0.00')?.message).toContain('is 50.00 USD, but the file gives a market value of 0.00 USD (100.0 % apart)');
  });
});
