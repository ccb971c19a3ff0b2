import { useId, useState } from 'react';
import { Banner } from '../components/banner';
import { Dialog } from '../components/dialog';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { exposureText } from '../portfolio/exposure-chips';
import { draftFrom, toBlend, toSingle, validateDraft, CHOOSABLE_TAGS, type DraftProblem, type OverrideDraft } from './blend-draft';
import { BlendFields } from './blend-fields';
import { useOverrideStore, type OverrideTarget } from './override-store';

/** The exposure override editor, open while the store names a symbol. */
export function OverrideEditor() {
  const target = useOverrideStore((s) => s.target);
  return target === null ? null : <OverrideDialog key={target.symbol} target={target} />;
}

function OverrideDialog({ target }: { target: OverrideTarget }) {
  const t = useT();
  const fmt = useFormatters();
  const ids = { form: useId(), tag: useId(), problem: useId() };
  const { saving, error, close, save } = useOverrideStore();
  const [draft, setDraft] = useState<OverrideDraft>(() => draftFrom(target.exposures));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const hasOverride = target.exposures.some((e) => e.source.kind === 'user');
  const change = (next: OverrideDraft) => {
    setDraft(next);
    setProblem(null);
  };
  const submit = () => {
    const result = validateDraft(draft, (f) => fmt.percent(f, 2));
    if (!result.ok) return setProblem(result.problem);
    void save(result.exposures);
  };
  const footer = (
    <>
      {hasOverride && (
        <button type="button" className="danger" disabled={saving} onClick={() => void save(null)} data-testid="override-remove">
          {t('override.remove')}
        </button>
      )}
      <span className="spacer" />
      <button type="button" onClick={close}>
        {t('common.cancel')}
      </button>
      <button type="submit" form={ids.form} className="primary" disabled={saving} data-testid="override-save">
        {saving ? t('common.saving') : t('override.save')}
      </button>
    </>
  );
  return (
    <Dialog title={t('override.title', { symbol: target.symbol })} onCancel={close} footer={footer} closeLabel={t('common.close')} testId="override-editor">
      <form
        id={ids.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <p className="muted">{t('override.now', { tags: exposureText(t, target.exposures, fmt) })}</p>
        <fieldset className="field">
          <legend>{t('override.mode')}</legend>
          <div className="segmented">
            {(['single', 'blend'] as const).map((mode) => (
              <label key={mode} className={draft.mode === mode ? 'is-selected' : undefined}>
                <input
                  type="radio"
                  name={`${ids.form}-mode`}
                  checked={draft.mode === mode}
                  onChange={() => change(mode === 'blend' ? toBlend(draft) : toSingle(draft))}
                />
                {t(mode === 'single' ? 'override.single' : 'override.blend')}
              </label>
            ))}
          </div>
        </fieldset>
        {draft.mode === 'single' ? (
          <div className="field">
            <label htmlFor={ids.tag}>{t('override.tag')}</label>
            <select
              id={ids.tag}
              data-autofocus
              value={draft.tag}
              aria-describedby={problem ? ids.problem : undefined}
              onChange={(e) => change({ mode: 'single', tag: CHOOSABLE_TAGS.find((x) => x === e.target.value) ?? '' })}
              data-testid="override-tag"
            >
              <option value="">{t('override.chooseTag')}</option>
              {CHOOSABLE_TAGS.map((tag) => (
                <option key={tag} value={tag}>
                  {t(`exposure.${tag}`)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <BlendFields rows={draft.rows} onChange={(rows) => change({ mode: 'blend', rows })} describedBy={problem ? ids.problem : undefined} />
        )}
        {problem && (
          <p className="field-error" id={ids.problem} role="alert" data-testid="override-problem">
            {t(problem.key, problem.params)}
          </p>
        )}
        {error && <Banner kind="error">{error}</Banner>}
        <p className="hint">{t('override.scope', { symbol: target.symbol })}</p>
      </form>
    </Dialog>
  );
}
