import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalToCents } from './money';
import { decimalEvidence, detectDecimalMark, parseNumber, type DecimalMark } from './parse-number';

const num = (raw: string, mark: DecimalMark = '.'): string | null => {
  const p = parseNumber(raw, mark);
  return p.kind === 'number' ? p.decimal : null;
};

describe('parseNumber', () => {
  it.each([
    ['120', '120'],
    ['182.40', '182.4'],
    ['0.51234', '0.51234'],
    ['$14,212.77', '14212.77'],
    ['"$14,212.77"'.slice(1, -1), '14212.77'],
    ['-$1,250.00', '-1250'],
    ['$-1,250.00', '-1250'],
    ['+$9,860.00', '9860'],
    ['(1,250.00)', '-1250'],
    ['($1,250.00)', '-1250'],
    ['1250.00-', '-1250'],
    ['41,862.53-', '-41862.53'],
    ['−3.5', '-3.5'],
    ['€ 1.234,56', '1234.56'],
    ['1.234,56 €', '1234.56'],
    ['HK$612.50', '612.5'],
    ['¥1,200', '1200'],
    ['USD 1,250.00', '1250'],
    ['1,250.00 USD', '1250'],
    ['1 234 567,8', '1234567.8'],
    ["1'234.50", '1234.5'],
    ['1,234,567', '1234567'],
    ['1.234.567', '1234567'],
    ['0,5', '0.5'],
    ['.75', '0.75'],
    ['00700', '700'],
    ['-0.00', '0'],
    ['1.5E+3', '1500'],
  ])('%j → %s', (raw, decimal) => {
    expect(num(raw)).toBe(decimal);
  });

  it('uses the file mark only when a value alone is ambiguous', () => {
    expect(num('1,250', '.')).toBe('1250');
    expect(num('1,250', ',')).toBe('1.25');
    expect(num('1.250', '.')).toBe('1.25');
    expect(num('1.250', ',')).toBe('1250');
    expect(num('158,34', '.')).toBe('158.34');
    expect(num('3.958,50', '.')).toBe('3958.5');
    expect(num('0.500', ',')).toBe('0.5');
  });

  it('marks percentages and currencies', () => {
    expect(parseNumber('+1.19%')).toEqual({ kind: 'number', decimal: '1.19', percent: true, currency: null });
    expect(parseNumber('-$186.00')).toEqual({ kind: 'number', decimal: '-186', percent: false, currency: 'USD' });
    expect(parseNumber('HK$1')).toMatchObject({ currency: 'HKD' });
    expect(parseNumber('€1')).toMatchObject({ currency: 'EUR' });
    expect(parseNumber('¥1')).toMatchObject({ currency: null });
  });

  it.each(['', '  ', '--', '-', 'N/A', 'n/a', 'NA', '—', 'null'])('%j is missing', (raw) => {
    expect(parseNumber(raw).kind).toBe('missing');
  });

  it.each(['abc', '12abc', '1,23,4.5', '1.2.3,4,5', '--5-', '(-5)', '1-2', '2026-11-20', '$', '%', 'USD', '1e400'])('%j is invalid', (raw) => {
    expect(parseNumber(raw).kind).toBe('invalid');
  });
});

describe('decimal mark of a file', () => {
  it('reads unambiguous values', () => {
    expect(decimalEvidence('3.958,50')).toBe(',');
    expect(decimalEvidence('$21,120.00')).toBe('.');
    expect(decimalEvidence('158,34')).toBe(',');
    expect(decimalEvidence('1,250')).toBeNull();
    expect(decimalEvidence('120')).toBeNull();
  });
  it('follows the majority, else the delimiter', () => {
    expect(detectDecimalMark(['158,34', '3.958,50', '1.250'], ',')).toBe(',');
    expect(detectDecimalMark(['182.400', '9120.00'], ';')).toBe('.');
    expect(detectDecimalMark(['1,250'], ';')).toBe(',');
    expect(detectDecimalMark(['1,250'], ',')).toBe('.');
  });
});

/** Writes integer cents the way brokers do. */
function formatCents(cents: bigint, style: { mark: DecimalMark; group: boolean; neg: 'minus' | 'paren' | 'trailing'; symbol: '' | '$' | '€' | 'HK$' }): string {
  const abs = cents < 0n ? -cents : cents;
  const int = (abs / 100n).toString();
  const frac = (abs % 100n).toString().padStart(2, '0');
  const thousands = style.mark === '.' ? ',' : '.';
  const grouped = style.group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands) : int;
  const body = `${style.symbol}${grouped}${style.mark}${frac}`;
  if (cents >= 0n) return body;
  return style.neg === 'paren' ? `(${body})` : style.neg === 'trailing' ? `${body}-` : `-${body}`;
}

describe('property: formatted money reads back to the same cents', () => {
  it('holds for any amount, grouping, sign style, symbol and decimal mark', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.record({
          mark: fc.constantFrom<DecimalMark>('.', ','),
          group: fc.boolean(),
          neg: fc.constantFrom<'minus' | 'paren' | 'trailing'>('minus', 'paren', 'trailing'),
          symbol: fc.constantFrom<'' | '$' | '€' | 'HK$'>('', '$', '€', 'HK$'),
        }),
        (cents, style) => {
          const parsed = parseNumber(formatCents(cents, style), style.mark);
          expect(parsed.kind).toBe('number');
          if (parsed.kind === 'number') expect(decimalToCents(parsed.decimal)).toBe(Number(cents));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads a megabyte of digits in linear time (a run of digits ending in a letter took minutes)', () => {
    const digits = '1'.repeat(1 << 20);
    const start = performance.now();
    expect(parseNumber(`${digits}x`).kind).toBe('invalid');
    expect(parseNumber(`${digits}.5`)).toEqual({ kind: 'number', decimal: `${digits}.5`, percent: false, currency: null });
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom<DecimalMark>('.', ','), (text, mark) => {
        const parsed = parseNumber(text, mark);
        if (parsed.kind === 'number') expect(parsed.decimal).toMatch(/^-?\d+(\.\d*[1-9])?$/);
      }),
      { numRuns: 2000 },
    );
  });
});
