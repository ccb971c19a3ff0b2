import type { KeyCombo } from '../../../shared/keyboard/key-combo';
import { shortcutCombos, type ShortcutId } from '../../../shared/keyboard/shortcuts';
import type { MessageKey } from '../../../shared/i18n/messages-en';

type Translate = (key: MessageKey) => string;

/** A combination as shown (key caps, ⌘K on macOS, Ctrl K elsewhere) and as read aloud ("Command+K"). */
export type ComboLabel = { caps: string[]; spoken: string };

const CAP: Record<string, { other: MessageKey; mac?: MessageKey }> = {
  Enter: { other: 'keyboard.key.enter', mac: 'keyboard.key.mac.return' },
  Escape: { other: 'keyboard.key.escape' },
  Tab: { other: 'keyboard.key.tab' },
  ArrowUp: { other: 'keyboard.key.up' },
  ArrowDown: { other: 'keyboard.key.down' },
};

/** Names for keys whose cap is a symbol a screen reader may skip or misread. */
const SPOKEN: Record<string, { other?: MessageKey; mac?: MessageKey }> = {
  Enter: { mac: 'keyboard.spoken.return' },
  ArrowUp: { other: 'keyboard.spoken.up', mac: 'keyboard.spoken.up' },
  ArrowDown: { other: 'keyboard.spoken.down', mac: 'keyboard.spoken.down' },
  '.': { other: 'keyboard.spoken.period', mac: 'keyboard.spoken.period' },
  '?': { other: 'keyboard.spoken.question', mac: 'keyboard.spoken.question' },
};

function keyCap(key: string, mac: boolean, t: Translate): string {
  const named = CAP[key];
  if (named) return t((mac && named.mac) || named.other);
  return key.toUpperCase();
}

function keySpoken(key: string, mac: boolean, t: Translate): string {
  const spoken = SPOKEN[key]?.[mac ? 'mac' : 'other'];
  return spoken ? t(spoken) : keyCap(key, mac, t);
}

/** ⌥⇧⌘K in Apple's order on macOS; Ctrl, Alt, Shift, key elsewhere. */
export function comboLabel(combo: KeyCombo, mac: boolean, t: Translate): ComboLabel {
  const mods: { cap: MessageKey; spoken: MessageKey }[] = mac
    ? [
        ...(combo.alt ? [{ cap: 'keyboard.key.mac.option', spoken: 'keyboard.spoken.option' } as const] : []),
        ...(combo.shift ? [{ cap: 'keyboard.key.mac.shift', spoken: 'keyboard.spoken.shift' } as const] : []),
        ...(combo.mod ? [{ cap: 'keyboard.key.mac.command', spoken: 'keyboard.spoken.command' } as const] : []),
      ]
    : [
        ...(combo.mod ? [{ cap: 'keyboard.key.ctrl', spoken: 'keyboard.key.ctrl' } as const] : []),
        ...(combo.alt ? [{ cap: 'keyboard.key.alt', spoken: 'keyboard.key.alt' } as const] : []),
        ...(combo.shift ? [{ cap: 'keyboard.key.shift', spoken: 'keyboard.key.shift' } as const] : []),
      ];
  return {
    caps: [...mods.map((m) => t(m.cap)), keyCap(combo.key, mac, t)],
    spoken: [...mods.map((m) => t(m.spoken)), keySpoken(combo.key, mac, t)].join('+'),
  };
}

/** A combination for aria-keyshortcuts, in UI Events key values: "Control+Enter", "Meta+." (not shown). */
export function ariaKeys(combo: KeyCombo, mac: boolean): string {
  const key = /^[a-z]$/.test(combo.key) ? combo.key.toUpperCase() : combo.key;
  return [combo.mod && (mac ? 'Meta' : 'Control'), combo.alt && 'Alt', combo.shift && 'Shift', key].filter(Boolean).join('+');
}

/** A shortcut's aria-keyshortcuts value, its alternatives separated by spaces: "Control+. Escape". */
export const ariaShortcut = (id: ShortcutId, mac: boolean): string =>
  shortcutCombos(id)
    .map((combo) => ariaKeys(combo, mac))
    .join(' ');
