import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { CurrencyCode } from './holding';

/**
 * Where a rate came from, in terms the user knows: the app's built-in table, typed in Settings (on that day), read from
 * an imported file, or given on the command line. Rates saved before origins were recorded have none (see fx-origin.ts).
 */
export const FxOrigin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('default') }),
  z.object({ kind: z.literal('settings'), on: z.string() }),
  z.object({ kind: z.literal('file'), fileName: z.string(), importedAt: z.string() }),
  z.object({ kind: z.literal('commandLine') }),
]);
export type FxOrigin = z.infer<typeof FxOrigin>;

export const FxRate = z.object({
  /** US dollars for one unit of this currency; any base currency is reached through USD. */
  usdPerUnit: z.number().positive(),
  /** The day the rate is for (YYYY-MM-DD), or '' when unknown. */
  asOf: z.string(),
  /** In words: what a built-in default is based on, or the user's own note; may be ''. */
  source: z.string(),
  origin: FxOrigin.optional(),
});
export type FxRate = z.infer<typeof FxRate>;

export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'de-DE', 'zh-CN'] as const;
export const Locale = z.enum(SUPPORTED_LOCALES);
export type Locale = z.infer<typeof Locale>;

export const Settings = z.object({
  baseCurrency: CurrencyCode,
  /** The number and date format (its own choice, whatever the language). */
  locale: Locale,
  /** The language of every word; absent until the first start chose one from the OS (the app then saves it). */
  language: z.enum(LANGUAGES).optional(),
  theme: Theme,
  /** FX table keyed by currency code (USD itself is implied at 1). */
  fxRates: z.record(CurrencyCode, FxRate),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = Settings.partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
