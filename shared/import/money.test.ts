import { describe, expect, it } from 'vitest';
import { convertCents, decimalToCents, formatCents, impliedPrice, productToCents, significantDigits } from './money';

describe('money in exact cents', () => {
  it('reads decimal text without float multiplication', () => {
    // 1.015 × 100 in floats is 101.49999999999999 (→ 101); exactly it is 101.5 → half-even → 102.
    expect(Math.round(1.015 * 100)).toBe(101);
    expect(decimalToCents('1.015')).toBe(102);
    expect(decimalToCents('14212.77')).toBe(1421277);
    expect(decimalToCents('-41862.53')).toBe(-4186253);
    expect(decimalToCents('0.005')).toBe(0); // 0.5 cent → even 0
    expect(decimalToCents('0.015')).toBe(2); // 1.5 cents → even 2
  });

  it('multiplies quantity by price exactly and rounds half to even', () => {
    // 5 × 53.225 = 266.125 → 26612.5 cents → 26612 (half-up would say 26613)
    expect(productToCents('5', '53.225')).toBe(26612);
    // -33 × 301.115 = -9936.795 → -993679.5 cents → -993680 (679 is odd, so up to the even 680)
    expect(productToCents('-33', '301.115')).toBe(-993680);
    // 85.412 × 242.11 = 85.412 × 242 + 85.412 × 0.11 = 20669.704 + 9.39532 = 20679.09932 → 2067909.932 cents → 2067910
    // (Fidelity's FXAIX row states $20,679.10: the same.)
    expect(productToCents('85.412', '242.11')).toBe(2067910);
  });

  it('values bonds per 100 of face', () => {
    // 20000 face × 86.50 / 100 = 17300.00
    expect(productToCents('20000', '86.50', 100)).toBe(1730000);
    // 10000 × 94.25 / 100 = 9425.00
    expect(productToCents('10000', '94.25', 100)).toBe(942500);
  });

  it('refuses amounts beyond exact integers and bad text', () => {
    expect(decimalToCents('1e30')).toBeNull();
    expect(decimalToCents('abc')).toBeNull();
    expect(productToCents('x', '1')).toBeNull();
  });

  it('derives a price from value and quantity', () => {
    expect(impliedPrice('9425', '10000', true)).toBe(94.25);
    expect(impliedPrice('1250', '0', false)).toBeNull();
  });

  it('converts with a rate like the valuation layer', () => {
    // 9748.80 EUR × 1.1536 = 11246.21568 USD → 1124621.568 cents → 1124622
    expect(convertCents(974880, 1.1536)).toBe(1124622);
  });

  it('formats cents for messages', () => {
    expect(formatCents(10666641)).toBe('106,666.41');
    expect(formatCents(-5)).toBe('-0.05');
    expect(formatCents(0)).toBe('0.00');
  });
});

describe('numbers with absurdly many digits', () => {
  it('count significant digits in one scan', () => {
    expect([significantDigits('-0.00120'), significantDigits('1000'), significantDigits('10.5'), significantDigits('0')]).toEqual([2, 1, 3, 0]);
  });

  it('are refused (null) at once instead of multiplied digit by digit: two 1 MB numbers in one row', () => {
    const huge = '7'.repeat(1 << 20);
    const started = performance.now();
    expect(productToCents(huge, `1.${huge}`)).toBeNull();
    expect(decimalToCents(huge)).toBeNull();
    expect(impliedPrice(huge, huge, false)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
    // 40 significant digits still work (then too large for cents: null for that reason, as before).
    expect(productToCents('1.5', '2')).toBe(300);
  });
});
