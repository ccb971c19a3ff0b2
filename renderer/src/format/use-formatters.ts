import { useMemo } from 'react';
import { useAppStore } from '../stores/app-store';
import { createFormatters, type Formatters } from './format';

const FALLBACK_LOCALE = 'en-US';
const FALLBACK_CURRENCY = 'USD';

/** Formatters in the settings' locale; money in `currency` (the valuation's) or else the base currency. */
export function useFormatters(currency?: string): Formatters {
  const locale = useAppStore((s) => s.settings?.locale ?? FALLBACK_LOCALE);
  const base = useAppStore((s) => s.settings?.baseCurrency ?? FALLBACK_CURRENCY);
  const money = currency ?? base;
  return useMemo(() => createFormatters(locale, money), [locale, money]);
}
