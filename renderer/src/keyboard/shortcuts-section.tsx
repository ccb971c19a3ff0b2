import { useId } from 'react';
import { shortcut } from '../../../shared/keyboard/shortcuts';
import { useT } from '../i18n/use-t';
import { ShortcutKeys } from './shortcut-keys';
import { ShortcutTable } from './shortcut-table';

/** Settings › Keyboard shortcuts: the same table as the help overlay, and the keys that open it. */
export function ShortcutsSection() {
  const t = useT();
  const titleId = useId();
  // The sentence holds the help's keys as key caps: the catalogue marks their place with {keys}.
  const [before, after = ''] = t('keyboard.settings.intro').split('{keys}');
  return (
    <section className="settings-section shortcuts-section" aria-labelledby={titleId} data-testid="settings-shortcuts">
      <h2 id={titleId}>{t('keyboard.settings.title')}</h2>
      <p className="hint">
        {before}
        <ShortcutKeys keys={shortcut('help').keys} />
        {after}
      </p>
      <ShortcutTable testId="settings-shortcut-table" />
    </section>
  );
}
