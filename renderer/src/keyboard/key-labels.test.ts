import { describe, expect, it } from 'vitest';
import { parseCombo } from '../../../shared/keyboard/key-combo';
import { t } from '../../../shared/i18n/translate';
import { ariaShortcut, comboLabel } from './key-labels';

const label = (combo: string, mac: boolean) => comboLabel(parseCombo(combo), mac, t);

describe('comboLabel', () => {
  it('shows Ctrl and the key elsewhere, ⌘ on macOS', () => {
    expect(label('Mod+K', false)).toEqual({ caps: ['Ctrl', 'K'], spoken: 'Ctrl+K' });
    expect(label('Mod+K', true)).toEqual({ caps: ['⌘', 'K'], spoken: 'Command+K' });
  });

  it('orders modifiers as each platform does', () => {
    expect(label('Mod+Shift+Alt+P', false).caps).toEqual(['Ctrl', 'Alt', 'Shift', 'P']);
    expect(label('Mod+Shift+Alt+P', true).caps).toEqual(['⌥', '⇧', '⌘', 'P']);
  });

  it('names keys a screen reader could skip or misread', () => {
    expect(label('Mod+.', false)).toEqual({ caps: ['Ctrl', '.'], spoken: 'Ctrl+Period' });
    expect(label('?', true)).toEqual({ caps: ['?'], spoken: 'Question mark' });
    expect(label('Mod+Enter', true)).toEqual({ caps: ['⌘', '↩'], spoken: 'Command+Return' });
    expect(label('Mod+Enter', false)).toEqual({ caps: ['Ctrl', 'Enter'], spoken: 'Ctrl+Enter' });
    expect(label('Escape', false)).toEqual({ caps: ['Esc'], spoken: 'Esc' });
    expect(label('ArrowDown', false)).toEqual({ caps: ['↓'], spoken: 'Down arrow' });
  });
});

describe('ariaShortcut', () => {
  it('spells the table’s keys for aria-keyshortcuts, alternatives separated by a space', () => {
    expect(ariaShortcut('run', false)).toBe('Control+Enter');
    expect(ariaShortcut('run', true)).toBe('Meta+Enter');
    expect(ariaShortcut('cancel', false)).toBe('Control+. Escape');
    expect(ariaShortcut('palette', true)).toBe('Meta+K');
  });
});
