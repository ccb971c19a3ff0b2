import type { RecoveryNote } from '../api/app-api';
import { t as current, textLocale, type TranslateFn } from './translate';

/**
 * What start-up recovered from, as the sentences the app's banner and the CLI's stderr say: what happened, where the
 * kept file is and how to restore it (and why, when it was moved at this start). Dates and counts through Intl.
 */
export function recoveryText(note: RecoveryNote, t: TranslateFn = current, locale = textLocale()): string {
  if (note.kind === 'runsRelisted') return t('recovery.runsRelisted', { dir: note.dir, count: new Intl.NumberFormat(locale).format(note.count) });
  const at = note.at === null ? null : new Date(note.at);
  const date = at === null || Number.isNaN(at.getTime()) ? '—' : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  const text = t(`recovery.kept.${note.what}`, { date, kept: note.kept, original: note.original });
  return note.reason ? `${text} ${t('recovery.reason', { reason: note.reason })}` : text;
}
