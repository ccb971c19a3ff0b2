import type { RunSummary } from '../../../shared/api/runs-api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { useSavedRunsStore } from './saved-runs-store';
import { scenarioName } from '../../../shared/i18n/builtin-text';

/** Confirms deleting a saved run; Cancel has the focus so Enter does not delete by accident. */
export function DeleteRunDialog({ run, onClose }: { run: RunSummary; onClose: () => void }) {
  const t = useT();
  const fmt = useFormatters();
  const remove = useSavedRunsStore((s) => s.remove);
  return (
    <ConfirmDialog
      title={t('results.saved.deleteTitle')}
      confirmLabel={t('results.saved.deleteConfirm')}
      onConfirm={async () => {
        const problem = await remove(run.runId);
        return problem === null ? null : t('results.saved.deleteFailed', { message: problem });
      }}
      onClose={onClose}
      testId="delete-run-dialog"
      confirmTestId="delete-run-confirm"
    >
      <p>{t('results.saved.deleteText', { scenario: scenarioName({ id: run.scenarioId, name: run.scenarioName }), portfolio: run.portfolioName, date: fmt.dateTime(run.createdAt) })}</p>
    </ConfirmDialog>
  );
}
