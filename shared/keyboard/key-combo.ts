/**
 * A key combination as written in the shortcut table: modifiers, then the key, joined by "+" ("Mod+K", "?", "Escape").
 * "Mod" is Cmd on macOS and Ctrl elsewhere. The key is one character or a KeyboardEvent.key name.
 */
export type KeyCombo = {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** One character ("k", "?", ".") in lower case, or a named key ("Enter", "Escape", "ArrowUp"). */
  key: string;
};

const MODIFIERS = ['Mod', 'Shift', 'Alt'] as const;
type Modifier = (typeof MODIFIERS)[number];

/** The named keys the table may use (KeyboardEvent.key values). */
export const NAMED_KEYS = ['Enter', 'Escape', 'ArrowUp', 'ArrowDown', 'Tab'] as const;

/** "Mod+Shift+K" → { mod, shift, alt: false, key: "k" }; throws on anything the table should never hold. */
export function parseCombo(text: string): KeyCombo {
  // The key itself may be "+", so only the part before the last "+" holds modifiers.
  const cut = text.length > 1 ? text.lastIndexOf('+', text.length - 2) : -1;
  const key = cut < 0 ? text : text.slice(cut + 1);
  const mods = cut < 0 ? [] : text.slice(0, cut).split('+');
  const unknown = mods.find((m) => !(MODIFIERS as readonly string[]).includes(m));
  if (unknown !== undefined) throw new Error(`Unknown modifier "${unknown}" in "${text}".`);
  if (key.length !== 1 && !(NAMED_KEYS as readonly string[]).includes(key)) throw new Error(`Unknown key "${key}" in "${text}".`);
  const has = (m: Modifier) => mods.includes(m);
  return { mod: has('Mod'), shift: has('Shift'), alt: has('Alt'), key: key.length === 1 ? key.toLowerCase() : key };
}

/** A letter or digit: Shift changes what it means. Other characters ("?", ".") need Shift or not by keyboard layout. */
export const isAlphanumeric = (key: string): boolean => /^[a-z0-9]$/.test(key);

/** The combination as an Electron menu accelerator: "Mod+O" → "CmdOrCtrl+O". */
export function toAccelerator(combo: KeyCombo): string {
  const parts = [combo.mod && 'CmdOrCtrl', combo.alt && 'Alt', combo.shift && 'Shift'].filter((p): p is string => typeof p === 'string');
  const key = combo.key === 'ArrowUp' ? 'Up' : combo.key === 'ArrowDown' ? 'Down' : combo.key.length === 1 ? combo.key.toUpperCase() : combo.key;
  return [...parts, key].join('+');
}
