import type { MessageKey } from '../i18n/messages-en';
import { parseCombo, toAccelerator, type KeyCombo } from './key-combo';

/**
 * Where a shortcut works. `outside-fields`: anywhere except while typing in a text field (so "?" can still be typed);
 * `desktop`: only in the desktop app, where its File menu carries the accelerator (the web host has no such menu).
 */
export const SHORTCUT_SCOPES = ['anywhere', 'outside-fields', 'results', 'run-in-progress', 'palette', 'overlay', 'desktop'] as const;
export type ShortcutScope = (typeof SHORTCUT_SCOPES)[number];

export const SHORTCUT_IDS = ['palette', 'help', 'run', 'cancel', 'import-csv', 'export', 'print', 'palette-move', 'palette-choose', 'close'] as const;
export type ShortcutId = (typeof SHORTCUT_IDS)[number];

export type Shortcut = {
  id: ShortcutId;
  /** Alternatives, each as written for parseCombo ("Mod+K", "?", "Escape"); the first is the one a menu shows. */
  keys: readonly string[];
  description: MessageKey;
  scope: ShortcutScope;
  /** The desktop app's File menu takes its accelerator from here (the id is the menu command's). */
  menu?: true;
};

/**
 * Every keyboard shortcut of the app, once: the handlers match against it, the help overlay and Settings list it,
 * the Electron menu builds its accelerators from it. None takes a key the browser or the View menu needs
 * (Mod+R reload, Mod+0/+/− zoom, Mod+Shift+I tools, Mod+L/T/W/N/F/S/C/V/X/Z/A …).
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'palette', keys: ['Mod+K'], description: 'keyboard.shortcut.palette', scope: 'anywhere' },
  { id: 'help', keys: ['?'], description: 'keyboard.shortcut.help', scope: 'outside-fields' },
  { id: 'run', keys: ['Mod+Enter'], description: 'keyboard.shortcut.run', scope: 'results' },
  { id: 'cancel', keys: ['Mod+.', 'Escape'], description: 'keyboard.shortcut.cancel', scope: 'run-in-progress' },
  { id: 'import-csv', keys: ['Mod+O'], description: 'keyboard.shortcut.import', scope: 'anywhere', menu: true },
  { id: 'export', keys: ['Mod+E'], description: 'keyboard.shortcut.export', scope: 'desktop', menu: true },
  { id: 'print', keys: ['Mod+P'], description: 'keyboard.shortcut.print', scope: 'desktop', menu: true },
  { id: 'palette-move', keys: ['ArrowDown', 'ArrowUp'], description: 'keyboard.shortcut.move', scope: 'palette' },
  { id: 'palette-choose', keys: ['Enter'], description: 'keyboard.shortcut.choose', scope: 'palette' },
  { id: 'close', keys: ['Escape'], description: 'keyboard.shortcut.close', scope: 'overlay' },
];

const BY_ID = new Map(SHORTCUTS.map((s) => [s.id, s]));

export function shortcut(id: ShortcutId): Shortcut {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`No shortcut "${id}".`);
  return found;
}

/** A shortcut's combinations, parsed. */
export const shortcutCombos = (id: ShortcutId): KeyCombo[] => shortcut(id).keys.map(parseCombo);

/** The shortcuts a host offers: the web host has no File menu, so the desktop-only ones are left out. */
export const shortcutsFor = (host: 'electron' | 'web' | 'cli'): Shortcut[] =>
  SHORTCUTS.filter((s) => s.scope !== 'desktop' || host === 'electron');

/** The Electron menu accelerator of a File menu command: "CmdOrCtrl+O". */
export function menuAccelerator(id: ShortcutId): string {
  const found = shortcut(id);
  if (!found.menu) throw new Error(`Shortcut "${id}" is not a menu command.`);
  const [first] = shortcutCombos(id);
  if (!first) throw new Error(`Shortcut "${id}" has no keys.`);
  return toAccelerator(first);
}
