import { describe, expect, it } from 'vitest';
import { parseCombo, toAccelerator } from './key-combo';

describe('parseCombo', () => {
  it('reads modifiers and the key, letters in lower case', () => {
    expect(parseCombo('Mod+K')).toEqual({ mod: true, shift: false, alt: false, key: 'k' });
    expect(parseCombo('Mod+Shift+Alt+P')).toEqual({ mod: true, shift: true, alt: true, key: 'p' });
    expect(parseCombo('?')).toEqual({ mod: false, shift: false, alt: false, key: '?' });
    expect(parseCombo('Mod+.')).toEqual({ mod: true, shift: false, alt: false, key: '.' });
    expect(parseCombo('Escape').key).toBe('Escape');
  });

  it('takes "+" itself as a key', () => {
    expect(parseCombo('+').key).toBe('+');
    expect(parseCombo('Mod++')).toEqual({ mod: true, shift: false, alt: false, key: '+' });
  });

  it('refuses an unknown modifier or key name', () => {
    expect(() => parseCombo('Ctrl+K')).toThrow('Unknown modifier "Ctrl"');
    expect(() => parseCombo('Mod+Return')).toThrow('Unknown key "Return"');
  });
});

describe('toAccelerator', () => {
  it('spells a combination the way an Electron menu wants it', () => {
    expect(toAccelerator(parseCombo('Mod+O'))).toBe('CmdOrCtrl+O');
    expect(toAccelerator(parseCombo('Mod+Shift+Alt+E'))).toBe('CmdOrCtrl+Alt+Shift+E');
    expect(toAccelerator(parseCombo('Mod+Enter'))).toBe('CmdOrCtrl+Enter');
    expect(toAccelerator(parseCombo('ArrowUp'))).toBe('Up');
  });
});
