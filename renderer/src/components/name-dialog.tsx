import { useId, useState } from 'react';
import { Dialog } from './dialog';
import { useT } from '../i18n/use-t';

type NameDialogProps = {
  title: string;
  initial: string;
  confirmLabel: string;
  /** The field's label and the sentence when it is left empty. */
  label: string;
  requiredMessage: string;
  /** Answers null when it worked (the dialog closes), or the sentence saying why not. */
  onConfirm: (name: string) => Promise<string | null>;
  onClose: () => void;
  testId: string;
};

/** Asks for a name (Save as, Rename); an empty one is refused with a sentence. */
export function NameDialog({ title, initial, confirmLabel, label, requiredMessage, onConfirm, onClose, testId }: NameDialogProps) {
  const t = useT();
  const ids = { form: useId(), name: useId(), error: useId() };
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (name.trim() === '') return setProblem(requiredMessage);
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
          <label htmlFor={ids.name}>{label}</label>
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
