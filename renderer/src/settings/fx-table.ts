import type { FxRate, Settings } from '../../../shared/domain/settings';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import { parseDecimal } from '../format/parse-decimal';

export type FxRates = Settings['fxRates'];
export type FxProblem = { key: MessageKey; params?: Record<string, string> };
export type FxCheck<T> = { ok: true; value: T } | { ok: false; problem: FxProblem };

/** The table's rows, by currency code. */
export const fxRows = (rates: FxRates): Array<[string, FxRate]> => Object.entries(rates).sort(([a], [b]) => a.localeCompare(b));

/** A rate as typed: a number above zero. */
export function checkRate(text: string): FxCheck<number> {
  const value = parseDecimal(text);
  if (value === null || value <= 0) return { ok: false, problem: { key: 'settings.fx.error.rate', params: { value: text } } };
  return { ok: true, value };
}

/** A new currency code: three letters (upper-cased), not USD, not already in the table. */
export function checkNewCode(text: string, rates: FxRates): FxCheck<string> {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return { ok: false, problem: { key: 'settings.fx.error.code', params: { value: text } } };
  if (code === 'USD') return { ok: false, problem: { key: 'settings.fx.error.usd' } };
  if (rates[code] !== undefined) return { ok: false, problem: { key: 'settings.fx.error.exists', params: { code } } };
  return { ok: true, value: code };
}

/** The table with this currency's rate set (added or replaced). */
export const withRate = (rates: FxRates, code: string, rate: FxRate): FxRates => ({ ...rates, [code]: rate });

/** The table without this currency, unless it is the base currency (every value would lose its conversion). */
export function withoutRate(rates: FxRates, code: string, baseCurrency: string): FxCheck<FxRates> {
  if (code === baseCurrency) return { ok: false, problem: { key: 'settings.fx.error.base', params: { code } } };
  const next = { ...rates };
  delete next[code];
  return { ok: true, value: next };
}

/** A rate typed in Settings today: dated `asOf`, with the user's note (may be ''). */
export const enteredRate = (usdPerUnit: number, asOf: string, note: string, on: string = today()): FxRate => ({
  usdPerUnit,
  asOf,
  source: note.trim(),
  origin: { kind: 'settings', on },
});

/** The note a row's editor starts with: the user's own words; a built-in default's basis is not the user's note. */
export const editableNote = (rate: FxRate): string => (rate.origin?.kind === 'default' ? '' : rate.source);

/** Today as YYYY-MM-DD in local time, the default "as of" of a rate typed now. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
