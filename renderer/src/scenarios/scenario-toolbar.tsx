import { useState } from 'react';
import type { Scenario } from '../../../shared/domain/scenario';
import { useT } from '../i18n/use-t';
import type { DraftCheck } from './draft-validation';
import { deleteScenario, duplicateScenario, exportScenario, renameScenario, saveScenario, saveScenarioAs } from './editor-actions';
import { useEditorStore } from './editor-store';
import { ConfirmDialog } from '../components/confirm-dialog';
import { NameDialog } from '../components/name-dialog';

type Props = { saved: Scenario; builtIn: boolean; check: DraftCheck; busy: boolean; dirty: boolean };

type Open = 'saveAs' | 'rename' | 'delete' | 'discard' | null;

/** Save, Save as, Rename, Duplicate, Export and Delete for a scenario of yours; Duplicate to edit and Export for a built-in. */
export function ScenarioToolbar({ saved, builtIn, check, busy, dirty }: Props) {
  const t = useT();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const invalid = () => useEditorStore.setState({ actionError: t('scenarios.action.invalid'), notice: null });
  const save = () => (check.ok ? void saveScenario(check.scenario) : invalid());
  const saveAs = () => (check.ok ? setOpen('saveAs') : invalid());
  const exportIt = () => (check.ok ? exportScenario(check.scenario) : invalid());

  const duplicate = (
    <button
      type="button"
      className={builtIn ? 'primary' : undefined}
      disabled={busy}
      onClick={() => (dirty ? setOpen('discard') : void duplicateScenario(saved.id))}
      title={t('scenarios.action.duplicateHint')}
      data-testid="scenario-duplicate"
    >
      {t(builtIn ? 'scenarios.action.duplicateToEdit' : 'scenarios.action.duplicate')}
    </button>
  );
  const exportButton = (
    <button type="button" onClick={exportIt} title={t('scenarios.action.exportHint')} data-testid="scenario-export">
      {t('scenarios.action.export')}
    </button>
  );

  if (builtIn) {
    return (
      <div className="sc-toolbar" role="group" aria-label={t('scenarios.actions')}>
        {duplicate}
        {exportButton}
      </div>
    );
  }
  return (
    <div className="sc-toolbar" role="group" aria-label={t('scenarios.actions')}>
      <button type="button" className="primary" disabled={busy} onClick={save} data-testid="scenario-save">
        {t('scenarios.action.save')}
      </button>
      <button type="button" disabled={busy} onClick={saveAs} data-testid="scenario-save-as">
        {t('scenarios.action.saveAs')}
      </button>
      <button type="button" disabled={busy} onClick={() => setOpen('rename')} data-testid="scenario-rename">
        {t('scenarios.action.rename')}
      </button>
      {duplicate}
      {exportButton}
      <button type="button" className="danger" disabled={busy} onClick={() => setOpen('delete')} data-testid="scenario-delete">
        {t('scenarios.action.delete')}
      </button>
      {open === 'saveAs' && check.ok && (
        <NameDialog
          title={t('scenarios.dialog.saveAsTitle', { name: saved.name })}
          initial={t('scenarios.dialog.saveAsName', { name: check.scenario.name })}
          confirmLabel={t('scenarios.action.save')}
          label={t('scenarios.dialog.nameLabel')}
          requiredMessage={t('scenarios.error.nameRequired')}
          onConfirm={(name) => saveScenarioAs(check.scenario, name)}
          onClose={close}
          testId="save-as-dialog"
        />
      )}
      {open === 'rename' && (
        <NameDialog
          title={t('scenarios.dialog.renameTitle', { name: saved.name })}
          initial={saved.name}
          confirmLabel={t('scenarios.dialog.renameConfirm')}
          label={t('scenarios.dialog.nameLabel')}
          requiredMessage={t('scenarios.error.nameRequired')}
          onConfirm={(name) => renameScenario(saved, name)}
          onClose={close}
          testId="rename-dialog"
        />
      )}
      {open === 'discard' && (
        <ConfirmDialog
          title={t('scenarios.dialog.discardTitle')}
          confirmLabel={t('scenarios.dialog.discardConfirm')}
          onConfirm={async () => {
            await duplicateScenario(saved.id);
            return null;
          }}
          onClose={close}
          testId="discard-dialog"
        >
          <p>{t('scenarios.dialog.discardDuplicate', { name: saved.name })}</p>
        </ConfirmDialog>
      )}
      {open === 'delete' && (
        <ConfirmDialog
          title={t('scenarios.dialog.deleteTitle', { name: saved.name })}
          confirmLabel={t('scenarios.dialog.deleteConfirm')}
          onConfirm={() => deleteScenario(saved)}
          onClose={close}
          testId="delete-dialog"
        >
          <p>{t('scenarios.dialog.deleteText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
