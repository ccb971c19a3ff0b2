import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parse-decimal';

describe('parseDecimal', () => {
  it('reads plain, decimal-comma, grouped and percent-suffixed numbers', () => {
    expect(parseDecimal('80')).toBe(80);
    expect(parseDecimal(' 80.5 ')).toBe(80.5);
    expect(parseDecimal('80,5')).toBe(80.5);
    expect(parseDecimal('33,33 %')).toBe(33.33);
    expect(parseDecimal('1,234.5')).toBe(1234.5);
    expect(parseDecimal('0,1282')).toBe(0.1282);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('-2')).toBe(-2);
  });

  it('refuses text that is not a number', () => {
    for (const bad of ['', 'abc', '1.2.3', '12abc', '%', '1,2,3']) expect(parseDecimal(bad), bad).toBeNull();
  });
});
