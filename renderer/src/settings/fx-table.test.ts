import { describe, expect, it } from 'vitest';
import { checkNewCode, checkRate, editableNote, enteredRate, fxRows, today, withoutRate, withRate } from './fx-table';

const rates = {
  HKD: { usdPerUnit: 0.1282, asOf: '2026-11-20', source: 'peg' },
  EUR: { usdPerUnit: 1.1536, asOf: '2026-11-20', source: 'IBKR' },
};

describe('FX table editing', () => {
  it('lists rates by code', () => {
    expect(fxRows(rates).map(([code]) => code)).toEqual(['EUR', 'HKD']);
  });

  it('accepts positive rates (decimal commas too) and refuses the rest with the value typed', () => {
    expect(checkRate('1.0850')).toEqual({ ok: true, value: 1.085 });
    expect(checkRate('0,1282')).toEqual({ ok: true, value: 0.1282 });
    for (const bad of ['0', '-1', 'abc', '']) {
      expect(checkRate(bad)).toEqual({ ok: false, problem: { key: 'settings.fx.error.rate', params: { value: bad } } });
    }
  });

  it('accepts a new three-letter code in any case and refuses USD, repeats and other shapes', () => {
    expect(checkNewCode(' gbp ', rates)).toEqual({ ok: true, value: 'GBP' });
    expect(checkNewCode('usd', rates)).toMatchObject({ ok: false, problem: { key: 'settings.fx.error.usd' } });
    expect(checkNewCode('eur', rates)).toEqual({ ok: false, problem: { key: 'settings.fx.error.exists', params: { code: 'EUR' } } });
    expect(checkNewCode('EURO', rates)).toMatchObject({ ok: false, problem: { key: 'settings.fx.error.code' } });
    expect(checkNewCode('E1R', rates)).toMatchObject({ ok: false, problem: { key: 'settings.fx.error.code' } });
  });

  it('sets and removes rates without touching the original, but keeps the base currency', () => {
    const gbp = { usdPerUnit: 1.27, asOf: '2026-11-21', source: 'me' };
    expect(withRate(rates, 'GBP', gbp)).toEqual({ ...rates, GBP: gbp });
    expect(withoutRate(rates, 'HKD', 'USD')).toEqual({ ok: true, value: { EUR: rates.EUR } });
    expect(withoutRate(rates, 'EUR', 'EUR')).toEqual({ ok: false, problem: { key: 'settings.fx.error.base', params: { code: 'EUR' } } });
    expect(Object.keys(rates)).toEqual(['HKD', 'EUR']);
  });

  it('records a typed rate as entered in Settings on that day, with the user’s note', () => {
    expect(enteredRate(1.27, '2026-11-18', '  my broker ', '2026-11-21')).toEqual({ usdPerUnit: 1.27, asOf: '2026-11-18', source: 'my broker', origin: { kind: 'settings', on: '2026-11-21' } });
    // A default's basis is not the user's note; a note of theirs is.
    expect(editableNote({ ...rates.HKD, origin: { kind: 'default' } })).toBe('');
    expect(editableNote({ ...rates.EUR, origin: { kind: 'settings', on: '2026-11-20' } })).toBe('IBKR');
  });

  it('writes today as a local date', () => {
    expect(today(new Date(2026, 10, 5, 23, 59))).toBe('2026-11-05');
  });
});
