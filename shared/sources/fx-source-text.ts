import type { FxProvenance } from '../domain/fx-origin';
import { t } from '../i18n/translate';
import { sourceDate } from './citation-text';

/** A day for reading: “2026-11-20” or an ISO time → “Nov 20, 2026”; null when there is none. */
function day(value: string, locale: string): string | null {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  return iso ? sourceDate(iso, locale) : null;
}

/** Where an FX rate came from, in the user's terms: never a file path of the app. */
export function fxSourceText(p: FxProvenance, locale: string): string {
  switch (p.kind) {
    case 'default': {
      const date = day(p.asOf, locale) ?? p.asOf;
      return p.note ? t('sources.fx.default', { date, note: p.note }) : t('sources.fx.default.plain', { date });
    }
    case 'settings': {
      const date = day(p.on, locale);
      const text = date ? t('sources.fx.settings', { date }) : t('sources.fx.settings.undated');
      return p.note ? t('sources.fx.withNote', { text, note: p.note }) : text;
    }
    case 'file':
      return t('sources.fx.file', { fileName: p.fileName, date: day(p.importedAt, locale) ?? p.importedAt });
    case 'commandLine':
      return t('sources.fx.commandLine');
    case 'unrecorded':
      return p.note || t('sources.fx.unrecorded');
  }
}
