import { describe, expect, it } from 'vitest';
import { baseCurrencyChoices, isLocale } from './settings-options';

const rate = { usdPerUnit: 1.1, asOf: '2026-11-20', source: 'test' };

describe('baseCurrencyChoices', () => {
  it('offers USD and every currency of the FX table, sorted, once each', () => {
    expect(baseCurrencyChoices({ baseCurrency: 'USD', fxRates: { HKD: rate, EUR: rate } })).toEqual(['EUR', 'HKD', 'USD']);
    expect(baseCurrencyChoices({ baseCurrency: 'GBP', fxRates: {} })).toEqual(['GBP', 'USD']);
  });
});

describe('isLocale', () => {
  it('accepts only supported locales', () => {
    expect(isLocale('de-DE')).toBe(true);
    expect(isLocale('fr-FR')).toBe(false);
  });
});
