import { isAlphanumeric, type KeyCombo } from '../../../shared/keyboard/key-combo';
import { shortcutCombos, type ShortcutId } from '../../../shared/keyboard/shortcuts';

/** What matching needs of a keydown (a KeyboardEvent has all of it). */
export type KeyInput = {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
};

/** The key a keydown means for a letter shortcut: on a non-Latin layout (Cyrillic, Greek…) its physical key ("KeyK"). */
function letterOf(input: KeyInput): string {
  const key = input.key.toLowerCase();
  if (/^[a-z0-9]$/.test(key) || input.code === undefined) return key;
  const physical = /^(?:Key([A-Z])|Digit(\d))$/.exec(input.code);
  return physical ? (physical[1] ?? physical[2] ?? '').toLowerCase() : key;
}

/**
 * Does this keydown press `combo`? "Mod" is Cmd on macOS and Ctrl elsewhere, and the other of the two must be up
 * (Ctrl+K on a Mac stays the text field's). Shift counts for letters, digits and named keys; for "?" or "." it is
 * whatever the keyboard layout needs to type them.
 */
export function matchesCombo(combo: KeyCombo, input: KeyInput, mac: boolean): boolean {
  if (input.isComposing) return false;
  const mod = mac ? input.metaKey : input.ctrlKey;
  const other = mac ? input.ctrlKey : input.metaKey;
  if (mod !== combo.mod || other || input.altKey !== combo.alt) return false;
  if (combo.key.length !== 1) return input.shiftKey === combo.shift && input.key === combo.key;
  if (isAlphanumeric(combo.key)) return input.shiftKey === combo.shift && letterOf(input) === combo.key;
  return input.key === combo.key;
}

/** Does this keydown press any of the shortcut's combinations? */
export const matchesShortcut = (id: ShortcutId, input: KeyInput, mac: boolean): boolean =>
  shortcutCombos(id).some((combo) => matchesCombo(combo, input, mac));

/** What isTextEntry needs of the focused element. */
export type FocusedElement = { tagName: string; type?: string; isContentEditable?: boolean; readOnly?: boolean };

/** Input types that take no typed text: a "?" pressed on them is free for the help. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color', 'image']);

/** Is this element one a key press types into (text field, text area, select's type-ahead, contenteditable)? */
export function isTextEntry(element: FocusedElement | null): boolean {
  if (element === null) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((element.type ?? 'text').toLowerCase());
}

/** macOS (Safari, Chrome or Electron), from the platform the browser reports. */
export function isMacPlatform(platform: string): boolean {
  return /^mac|iphone|ipad/i.test(platform.trim());
}

/** The platform of this window: navigator.userAgentData where there is one, else navigator.platform. */
export function currentPlatform(): string {
  const data: unknown = Reflect.get(navigator, 'userAgentData');
  const platform = typeof data === 'object' && data !== null ? Reflect.get(data, 'platform') : undefined;
  return typeof platform === 'string' && platform !== '' ? platform : navigator.platform;
}

export const isMac = (): boolean => isMacPlatform(currentPlatform());
