import { describe, expect, it } from 'vitest';
import { fitOptionsFrom, parseMapping, parseWindow } from './fit-args';

describe('fit options from the command line', () => {
  it('chooses the method from what is given', () => {
    expect(fitOptionsFrom({})).toEqual({ method: 'ledoit-wolf' });
    expect(fitOptionsFrom({ lambda: '0.97' })).toEqual({ method: 'ewma', lambda: 0.97 });
    expect(fitOptionsFrom({ window: '2022-01-01..2022-12-31' })).toEqual({ method: 'sample', window: { from: '2022-01-01', to: '2022-12-31' } });
    expect(fitOptionsFrom({ window: '2022-01-01..2022-12-31', method: 'ledoit-wolf' })).toMatchObject({ method: 'ledoit-wolf' });
    expect(fitOptionsFrom({ levels: 'bp', map: 'Bitcoin close=btc, Notes=ignore' })).toEqual({ method: 'ledoit-wolf', levelUnit: 'bp', mapping: { 'Bitcoin close': 'BTC', Notes: 'ignore' } });
  });

  it.each([
    [{ lambda: '1' }, '--lambda must be a number greater than 0 and less than 1 (got 1).'],
    [{ lambda: '-0.5' }, '--lambda must be a number greater than 0 and less than 1 (got -0.5).'],
    [{ lambda: 'x' }, '--lambda must be a number'],
    [{ method: 'garch' }, '--method takes ledoit-wolf, ewma or sample; “garch” is not one.'],
    [{ levels: 'pct' }, '--levels takes'],
  ])('refuses %j', (values, said) => expect(() => fitOptionsFrom(values)).toThrow(said));

  it('reads a window and refuses a bad one', () => {
    expect(parseWindow('2020-02-01..2020-03-31')).toEqual({ from: '2020-02-01', to: '2020-03-31' });
    for (const bad of ['2020-02-01', '2020-03-31..2020-02-01', '2020-02-30..2020-03-01', '01/02/2020..2020-03-01', 'a..b..c']) expect(() => parseWindow(bad)).toThrow('--window takes FROM..TO');
  });

  it('reads a mapping and refuses an unknown factor', () => {
    expect(parseMapping('a=b=EQ')).toEqual({ 'a=b': 'EQ' });
    expect(() => parseMapping('Gold=GOLD')).toThrow('--map takes HEADER=FACTOR');
    expect(() => parseMapping('=BTC')).toThrow('--map takes HEADER=FACTOR');
  });
});
