import { useId, useState } from 'react';
import type { Portfolio } from '../../../shared/domain/portfolio';
import { Banner } from '../components/banner';
import { Dialog } from '../components/dialog';
import { useT } from '../i18n/use-t';
import { usePortfolioStore } from '../stores/portfolio-store';

type DialogProps = { portfolio: Portfolio; onClose: () => void };

/** Asks for a new name; an empty one is refused with a sentence. */
export function RenamePortfolioDialog({ portfolio, onClose }: DialogProps) {
  const t = useT();
  const ids = { form: useId(), name: useId(), error: useId() };
  const rename = usePortfolioStore((s) => s.rename);
  const [name, setName] = useState(portfolio.name);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (name.trim() === '') return setProblem(t('portfolio.renameRequired'));
    setBusy(true);
    const error = await rename(portfolio.id, name.trim());
    setBusy(false);
    if (error === null) onClose();
    else setProblem(error);
  };
  const footer = (
    <>
      <button type="button" onClick={onClose}>
        {t('common.cancel')}
      </button>
      <button type="submit" form={ids.form} className="primary" disabled={busy} data-testid="rename-save">
        {t('common.save')}
      </button>
    </>
  );
  return (
    <Dialog title={t('portfolio.renameTitle', { name: portfolio.name })} onCancel={onClose} footer={footer} closeLabel={t('common.close')}>
      <form
        id={ids.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={ids.name}>{t('portfolio.renameLabel')}</label>
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
            data-testid="rename-input"
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

/** Confirms a deletion; Cancel has the focus so Enter does not delete by accident. */
export function DeletePortfolioDialog({ portfolio, onClose }: DialogProps) {
  const t = useT();
  const remove = usePortfolioStore((s) => s.remove);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    const problem = await remove(portfolio.id);
    setBusy(false);
    if (problem === null) onClose();
    else setError(problem);
  };
  const footer = (
    <>
      <button type="button" onClick={onClose} data-autofocus>
        {t('common.cancel')}
      </button>
      <button type="button" className="danger" disabled={busy} onClick={() => void confirm()} data-testid="delete-confirm">
        {t('portfolio.deleteConfirm')}
      </button>
    </>
  );
  return (
    <Dialog title={t('portfolio.deleteTitle', { name: portfolio.name })} onCancel={onClose} footer={footer} closeLabel={t('common.close')}>
      <p>{t('portfolio.deleteText', { count: portfolio.holdings.length })}</p>
      {error !== null && <Banner kind="error">{error}</Banner>}
    </Dialog>
  );
}
