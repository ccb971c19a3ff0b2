import { useMemo } from 'react';
import { LANGUAGE_LOCALE } from '../../../shared/i18n/languages';
import { fitFormatters, type FitFormatters } from '../../../shared/model/fit/fit-text';
import { useAppStore } from '../stores/app-store';

/** The fit's numbers in the settings' number format, its dates in the language's words. */
export function useFitFormatters(): FitFormatters {
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  const language = useAppStore((s) => s.language);
  return useMemo(() => fitFormatters(locale, LANGUAGE_LOCALE[language]), [locale, language]);
}
