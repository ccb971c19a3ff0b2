import { t, type MessageKey, type TranslateFn } from '../../../shared/i18n/translate';

export type RendererMessageKey = MessageKey;
export type { TranslateFn };
/** `t` in the current language, for code outside components (stores, transports): it reads the language when called. */
export const translate = t;
