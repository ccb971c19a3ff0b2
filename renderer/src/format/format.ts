import { textLocale } from '../../../shared/i18n/translate';
import { joinSentences } from '../../../shared/narrative/narrative-text';
import { compactMoney } from '../../../shared/text/compact-money';

/**
 * Every number and date the renderer shows goes through Intl, in the locale of the settings.
 * Money arrives as integer cents and is formatted from an exact decimal string, never a float.
 */

/** Integer cents as an exact decimal string: -123456 → "-1234.56". */
export function centsToDecimal(cents: number): `${number}` {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = Math.trunc(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}${units}.${rest}` as `${number}`;
}

const cache = new Map<string, Intl.NumberFormat>();

/** Intl formatters are costly to build; tables format thousands of cells, so keep them. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, options);
    cache.set(key, found);
  }
  return found;
}

/** The number of decimals a currency is normally written with (2 for USD, 0 for JPY). */
function currencyDigits(locale: string, currency: string): number {
  return numberFormat(locale, { style: 'currency', currency }).resolvedOptions().minimumFractionDigits ?? 2;
}

/** Cents in `currency` → "$1,234.56" (en-US), "1.234,56 €" (de-DE). */
export function formatMoney(cents: number, locale: string, currency: string): string {
  return numberFormat(locale, { style: 'currency', currency }).format(centsToDecimal(cents));
}

/** A quantity with up to 6 decimals, none when whole: 1200 → "1,200", 3.2 → "3.2". */
export function formatQuantity(quantity: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 6 }).format(quantity);
}

/** A unit price in its currency with the currency's usual decimals and up to 6: 0.123456 → "$0.123456". */
export function formatPrice(price: number, locale: string, currency: string): string {
  const digits = currencyDigits(locale, currency);
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: Math.max(digits, 6),
  }).format(price);
}

/** A bond price in % of par, without a currency: 86.5 → "86.50", 99.5625 → "99.5625" (2 to 4 decimals). */
export function formatParPrice(price: number, locale: string): string {
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(price);
}

/** A fraction as a percentage: 0.1234 → "12.3%" with one decimal (or `decimals`). */
export function formatPercent(fraction: number, locale: string, decimals = 1): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(fraction);
}

/** An ISO timestamp as a medium date with a short time; text that is not a date is shown as is. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The currency's name in the locale: "USD" → "US Dollar"; the code itself when Intl has no name. */
export function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A locale's name, in the reader's language (`in`), else in itself: "de-DE" → "德语（德国）" or "Deutsch (Deutschland)". */
export function localeName(locale: string, inLocale: string = locale): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** Whole base-currency units, short: 1234567 → "$1.2M" (and 7246 → "US$7,246" in Chinese); for chart axes, never for the ledger. */
export function formatMoneyCompact(units: number, locale: string, currency: string): string {
  const key = `${locale}|${currency}`;
  let f = compactFormats.get(key);
  if (!f) compactFormats.set(key, (f = compactMoney(locale, currency)));
  return f(units);
}
const compactFormats = new Map<string, (units: number) => string>();

/** A file size in megabytes or kilobytes: 52_428_800 → "50 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  const mb = bytes >= 1024 * 1024;
  const unit = mb ? 'megabyte' : 'kilobyte';
  const value = bytes / (mb ? 1024 * 1024 : 1024);
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/**
 * An amount in base-currency units (a float, as the engine reports it) rounded to the currency's usual decimals:
 * 123456.789 → "$123,456.79". The engine's figures are estimates, so cents are not exact here as they are in the ledger.
 */
export function formatMoneyUnits(units: number, locale: string, currency: string): string {
  // 'negative': a loss that rounds to zero shows as "$0.00", not "-$0.00".
  return numberFormat(locale, { style: 'currency', currency, signDisplay: 'negative' }).format(units);
}

/** A plain number with a fixed number of decimals: 3.21 → "3.2" with one. */
export function formatNumber(value: number, locale: string, decimals = 0): string {
  return numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A plain number with a sign and a fixed number of decimals: −1.234 → "-1.23", 0.5 → "+0.50" with two. */
export function formatSignedNumber(value: number, locale: string, decimals = 0): string {
  return numberFormat(locale, { signDisplay: 'exceptZero', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A change as a signed percentage: −0.3 → "-30.0%", 0.05 → "+5.0%", 0 → "0.0%". */
export function formatSignedPercent(fraction: number, locale: string, decimals = 1): string {
  return numberFormat(locale, {
    style: 'percent',
    signDisplay: 'exceptZero',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(fraction);
}

/** A change in basis points as a signed whole number, without the unit: 350 → "+350", −12.4 → "-12". */
export function formatSignedBasisPoints(bp: number, locale: string): string {
  return numberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(bp);
}

/** A duration in seconds from milliseconds: 3456 → "3.5 sec", 1000 → "1.0 sec" (en-US); from 10 s on, whole seconds. */
export function formatSeconds(ms: number, locale: string): string {
  const seconds = ms / 1000;
  const digits = seconds < 10 ? 1 : 0;
  return numberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'short', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    seconds,
  );
}

/** A count of days or weeks, spelled out with Intl's plural rules: 1 → "1 week", 17 → "17 weeks". */
export function formatDuration(value: number, unit: 'day' | 'week', locale: string): string {
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 }).format(value);
}

export type Formatters = {
  money: (cents: number) => string;
  /** Base-currency units (floats from the engine), not cents. */
  moneyUnits: (units: number) => string;
  number: (value: number, decimals?: number) => string;
  signedNumber: (value: number, decimals?: number) => string;
  signedPercent: (fraction: number, decimals?: number) => string;
  signedBasisPoints: (bp: number) => string;
  seconds: (ms: number) => string;
  duration: (value: number, unit: 'day' | 'week') => string;
  moneyIn: (cents: number, currency: string) => string;
  quantity: (quantity: number) => string;
  price: (price: number, currency: string) => string;
  /** A bond's price in % of par (a number, no currency sign). */
  parPrice: (price: number) => string;
  percent: (fraction: number, decimals?: number) => string;
  dateTime: (iso: string) => string;
  moneyCompact: (units: number) => string;
  fileSize: (bytes: number) => string;
  /** "NVDA, AMD, and TSM" in the locale. */
  list: (items: readonly string[]) => string;
  /** Sentences run together as the locale does (a space, or nothing in Chinese). */
  sentences: (items: readonly string[]) => string;
};

/**
 * The formatters bound to a number format (`locale`), a base currency and the locale of the language (`words`):
 * numbers and money follow the number format; dates, durations, lists and sentences are words and follow the language.
 */
export function createFormatters(locale: string, baseCurrency: string, words: string = textLocale()): Formatters {
  return {
    money: (cents) => formatMoney(cents, locale, baseCurrency),
    moneyUnits: (units) => formatMoneyUnits(units, locale, baseCurrency),
    number: (value, decimals) => formatNumber(value, locale, decimals),
    signedNumber: (value, decimals) => formatSignedNumber(value, locale, decimals),
    signedPercent: (fraction, decimals) => formatSignedPercent(fraction, locale, decimals),
    signedBasisPoints: (bp) => formatSignedBasisPoints(bp, locale),
    seconds: (ms) => formatSeconds(ms, words),
    duration: (value, unit) => formatDuration(value, unit, words),
    moneyIn: (cents, currency) => formatMoney(cents, locale, currency),
    quantity: (quantity) => formatQuantity(quantity, locale),
    price: (price, currency) => formatPrice(price, locale, currency),
    parPrice: (price) => formatParPrice(price, locale),
    percent: (fraction, decimals) => formatPercent(fraction, locale, decimals),
    dateTime: (iso) => formatDateTime(iso, words),
    moneyCompact: (units) => formatMoneyCompact(units, locale, baseCurrency),
    fileSize: (bytes) => formatFileSize(bytes, words),
    list: (items) => new Intl.ListFormat(words, { style: 'long', type: 'conjunction' }).format(items),
    sentences: joinSentences(words),
  };
}
