import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { usePortfolioStore } from '../portfolio/portfolio-store';
import { useImportStore } from './import-store';

type TargetFormProps = { formId: string; defaultName: string };

/** Save as a new portfolio (named, by default after the file) or replace the holdings of an existing one. */
export function ImportTargetForm({ formId, defaultName }: TargetFormProps) {
  const t = useT();
  const ids = { name: useId(), which: useId(), nameError: useId() };
  const portfolios = usePortfolioStore((s) => s.portfolios);
  const currentId = usePortfolioStore((s) => s.currentId);
  const confirm = useImportStore((s) => s.confirm);
  const [kind, setKind] = useState<'new' | 'replace'>('new');
  const [name, setName] = useState(defaultName);
  const [replaceId, setReplaceId] = useState(currentId ?? portfolios[0]?.id ?? '');
  const [nameMissing, setNameMissing] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const submit = () => {
    if (kind === 'replace' && replaceId !== '') return void confirm({ kind: 'replace', id: replaceId });
    if (name.trim() === '') {
      setNameMissing(true);
      nameRef.current?.focus();
      return;
    }
    // The suggested name is left to the back end, which makes it unique among the saved portfolios.
    void confirm({ kind: 'new', name: name.trim() === defaultName ? null : name });
  };
  return (
    <form
      id={formId}
      className="import-target"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset className="field">
        <legend>{t('import.target.legend')}</legend>
        <div className="target-option">
          <label className="radio-label">
            <input type="radio" name={`${formId}-kind`} checked={kind === 'new'} onChange={() => setKind('new')} data-testid="import-target-new" />
            {t('import.target.new')}
          </label>
          <label htmlFor={ids.name} className="visually-hidden">
            {t('import.target.name')}
          </label>
          <input
            id={ids.name}
            ref={nameRef}
            value={name}
            disabled={kind !== 'new'}
            maxLength={120}
            aria-invalid={nameMissing || undefined}
            aria-describedby={nameMissing ? ids.nameError : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setNameMissing(false);
            }}
            data-testid="import-name"
          />
        </div>
        {nameMissing && (
          <p className="field-error" id={ids.nameError} role="alert">
            {t('import.target.nameRequired')}
          </p>
        )}
        {portfolios.length > 0 && (
          <div className="target-option">
            <label className="radio-label">
              <input
                type="radio"
                name={`${formId}-kind`}
                checked={kind === 'replace'}
                onChange={() => setKind('replace')}
                data-testid="import-target-replace"
              />
              {t('import.target.replace')}
            </label>
            <label htmlFor={ids.which} className="visually-hidden">
              {t('import.target.which')}
            </label>
            <select id={ids.which} value={replaceId} disabled={kind !== 'replace'} onChange={(e) => setReplaceId(e.target.value)}>
              {portfolios.map((p) => (
                <option key={p.id} value={p.id}>
                  {t('portfolio.pickerOption', { name: p.name, count: t('portfolio.holdingsCount', { count: p.holdingsCount }) })}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
    </form>
  );
}
