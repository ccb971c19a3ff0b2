import { useId, useState, type ReactNode } from 'react';
import { Banner } from '../components/banner';
import { Dialog } from '../components/dialog';
import { useT } from '../i18n/use-t';

type NameDialogProps = {
  title: string;
  initial: string;
  confirmLabel: string;
  /** Answers null when it worked (the dialog closes), or the sentence saying why not. */
  onConfirm: (name: string) => Promise<string | null>;
  onClose: () => void;
  testId: string;
};

/** Asks for a scenario's name (Save as, Rename); an empty one is refused with a sentence. */
export function NameDialog({ title, initial, confirmLabel, onConfirm, onClose, testId }: NameDialogProps) {
  const t = useT();
  const ids = { form: useId(), name: useId(), error: useId() };
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (name.trim() === '') return setProblem(t('scenarios.error.nameRequired'));
    setBusy(true);
    const error = await onConfirm(name.trim());
    setBusy(false);
    if (error === null) onClose();
    else setProblem(error);
  };
  const footer = (
    <>
      <button type="button" onClick={onClose}>
        {t('common.cancel')}
      </button>
      <button type="submit" form={ids.form} className="primary" disabled={busy} data-testid={`${testId}-confirm`}>
        {confirmLabel}
      </button>
    </>
  );
  return (
    <Dialog title={title} onCancel={onClose} footer={footer} closeLabel={t('common.close')} testId={testId}>
      <form
        id={ids.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={ids.name}>{t('scenarios.dialog.nameLabel')}</label>
          <input
            id={ids.name}
            data-autofocus
            value={name}
            maxLength={120}
            aria-invalid={problem !== null || undefined}
            aria-describedby={problem !== null ? ids.error : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setProblem(null);
            }}
            data-testid={`${testId}-input`}
          />
          {problem !== null && (
            <p className="field-error" id={ids.error} role="alert">
              {problem}
            </p>
          )}
        </div>
      </form>
    </Dialog>
  );
}

type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
  testId: string;
};

/** Confirms a step that loses something (delete, discard changes); Cancel has the focus so Enter does no harm. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose, testId }: ConfirmDialogProps) {
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
      <button type="button" className="danger" disabled={busy} onClick={() => void confirm()} data-testid={`${testId}-confirm`}>
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
