import { useEffect } from 'react';
import { startChosenRun } from '../results/run-request';
import { useRunStore } from '../results/run-store';
import { parseRoute } from '../routing/routes';
import { useKeyboardStore } from './keyboard-store';
import { isMac, isTextEntry, matchesShortcut } from './match-shortcut';

/** A modal dialog (import, rename, confirm…) has the keyboard: the app's shortcuts wait until it closes. */
const dialogOpen = (): boolean => document.querySelector('dialog[open]') !== null;

/** A run can still be stopped: starting or running, and no cancel already on its way. */
function cancellable(): boolean {
  const { phase, cancelling } = useRunStore.getState();
  return (phase === 'starting' || phase === 'running') && !cancelling;
}

/** One keydown handler for the app's own shortcuts (the table in shared/keyboard); the same in Electron and the web host. */
export function handleGlobalKey(e: KeyboardEvent, mac: boolean): void {
  if (e.defaultPrevented || e.isComposing || e.repeat || dialogOpen()) return;
  const keyboard = useKeyboardStore.getState();
  if (keyboard.overlay !== null) return;
  const is = (id: Parameters<typeof matchesShortcut>[0]) => matchesShortcut(id, e, mac);
  const act = (action: () => unknown) => {
    e.preventDefault();
    action();
  };
  if (is('palette')) return act(() => keyboard.open('palette'));
  const focused = e.target instanceof HTMLElement ? e.target : null;
  if (is('help') && !isTextEntry(focused)) return act(() => keyboard.open('help'));
  if (parseRoute(window.location.hash) !== 'results') return;
  if (is('run')) return act(startChosenRun);
  if (is('cancel') && cancellable()) return act(() => void useRunStore.getState().cancel());
}

/** Listens for the app's shortcuts while mounted (once, in the app shell). */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const mac = isMac();
    const onKey = (e: KeyboardEvent) => handleGlobalKey(e, mac);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
