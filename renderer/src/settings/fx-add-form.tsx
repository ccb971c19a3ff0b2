import { useId, useState } from 'react';
import type { FxRate } from '../../../shared/domain/settings';
import { useT } from '../i18n/use-t';
import { checkNewCode, checkRate, enteredRate, today, type FxProblem, type FxRates } from './fx-table';

type FxAddFormProps = { rates: FxRates; onAdd: (code: string, rate: FxRate) => void };

/** Adds a currency: its three-letter code and its rate in US dollars; dated today, entered in Settings today. */
export function FxAddForm({ rates, onAdd }: FxAddFormProps) {
  const t = useT();
  const ids = { code: useId(), rate: useId(), error: useId() };
  const [code, setCode] = useState('');
  const [rate, setRate] = useState('');
  const [problem, setProblem] = useState<FxProblem | null>(null);
  const submit = () => {
    const checkedCode = checkNewCode(code, rates);
    if (!checkedCode.ok) return setProblem(checkedCode.problem);
    const checkedRate = checkRate(rate);
    if (!checkedRate.ok) return setProblem(checkedRate.problem);
    onAdd(checkedCode.value, enteredRate(checkedRate.value, today(), ''));
    setCode('');
    setRate('');
    setProblem(null);
  };
  const describedBy = problem ? ids.error : undefined;
  return (
    <form
      className="fx-add"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      data-testid="fx-add"
    >
      <div className="field">
        <label htmlFor={ids.code}>{t('settings.fx.code')}</label>
        <input
          id={ids.code}
          className="code-input"
          value={code}
          maxLength={3}
          autoCapitalize="characters"
          aria-describedby={describedBy}
          onChange={(e) => {
            setCode(e.target.value.toUpperCase());
            setProblem(null);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.rate}>{t('settings.fx.col.rate')}</label>
        <input
          id={ids.rate}
          className="rate-input"
          inputMode="decimal"
          value={rate}
          aria-describedby={describedBy}
          onChange={(e) => {
            setRate(e.target.value);
            setProblem(null);
          }}
        />
      </div>
      <button type="submit">{t('settings.fx.add')}</button>
      {problem && (
        <p className="field-error fx-add-error" id={ids.error} role="alert">
          {t(problem.key, problem.params)}
        </p>
      )}
    </form>
  );
}
