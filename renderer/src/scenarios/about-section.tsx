import { useId } from 'react';
import { useT } from '../i18n/use-t';
import { SourceList } from '../sources/citation-list';
import { sourceLines, type Draft } from './draft';
import type { FieldErrors } from './draft-fields';
import { scenarioDescription } from '../../../shared/i18n/builtin-text';

type Props = {
  draft: Draft;
  errors: FieldErrors;
  readOnly: boolean;
  edit: (change: (d: Draft) => Draft) => void;
};

/** Name, description and sources as text for a built-in; name and description as fields for a scenario of yours. */
export function AboutSection({ draft, errors, readOnly, edit }: Props) {
  const t = useT();
  const ids = { name: useId(), description: useId(), nameError: useId() };
  if (readOnly) {
    return (
      <div className="sc-about">
        <p className="sc-description" data-testid="scenario-description">
          {scenarioDescription(draft)}
        </p>
        <h3>{t('scenarios.field.sources')}</h3>
        <SourceList sources={sourceLines(draft.sources)} empty={t('scenarios.sources.none')} />
      </div>
    );
  }
  return (
    <div className="sc-about">
      <div className="field">
        <label htmlFor={ids.name}>{t('scenarios.field.name')}</label>
        <input
          id={ids.name}
          value={draft.name}
          maxLength={120}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? ids.nameError : undefined}
          onChange={(e) => edit((d) => ({ ...d, name: e.target.value }))}
          data-testid="scenario-name"
        />
        {errors.name && (
          <p className="field-error" id={ids.nameError}>
            {errors.name}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.description}>{t('scenarios.field.description')}</label>
        <textarea
          id={ids.description}
          rows={3}
          value={draft.description}
          onChange={(e) => edit((d) => ({ ...d, description: e.target.value }))}
          data-testid="scenario-description-input"
        />
      </div>
    </div>
  );
}

/** The source lines of a scenario of yours, one a line, and how they read with their citations. */
export function SourcesField({ draft, edit }: Pick<Props, 'draft' | 'edit'>) {
  const t = useT();
  const ids = { sources: useId(), hint: useId() };
  return (
    <div className="field sc-sources-field">
      <label htmlFor={ids.sources} className="visually-hidden">
        {t('scenarios.field.sources')}
      </label>
      <textarea
        id={ids.sources}
        rows={6}
        wrap="off"
        value={draft.sources}
        aria-describedby={ids.hint}
        onChange={(e) => edit((d) => ({ ...d, sources: e.target.value }))}
        data-testid="scenario-sources-input"
      />
      <p className="hint" id={ids.hint}>
        {t('scenarios.field.sources.hint')}
      </p>
      <SourceList sources={sourceLines(draft.sources)} empty={t('scenarios.sources.none')} />
    </div>
  );
}
