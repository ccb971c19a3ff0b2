import { ConfirmDialog } from '../components/confirm-dialog';
import { useT } from '../i18n/use-t';
import '../styles/keyboard.css';
import { CommandPalette } from './command-palette';
import { useKeyboardStore } from './keyboard-store';
import { openScenario } from './palette-actions';
import { ShortcutHelp } from './shortcut-help';
import { useGlobalShortcuts } from './use-global-shortcuts';

/**
 * The keyboard layer, mounted once in the app shell: the shortcut handler, the command palette, the shortcut help,
 * and "discard unsaved changes?" when the palette opens another scenario over an edited one.
 */
export function KeyboardController() {
  const t = useT();
  const overlay = useKeyboardStore((s) => s.overlay);
  const pending = useKeyboardStore((s) => s.pendingScenario);
  const close = useKeyboardStore((s) => s.close);
  const askDiscard = useKeyboardStore((s) => s.askDiscard);
  useGlobalShortcuts();
  return (
    <>
      {overlay === 'palette' && <CommandPalette onClose={close} />}
      {overlay === 'help' && <ShortcutHelp onClose={close} />}
      {pending !== null && (
        <ConfirmDialog
          title={t('scenarios.dialog.discardTitle')}
          confirmLabel={t('scenarios.dialog.discardConfirm')}
          onConfirm={async () => {
            openScenario(pending.id, true);
            return null;
          }}
          onClose={() => askDiscard(null)}
          testId="palette-discard-dialog"
        >
          <p>{t('scenarios.dialog.discardText', { name: pending.name })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
