import { useMemo } from 'react';
import { LANGUAGE_LOCALE } from '../../../shared/i18n/languages';
import { useAppStore } from '../stores/app-store';
import { createFormatters, type Formatters } from './format';

const FALLBACK_LOCALE = 'en-US';
const FALLBACK_CURRENCY = 'USD';

/** Formatters in the settings' number format and the chosen language; money in `currency` (the valuation's) or else the base currency. */
export function useFormatters(currency?: string): Formatters {
  const locale = useAppStore((s) => s.settings?.locale ?? FALLBACK_LOCALE);
  // Dates, durations and lists are words: they follow the language, numbers the number format.
  const language = useAppStore((s) => s.language);
  const base = useAppStore((s) => s.settings?.baseCurrency ?? FALLBACK_CURRENCY);
  const money = currency ?? base;
  return useMemo(() => createFormatters(locale, money, LANGUAGE_LOCALE[language]), [locale, money, language]);
}
