import { Dialog } from '../components/dialog';
import { useT } from '../i18n/use-t';
import { ShortcutTable } from './shortcut-table';

/** The help overlay ("?"): every shortcut, in a modal dialog that Esc closes and that gives the focus back. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <Dialog title={t('keyboard.help.title')} onCancel={onClose} closeLabel={t('common.close')} size="medium" testId="shortcut-help">
      <ShortcutTable testId="shortcut-help-table" />
    </Dialog>
  );
}
