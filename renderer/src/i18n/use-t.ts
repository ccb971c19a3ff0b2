import { useMemo } from 'react';
import { translator, type TranslateFn } from '../../../shared/i18n/translate';
import { useAppStore } from '../stores/app-store';

export { translate, type RendererMessageKey, type TranslateFn } from './translate';

/** The translate function for components, in the chosen language: switching it re-renders every component that uses this. */
export function useT(): TranslateFn {
  const language = useAppStore((s) => s.language);
  return useMemo(() => translator(language), [language]);
}
