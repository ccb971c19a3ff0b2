import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../api/app-api';
import { messagesEn } from '../i18n/messages-en';
import { parseCombo } from './key-combo';
import { menuAccelerator, SHORTCUT_IDS, SHORTCUTS, shortcutsFor, type ShortcutScope } from './shortcuts';

/**
 * Keys the browser or the desktop app's View menu needs (reload, zoom, developer tools, tabs, address bar, find, save,
 * editing). Mod+K (the address bar's search in Chromium and Firefox) is taken on purpose, as most web apps do.
 */
const RESERVED = ['Mod+R', 'Mod+Shift+R', 'Mod+0', 'Mod+=', 'Mod+-', 'Mod++', 'Mod+Shift+I', 'Mod+L', 'Mod+T', 'Mod+W', 'Mod+N', 'Mod+Q', 'Mod+F', 'Mod+S', 'Mod+D', 'Mod+H', 'Mod+J', 'Mod+C', 'Mod+V', 'Mod+X', 'Mod+Z', 'Mod+A', 'Mod+Y', 'Mod+U', 'Mod+G', 'Tab'];
const key = (combo: string) => JSON.stringify(parseCombo(combo));

/** Scopes in which the app's own handler may see the same key press. */
const APP_WIDE: readonly ShortcutScope[] = ['anywhere', 'outside-fields', 'results', 'run-in-progress', 'desktop'];

describe('the shortcut table', () => {
  it('holds every id once, each with keys that parse and a description in the catalogue', () => {
    expect(SHORTCUTS.map((s) => s.id).sort()).toEqual([...SHORTCUT_IDS].sort());
    for (const s of SHORTCUTS) {
      expect(s.keys.length, s.id).toBeGreaterThan(0);
      for (const combo of s.keys) expect(() => parseCombo(combo), `${s.id}: ${combo}`).not.toThrow();
      expect(messagesEn[s.description], s.id).toBeTruthy();
      expect(messagesEn[`keyboard.scope.${s.scope}`], s.scope).toBeTruthy();
    }
  });

  // Esc both cancels a run and closes a dialog: the run's Esc applies only while no dialog or palette is open.
  it('never gives one key press two meanings on the app level', () => {
    const seen = new Map<string, string>();
    for (const s of SHORTCUTS.filter((x) => APP_WIDE.includes(x.scope))) {
      for (const combo of s.keys) {
        const id = key(combo);
        expect(seen.get(id), `${combo} is taken twice`).toBeUndefined();
        seen.set(id, s.id);
      }
    }
  });

  it('leaves the browser’s and the View menu’s keys alone', () => {
    const reserved = new Set(RESERVED.map(key));
    for (const s of SHORTCUTS) for (const combo of s.keys) expect(reserved.has(key(combo)), `${s.id}: ${combo}`).toBe(false);
  });

  it('gives the File menu its accelerators (Import CSV, Export PDF, Print)', () => {
    expect(SHORTCUTS.filter((s) => s.menu).map((s) => s.id)).toEqual([...MENU_COMMANDS]);
    expect(MENU_COMMANDS.map(menuAccelerator)).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+E', 'CmdOrCtrl+P']);
    expect(() => menuAccelerator('palette')).toThrow('not a menu command');
  });

  it('lists the File menu’s Export and Print only in the desktop app', () => {
    const web = shortcutsFor('web').map((s) => s.id);
    expect(web).not.toContain('export');
    expect(web).toContain('import-csv');
    expect(shortcutsFor('electron')).toHaveLength(SHORTCUTS.length);
  });
});
