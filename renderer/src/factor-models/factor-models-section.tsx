import { Fragment, useEffect, useId, useRef } from 'react';
import { templateParts, type TemplatePart } from '../../../shared/sources/template-parts';
import { methodText, spanText } from '../../../shared/model/fit/fit-text';
import { Banner } from '../components/banner';
import { useT } from '../i18n/use-t';
import { MODELS_SECTION, parseSection } from '../routing/routes';
import { PairsTable, VolsTable } from './comparison-tables';
import { useFactorModelsStore, type ShownModel } from './factor-models-store';
import { FitOptionsForm } from './fit-options-form';
import { FitResultView } from './fit-result-view';
import { SavedModelsTable } from './saved-models-table';
import { useFitFormatters } from './use-fit-formatters';

/** A saved model opened from the list: how it was fitted and its comparison with the defaults. */
function ShownModelView({ shown }: { shown: ShownModel }) {
  const t = useT();
  const f = useFitFormatters();
  const { summary, comparison } = shown;
  if (summary.fit === null) return null;
  return (
    <div className="fit-result" data-testid="shown-model">
      <p className="fit-method">
        <strong>{t('models.shown', { name: summary.name, file: summary.fit.fileName })}</strong>
      </p>
      <p className="hint">
        {methodText(summary.fit, t, f)} · {spanText(summary.fit, t, f)}
      </p>
      <h3>{t('fit.volsTitle')}</h3>
      <VolsTable comparison={comparison} />
      <h3>{t('fit.pairsTitle')}</h3>
      <PairsTable comparison={comparison} />
    </div>
  );
}

/** Settings › Factor models: saved models; import a price history, fit it (estimator, window), compare with the defaults, save. */
/** A message with literal code (a column name, a file path) in its slots, kept as typed: <code>, never translated. */
function CodeSlots({ text, code }: { text: TemplatePart[]; code: Record<string, string> }) {
  return (
    <>
      {text.map((p, i) => ('slot' in p ? <code key={i}>{code[p.slot]}</code> : <Fragment key={i}>{p.text}</Fragment>))}
    </>
  );
}

export function FactorModelsSection() {
  const t = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const { file, result, fitting, error, note, shown, loadList, chooseFile } = useFactorModelsStore();

  useEffect(() => {
    void loadList();
    if (parseSection(window.location.hash) !== MODELS_SECTION) return;
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus();
  }, [loadList]);

  return (
    <section className="settings-section factor-models" aria-labelledby={headingId} data-testid="factor-models">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('models.title')}
      </h2>
      <p className="hint">
        <CodeSlots text={templateParts('models.intro', ['date'])} code={{ date: 'Date' }} />
      </p>
      <h3>{t('models.list.title')}</h3>
      <SavedModelsTable />
      {shown !== null && <ShownModelView shown={shown} />}
      <div className="fit-import">
        <button type="button" onClick={() => input.current?.click()} data-testid="fit-choose">
          {t('models.choose')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          hidden
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.value = '';
            if (chosen) void chooseFile(chosen);
          }}
          data-testid="fit-file"
        />
        <span className="hint">
          <CodeSlots text={templateParts('models.example', ['path'])} code={{ path: 'resources/examples/synthetic-price-history.csv' }} />
        </span>
      </div>
      {error !== null && <Banner kind="error">{error}</Banner>}
      {note !== null && (
        <Banner kind="info" testId="fit-note">
          {note}
        </Banner>
      )}
      {file !== null && (
        <div className="fit-workspace">
          <FitOptionsForm />
          <div className="fit-output" aria-busy={fitting}>
            {fitting && result === null && <p className="hint">{t('models.fitting')}</p>}
            {result !== null && <FitResultView result={result} />}
          </div>
        </div>
      )}
    </section>
  );
}
