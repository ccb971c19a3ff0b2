import { useState } from 'react';
import type { RunSummary } from '../../../shared/api/runs-api';
import { Banner } from '../components/banner';
import { Dialog } from '../components/dialog';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { useSavedRunsStore } from './saved-runs-store';

/** Confirms deleting a saved run; Cancel has the focus so Enter does not delete by accident. */
export function DeleteRunDialog({ run, onClose }: { run: RunSummary; onClose: () => void }) {
  const t = useT();
  const fmt = useFormatters();
  const remove = useSavedRunsStore((s) => s.remove);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    const problem = await remove(run.runId);
    setBusy(false);
    if (problem === null) onClose();
    else setError(t('results.saved.deleteFailed', { message: problem }));
  };
  const footer = (
    <>
      <button type="button" onClick={onClose} data-autofocus>
        {t('common.cancel')}
      </button>
      <button type="button" className="danger" disabled={busy} onClick={() => void confirm()} data-testid="delete-run-confirm">
        {t('results.saved.deleteConfirm')}
      </button>
    </>
  );
  return (
    <Dialog title={t('results.saved.deleteTitle')} onCancel={onClose} footer={footer} closeLabel={t('common.close')} testId="delete-run-dialog">
      <p>{t('results.saved.deleteText', { scenario: run.scenarioName, portfolio: run.portfolioName, date: fmt.dateTime(run.createdAt) })}</p>
      {error !== null && <Banner kind="error">{error}</Banner>}
    </Dialog>
  );
}
