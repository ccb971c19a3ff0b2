import { describe, expect, it } from 'vitest';
import { FACTORS, type Factor } from '../domain/scenario';
import { fxLeg, fxReturn, inBase } from './fx';

const state = (moves: Partial<Record<Factor, number>>) => Float64Array.from(FACTORS, (f) => moves[f] ?? 0);

describe('FX legs (value of a unit of currency in US dollars, f_USD = 0)', () => {
  it('has no leg when the holding’s currency moves like the base', () => {
    expect(fxLeg('USD', 'USD')).toBeNull();
    expect(fxLeg('EUR', 'EUR')).toBeNull();
    // CNY uses FX_CNH, and currencies without a factor keep their dollar value
    expect(fxLeg('CNY', 'CNH')).toBeNull();
    expect(fxLeg('CHF', 'USD')).toBeNull();
    expect(fxLeg('HKD', 'USD')).toMatchObject({ currency: 'FX_HKD', base: null, from: 'HKD', to: 'USD' });
  });

  it('φ = (1 + f_C)/(1 + f_B) − 1 (hand-computed)', () => {
    const f = state({ FX_EUR: -0.1, FX_JPY: 0.08 });
    expect(fxReturn(fxLeg('EUR', 'USD'), f)).toBe(-0.1);
    // a dollar in a euro base: 1/0.9 − 1 = 0.111…
    expect(fxReturn(fxLeg('USD', 'EUR'), f)).toBeCloseTo(1 / 0.9 - 1, 15);
    // yen in a euro base: 1.08/0.9 − 1 = 0.2
    expect(fxReturn(fxLeg('JPY', 'EUR'), f)).toBeCloseTo(0.2, 15);
    expect(fxReturn(null, f)).toBe(0);
    // a base currency worth nothing: floored, not infinite
    expect(Number.isFinite(fxReturn(fxLeg('USD', 'EUR'), state({ FX_EUR: -1 })))).toBe(true);
  });

  it('combines with the model return multiplicatively, and leaves it alone when the currency does not move', () => {
    expect(inBase(-0.2, 0)).toBe(-0.2);
    expect(inBase(0, -0.1)).toBe(-0.1);
    expect(inBase(-0.2, -0.1)).toBeCloseTo(0.8 * 0.9 - 1, 15);
    // a wiped-out holding stays wiped out whatever its currency does
    expect(inBase(-1, 0.5)).toBe(-1);
  });
});
