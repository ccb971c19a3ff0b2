import { t, type MessageKey } from '../../../shared/i18n/translate';

export type RendererMessageKey = MessageKey;
export const translate = t;
export type TranslateFn = typeof t;

/** The translate function for components; one language for now, so it never changes identity. */
export function useT(): TranslateFn {
  return t;
}
