import { useState, type ReactNode } from 'react';
import { Banner } from './banner';
import { Dialog } from './dialog';
import { useT } from '../i18n/use-t';

type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
  testId: string;
  /** The confirm button's test id; `${testId}-confirm` by default. */
  confirmTestId?: string;
};

/** Confirms a step that loses something (delete, discard changes); Cancel has the focus so Enter does no harm. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose, testId, confirmTestId }: ConfirmDialogProps) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    const problem = await onConfirm();
    setBusy(false);
    if (problem === null) onClose();
    else setError(problem);
  };
  const footer = (
    <>
      <button type="button" onClick={onClose} data-autofocus>
        {t('common.cancel')}
      </button>
      <button type="button" className="danger" disabled={busy} onClick={() => void confirm()} data-testid={confirmTestId ?? `${testId}-confirm`}>
        {confirmLabel}
      </button>
    </>
  );
  return (
    <Dialog title={title} onCancel={onClose} footer={footer} closeLabel={t('common.close')} testId={testId}>
      {children}
      {error !== null && <Banner kind="error">{error}</Banner>}
    </Dialog>
  );
}
