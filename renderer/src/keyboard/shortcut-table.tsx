import { shortcutsFor, type Shortcut } from '../../../shared/keyboard/shortcuts';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { ShortcutKeys } from './shortcut-keys';

/** The shortcuts this host offers (the web host has no File menu): the help overlay and Settings show the same list. */
export function useShortcutList(): Shortcut[] {
  const host = useAppStore((s) => s.info?.host ?? 'web');
  return shortcutsFor(host);
}

/** Keys · action · where, one row per shortcut of the one table in shared/keyboard. */
export function ShortcutTable({ testId }: { testId: string }) {
  const t = useT();
  const shortcuts = useShortcutList();
  return (
    <div className="table-wrap shortcut-wrap">
      <table className="holdings compact shortcut-table" data-testid={testId}>
        <caption className="visually-hidden">{t('keyboard.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('keyboard.table.keys')}</th>
            <th scope="col">{t('keyboard.table.action')}</th>
            <th scope="col">{t('keyboard.table.where')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.id} data-testid="shortcut-row" data-shortcut={s.id}>
              <td className="shortcut-keys-cell">
                <ShortcutKeys keys={s.keys} />
              </td>
              <th scope="row">{t(s.description)}</th>
              <td className="muted">{t(`keyboard.scope.${s.scope}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
