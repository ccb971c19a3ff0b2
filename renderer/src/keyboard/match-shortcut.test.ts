import { describe, expect, it } from 'vitest';
import { parseCombo } from '../../../shared/keyboard/key-combo';
import { isMacPlatform, isTextEntry, matchesCombo, matchesShortcut, type KeyInput } from './match-shortcut';

const press = (key: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('matchesCombo', () => {
  const modK = parseCombo('Mod+K');

  it('takes Mod as Ctrl off macOS and Cmd on it, and not the other one', () => {
    expect(matchesCombo(modK, press('k', { ctrlKey: true }), false)).toBe(true);
    expect(matchesCombo(modK, press('k', { metaKey: true }), false)).toBe(false);
    expect(matchesCombo(modK, press('k', { metaKey: true }), true)).toBe(true);
    // Ctrl+K on a Mac deletes to the end of the line in a text field: it stays the field's.
    expect(matchesCombo(modK, press('k', { ctrlKey: true }), true)).toBe(false);
    expect(matchesCombo(modK, press('k', { ctrlKey: true, metaKey: true }), true)).toBe(false);
  });

  it('counts Shift and Alt for letters, and any case of the letter', () => {
    expect(matchesCombo(modK, press('K', { ctrlKey: true }), false)).toBe(true);
    expect(matchesCombo(modK, press('K', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesCombo(modK, press('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(matchesCombo(modK, press('j', { ctrlKey: true }), false)).toBe(false);
  });

  it('finds a letter by its physical key on a non-Latin layout', () => {
    expect(matchesCombo(modK, press('л', { ctrlKey: true, code: 'KeyK' }), false)).toBe(true);
    expect(matchesCombo(modK, press('л', { ctrlKey: true, code: 'KeyL' }), false)).toBe(false);
  });

  it('takes "?" and "." however the layout types them (with Shift or not)', () => {
    expect(matchesCombo(parseCombo('?'), press('?', { shiftKey: true }), false)).toBe(true);
    expect(matchesCombo(parseCombo('?'), press('?'), false)).toBe(true);
    expect(matchesCombo(parseCombo('?'), press('?', { ctrlKey: true }), false)).toBe(false);
    expect(matchesCombo(parseCombo('Mod+.'), press('.', { metaKey: true }), true)).toBe(true);
    expect(matchesCombo(parseCombo('Mod+.'), press('.', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
  });

  it('matches named keys exactly, Shift included', () => {
    expect(matchesCombo(parseCombo('Mod+Enter'), press('Enter', { ctrlKey: true }), false)).toBe(true);
    expect(matchesCombo(parseCombo('Mod+Enter'), press('Enter', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesCombo(parseCombo('Mod+Enter'), press('Enter'), false)).toBe(false);
    expect(matchesCombo(parseCombo('Escape'), press('Escape'), true)).toBe(true);
  });

  it('ignores a key pressed while an input method is composing', () => {
    expect(matchesCombo(parseCombo('Escape'), press('Escape', { isComposing: true }), false)).toBe(false);
  });
});

describe('matchesShortcut', () => {
  it('matches any of a shortcut’s alternatives from the table', () => {
    expect(matchesShortcut('cancel', press('.', { ctrlKey: true }), false)).toBe(true);
    expect(matchesShortcut('cancel', press('Escape'), false)).toBe(true);
    expect(matchesShortcut('cancel', press('Escape', { ctrlKey: true }), false)).toBe(false);
    expect(matchesShortcut('palette-move', press('ArrowUp'), false)).toBe(true);
    expect(matchesShortcut('palette-move', press('ArrowDown'), false)).toBe(true);
    expect(matchesShortcut('import-csv', press('o', { metaKey: true }), true)).toBe(true);
  });
});

describe('isTextEntry', () => {
  it('is true where a key types text, false on buttons, checkboxes and the like', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextEntry({ tagName: 'input', type: 'number' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT' })).toBe(true);
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntry({ tagName: 'SELECT' })).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntry({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEntry({ tagName: 'A' })).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});

describe('isMacPlatform', () => {
  it('knows macOS by navigator.platform or userAgentData.platform', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('macOS')).toBe(true);
    expect(isMacPlatform('iPad')).toBe(true);
    expect(isMacPlatform('Win32')).toBe(false);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
    expect(isMacPlatform('')).toBe(false);
  });
});
