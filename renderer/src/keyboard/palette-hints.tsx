import { shortcut, type ShortcutId } from '../../../shared/keyboard/shortcuts';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import { useT } from '../i18n/use-t';
import { ShortcutKeys } from './shortcut-keys';

const HINTS: readonly { id: ShortcutId; label: MessageKey }[] = [
  { id: 'palette-move', label: 'keyboard.palette.hint.move' },
  { id: 'palette-choose', label: 'keyboard.palette.hint.choose' },
  { id: 'close', label: 'keyboard.palette.hint.close' },
];

/** The palette's own keys, from the shortcut table, as a one-line reminder at its foot. */
export function PaletteHints() {
  const t = useT();
  return (
    <p className="palette-hints" aria-hidden="true">
      {HINTS.map(({ id, label }) => (
        <span key={id} className="palette-hint">
          <ShortcutKeys keys={shortcut(id).keys} /> {t(label)}
        </span>
      ))}
    </p>
  );
}
