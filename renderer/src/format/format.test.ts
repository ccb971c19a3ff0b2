import { describe, expect, it } from 'vitest';
import {
  formatSignedNumber,
  centsToDecimal,
  createFormatters,
  formatDateTime,
  formatMoney,
  formatParPrice,
  formatPercent,
  formatPrice,
  formatQuantity,
} from './format';

/** Intl separates with (narrow) no-break spaces in some locales; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('centsToDecimal', () => {
  it('writes integer cents as an exact decimal string', () => {
    expect(centsToDecimal(0)).toBe('0.00');
    expect(centsToDecimal(5)).toBe('0.05');
    expect(centsToDecimal(-5)).toBe('-0.05');
    expect(centsToDecimal(123456)).toBe('1234.56');
    expect(centsToDecimal(-123400)).toBe('-1234.00');
  });

  it('stays exact where dividing a float by 100 would not', () => {
    expect(centsToDecimal(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
  });

  it('refuses fractions of a cent', () => {
    expect(() => centsToDecimal(1.5)).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('formats cents in the currency and locale', () => {
    expect(formatMoney(123456789, 'en-US', 'USD')).toBe('$1,234,567.89');
    expect(plain(formatMoney(123456789, 'de-DE', 'EUR'))).toBe('1.234.567,89 €');
    expect(formatMoney(-5000, 'en-GB', 'GBP')).toBe('-£50.00');
  });

  it('keeps the last cent of a very large amount', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'en-US', 'USD')).toBe('$90,071,992,547,409.91');
  });

  it('rounds to the currency’s own decimals', () => {
    expect(formatMoney(123456, 'en-US', 'JPY')).toBe('¥1,235');
  });
});

describe('formatQuantity', () => {
  it('shows up to six decimals and none for whole numbers', () => {
    expect(formatQuantity(1200, 'en-US')).toBe('1,200');
    expect(formatQuantity(3.2, 'en-US')).toBe('3.2');
    expect(formatQuantity(0.12345678, 'en-US')).toBe('0.123457');
    expect(formatQuantity(-20000, 'de-DE')).toBe('-20.000');
  });
});

describe('formatParPrice', () => {
  it('writes a bond price in % of par with 2 to 4 decimals and no currency', () => {
    expect(formatParPrice(86.5, 'en-US')).toBe('86.50');
    expect(formatParPrice(99.5625, 'en-US')).toBe('99.5625');
    expect(formatParPrice(101.123456, 'de-DE')).toBe('101,1235');
  });
});

describe('formatPrice', () => {
  it('uses the currency’s decimals and keeps up to six', () => {
    expect(formatPrice(182.4, 'en-US', 'USD')).toBe('$182.40');
    expect(formatPrice(0.123456, 'en-US', 'USD')).toBe('$0.123456');
    expect(plain(formatPrice(24.6, 'de-DE', 'EUR'))).toBe('24,60 €');
    expect(formatPrice(150, 'en-US', 'JPY')).toBe('¥150');
  });
});

describe('formatPercent', () => {
  it('shows a fraction with one decimal by default', () => {
    expect(formatPercent(0.1234, 'en-US')).toBe('12.3%');
    expect(formatPercent(0.8, 'en-US', 0)).toBe('80%');
    expect(plain(formatPercent(0.1234, 'de-DE'))).toBe('12,3 %');
    expect(formatPercent(-0.05, 'en-US')).toBe('-5.0%');
  });
});

describe('formatSignedNumber', () => {
  it('signs a standard-deviation count in the locale, no sign on zero', () => {
    expect(formatSignedNumber(-1.234, 'en-US', 2)).toBe('-1.23');
    expect(formatSignedNumber(0.5, 'en-US', 2)).toBe('+0.50');
    expect(formatSignedNumber(0, 'en-US', 2)).toBe('0.00');
    expect(formatSignedNumber(1.5, 'de-DE', 1)).toBe('+1,5');
  });
});

describe('formatDateTime', () => {
  it('formats an ISO timestamp in the locale', () => {
    const text = formatDateTime('2026-11-20T14:30:00Z', 'en-US');
    expect(text).toMatch(/Nov 20, 2026/);
  });

  it('shows text that is not a date as it is', () => {
    expect(formatDateTime('not a date', 'en-US')).toBe('not a date');
  });
});

describe('createFormatters', () => {
  it('binds the locale and base currency', () => {
    const fmt = createFormatters('en-US', 'EUR');
    expect(fmt.money(100)).toBe('€1.00');
    expect(fmt.moneyIn(100, 'HKD')).toBe('HK$1.00');
    expect(fmt.percent(0.5)).toBe('50.0%');
  });
});

describe('engine figures', () => {
  it('formats base-currency units (floats) in the currency’s decimals', () => {
    const fmt = createFormatters('en-US', 'USD');
    expect(fmt.moneyUnits(123456.789)).toBe('$123,456.79');
    expect(fmt.moneyUnits(-0.001)).toBe('$0.00');
    expect(plain(createFormatters('de-DE', 'EUR').moneyUnits(1234.5))).toBe('1.234,50 €');
    expect(createFormatters('en-US', 'JPY').moneyUnits(1234.5)).toBe('¥1,235');
  });

  it('signs changes in percent and basis points', () => {
    const fmt = createFormatters('en-US', 'USD');
    expect(fmt.signedPercent(-0.3)).toBe('-30.0%');
    expect(fmt.signedPercent(0.05)).toBe('+5.0%');
    expect(fmt.signedPercent(0)).toBe('0.0%');
    expect(fmt.signedBasisPoints(350)).toBe('+350');
    expect(fmt.signedBasisPoints(-12.4)).toBe('-12');
    expect(fmt.signedBasisPoints(1500)).toBe('+1,500');
  });

  it('writes durations with Intl units and plurals', () => {
    const fmt = createFormatters('en-US', 'USD');
    expect(fmt.seconds(3456)).toBe('3.5 sec');
    expect(fmt.seconds(65_400)).toBe('65 sec');
    expect(fmt.duration(1, 'week')).toBe('1 week');
    expect(fmt.duration(17, 'week')).toBe('17 weeks');
    expect(fmt.duration(3, 'day')).toBe('3 days');
    expect(fmt.number(3.21, 1)).toBe('3.2');
  });
});
