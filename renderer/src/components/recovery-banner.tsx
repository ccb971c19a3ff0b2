import { useState } from 'react';
import type { RecoveryNote } from '../../../shared/api/app-api';
import { LANGUAGE_LOCALE } from '../../../shared/i18n/languages';
import { recoveryText } from '../../../shared/i18n/recovery-text';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { Banner } from './banner';

/** A stable empty list: a selector must not answer a new array on every call. */
const NONE: readonly RecoveryNote[] = [];

/** What start-up recovered from — each kept file with its path and how to restore it, runs listed again — on every screen. */
export function RecoveryBanner() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const notes = useAppStore((s) => s.info?.recovery ?? NONE);
  const [hidden, setHidden] = useState(false);
  if (notes.length === 0 || hidden) return null;
  const hide = (
    <button type="button" onClick={() => setHidden(true)} data-testid="recovered-banner-hide">
      {t('recovery.hide')}
    </button>
  );
  return (
    <Banner kind="warning" testId="recovered-banner" action={hide}>
      <strong className="recovery-title">{t('recovery.title')}</strong>
      <ul className="recovery-notes">
        {notes.map((note) => (
          <li key={note.kind === 'keptAside' ? note.kept : `relisted-${note.dir}`} data-testid="recovery-note">
            {recoveryText(note, t, LANGUAGE_LOCALE[language])}
          </li>
        ))}
      </ul>
    </Banner>
  );
}
