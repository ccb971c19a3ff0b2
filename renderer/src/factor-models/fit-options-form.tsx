import { useId } from 'react';
import { FitMethod } from '../../../shared/model/fit/fit-types';
import { useT } from '../i18n/use-t';
import { draftProblems } from './fit-draft';
import { useFactorModelsStore } from './factor-models-store';

const LEVEL_UNITS = ['auto', 'percent', 'bp'] as const;

/** Estimator, λ (EWMA), a stress window and the unit of spread/yield levels; each change fits again. */
export function FitOptionsForm() {
  const t = useT();
  const ids = { method: useId(), methodHint: useId(), lambda: useId(), lambdaHint: useId(), from: useId(), to: useId(), windowHint: useId(), levels: useId() };
  const draft = useFactorModelsStore((s) => s.draft);
  const setDraft = useFactorModelsStore((s) => s.setDraft);
  const problems = draftProblems(draft);
  return (
    <fieldset className="fit-options" data-testid="fit-options">
      <legend>{t('models.options')}</legend>
      <div className="field">
        <label htmlFor={ids.method}>{t('models.method')}</label>
        <select id={ids.method} value={draft.method} aria-describedby={ids.methodHint} onChange={(e) => setDraft({ method: FitMethod.parse(e.target.value) })} data-testid="fit-method">
          {FitMethod.options.map((m) => (
            <option key={m} value={m}>
              {t(`models.method.${m}`)}
            </option>
          ))}
        </select>
        <p className="hint" id={ids.methodHint}>
          {t(`models.method.hint.${draft.method}`)}
        </p>
      </div>
      {draft.method === 'ewma' && (
        <div className="field fit-lambda">
          <label htmlFor={ids.lambda}>{t('models.lambda')}</label>
          <input
            id={ids.lambda}
            inputMode="decimal"
            value={draft.lambdaText}
            aria-invalid={problems.lambda !== null}
            aria-describedby={ids.lambdaHint}
            onChange={(e) => setDraft({ lambdaText: e.target.value })}
            data-testid="fit-lambda"
          />
          {problems.lambda !== null && (
            <p className="hint field-error" id={ids.lambdaHint}>
              {t(problems.lambda)}
            </p>
          )}
        </div>
      )}
      <div className="field">
        <div className="fit-window">
          <label htmlFor={ids.from}>{t('models.window.from')}</label>
          <input id={ids.from} type="date" value={draft.from} aria-describedby={ids.windowHint} aria-invalid={problems.window !== null} onChange={(e) => setDraft({ from: e.target.value })} data-testid="fit-from" />
          <label htmlFor={ids.to}>{t('models.window.to')}</label>
          <input id={ids.to} type="date" value={draft.to} aria-describedby={ids.windowHint} aria-invalid={problems.window !== null} onChange={(e) => setDraft({ to: e.target.value })} data-testid="fit-to" />
        </div>
        <p className={problems.window === null ? 'hint' : 'hint field-error'} id={ids.windowHint}>
          {t(problems.window ?? 'models.window.hint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.levels}>{t('models.levels')}</label>
        <select id={ids.levels} value={draft.levelUnit} onChange={(e) => setDraft({ levelUnit: LEVEL_UNITS.find((u) => u === e.target.value) ?? 'auto' })} data-testid="fit-levels">
          {LEVEL_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`models.levels.${u}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
