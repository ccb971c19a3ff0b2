import { describe, expect, it } from 'vitest';
import { parseDate } from './dates';
import { headerCode } from './price-history';
import { detectFrequency } from './returns';

describe('parseDate', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024/3/1', '2024-03-01'],
    ['2024.03.01', '2024-03-01'],
    ['20240301', '2024-03-01'],
    ['2024-03-01T16:00:00Z', '2024-03-01'],
    ['2024-03-01 16:00', '2024-03-01'],
  ])('reads %s as %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['2023-02-29', '2024-13-01', '03/01/2024', '1/3/2024', 'Mar 1 2024', '', '2024-03'])('refuses %j', (text) => expect(parseDate(text)).toBeNull());
});

describe('headerCode', () => {
  it.each([
    ['BTC', 'BTC', null],
    ['ai eq', 'AI_EQ', null],
    ['gpu-rent', 'GPU_RENT', null],
    ['HY (bp)', 'HY', 'bp'],
    ['RATE [%]', 'RATE', 'percent'],
    ['IG (percent)', 'IG', 'percent'],
    ['Bitcoin close', 'BITCOIN_CLOSE', null],
  ])('%s → %s (%s)', (header, code, unit) => expect(headerCode(header)).toEqual({ code, unit }));
});

describe('detectFrequency', () => {
  const days = (start: string, step: number, count: number, skipWeekends = false) => {
    const out: string[] = [];
    for (let d = Date.parse(`${start}T00:00:00Z`); out.length < count; d += step * 86_400_000) {
      const day = new Date(d).getUTCDay();
      if (!skipWeekends || (day !== 0 && day !== 6)) out.push(new Date(d).toISOString().slice(0, 10));
    }
    return out;
  };
  it('tells trading days, calendar days and weeks apart, and refuses months', () => {
    expect(detectFrequency(days('2024-01-01', 1, 300, true)).frequency).toBe('daily');
    expect(detectFrequency(days('2024-01-01', 1, 300)).frequency).toBe('daily-calendar');
    expect(detectFrequency(days('2024-01-05', 7, 100)).frequency).toBe('weekly');
    expect(detectFrequency(days('2024-01-05', 30, 40))).toEqual({ frequency: null, medianDays: 30 });
  });
});
