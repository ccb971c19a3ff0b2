import { SUPPORTED_LOCALES, type Locale, type Settings } from '../../../shared/domain/settings';

/** USD (always reachable) plus every currency the FX table has a rate for, and the current one. */
export function baseCurrencyChoices(settings: Pick<Settings, 'fxRates' | 'baseCurrency'>): string[] {
  return [...new Set(['USD', settings.baseCurrency, ...Object.keys(settings.fxRates)])].sort();
}

export const isLocale = (value: string): value is Locale => (SUPPORTED_LOCALES as readonly string[]).includes(value);
