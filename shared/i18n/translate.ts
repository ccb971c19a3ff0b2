import { LANGUAGE_LOCALE, type Language } from './languages';
import { messagesEn, type MessageKey } from './messages-en';
import { messagesZh } from './messages-zh-cn';

export type MessageParams = Record<string, string | number>;

/** The shape of `t`: code that writes sentences takes one, so it can be given another language's. */
export type TranslateFn = (key: MessageKey, params?: MessageParams) => string;

const CATALOGUES: Record<Language, Partial<Record<MessageKey, string>>> = { en: messagesEn, 'zh-CN': messagesZh };

/**
 * The language `t` writes in. One per process (a window, the back end, a CLI command), set from the settings, the
 * CLI's --lang or the OS; what renders text reads it at the moment it renders, so switching re-renders in the new one.
 */
let current: Language = 'en';

export const setLanguage = (language: Language): void => {
  current = language;
};
export const currentLanguage = (): Language => current;
/** The locale the current language writes dates, durations and lists in ("zh-CN": 52周、2026年12月3日). */
export const textLocale = (): string => LANGUAGE_LOCALE[current];

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** `t` bound to one language, whatever the current one (a report printed in a chosen language). A key missing in Chinese falls back to English. */
export const translator =
  (language: Language): TranslateFn =>
  (key, params = {}) =>
    fill(CATALOGUES[language][key] ?? messagesEn[key], params);

/** Looks a message up in the current language's catalogue and fills its `{placeholders}`; an unknown placeholder stays visible. */
export const t: TranslateFn = (key, params = {}) => fill(CATALOGUES[current][key] ?? messagesEn[key], params);

/** Runs `fn` with `language` as the current one, then restores it (building a document in another language). */
export function withLanguage<T>(language: Language, fn: () => T): T {
  const before = current;
  current = language;
  try {
    return fn();
  } finally {
    current = before;
  }
}

export { messagesEn, type MessageKey };
