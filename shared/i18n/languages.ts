/** The languages the whole product is written in, and the locale each writes its dates, lists and units in. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_LOCALE: Record<Language, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * The language for a list of the user's locales, most preferred first (navigator.languages, Electron's
 * app.getLocale(), LANG/LC_ALL): the first that is Chinese or English; English when none is. Any Chinese locale gets
 * Simplified Chinese, the only Chinese catalogue ("zh-TW" readers read it too, better than English).
 */
export function languageFromLocales(locales: readonly (string | null | undefined)[]): Language {
  for (const raw of locales) {
    // POSIX locales look like zh_CN.UTF-8 or C.UTF-8: keep the language part.
    const tag = (raw ?? '').split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
    if (tag === '' || tag === 'c' || tag === 'posix') continue;
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}
