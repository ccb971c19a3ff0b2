import { Fragment } from 'react';
import { parseCombo } from '../../../shared/keyboard/key-combo';
import { useT } from '../i18n/use-t';
import { comboLabel } from './key-labels';
import { isMac } from './match-shortcut';

/** Key caps for a shortcut's combinations ("Ctrl + K", "⌘K"; alternatives joined by "or"), read aloud by name. */
export function ShortcutKeys({ keys }: { keys: readonly string[] }) {
  const t = useT();
  const mac = isMac();
  const labels = keys.map((k) => comboLabel(parseCombo(k), mac, t));
  const or = t('keyboard.keys.or');
  return (
    <span className="shortcut-keys">
      <span aria-hidden="true">
        {labels.map((label, i) => (
          <Fragment key={label.spoken}>
            {i > 0 && <span className="shortcut-or"> {or} </span>}
            <kbd className="shortcut-combo">
              {label.caps.map((cap, j) => (
                <Fragment key={j}>
                  {j > 0 && !mac && <span className="shortcut-plus">+</span>}
                  <kbd>{cap}</kbd>
                </Fragment>
              ))}
            </kbd>
          </Fragment>
        ))}
      </span>
      <span className="visually-hidden">{labels.map((l) => l.spoken).join(` ${or} `)}</span>
    </span>
  );
}
