import { useId, useState } from 'react';
import { issueText } from '../../../shared/import/issue-text';
import { FIELDS } from '../../../shared/import/types';
import { Banner } from '../components/banner';
import { Dialog } from '../components/dialog';
import { useT } from '../i18n/use-t';
import { useFormatters } from '../format/use-formatters';
import { useImportStore, type ImportStep } from './import-store';
import { autoColumns, draftFrom, mappingFromDraft, mappingProblems, type MappingDraft } from './mapping-model';
import { listedColumns } from '../../../shared/import/column-list';
import { clipQuoted } from '../../../shared/text/clip-text';

type MappingStepProps = { step: Extract<ImportStep, { kind: 'mapping' }> };
const FORM_ID = 'import-mapping-form';

/** The columns found and one select per field; previews again with the chosen mapping. */
export function MappingStep({ step }: MappingStepProps) {
  const t = useT();
  const fmt = useFormatters();
  const shown = listedColumns(step.columns);
  const columnsFound = shown.more === 0 ? shown.list : t('import.columnsAndMore', { list: shown.list, count: fmt.number(shown.more) });
  const problemsId = useId();
  const { busy, error, cancel, previewWith, backToPreview } = useImportStore();
  const [draft, setDraft] = useState<MappingDraft>(() => draftFrom(step.mapping, step.columns));
  const auto = autoColumns(step.columns, draft);
  const problems = mappingProblems(draft, step.columns);
  const footer = (
    <>
      {step.previous && (
        <button type="button" onClick={backToPreview} disabled={busy}>
          {t('import.mapping.back')}
        </button>
      )}
      <span className="spacer" />
      <button type="button" onClick={cancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" form={FORM_ID} className="primary" disabled={busy} aria-describedby={problems.length > 0 ? problemsId : undefined}>
        {busy ? t('common.loading') : t('import.mapping.preview')}
      </button>
    </>
  );
  return (
    <Dialog
      title={t('import.mapping.title', { fileName: step.file.fileName })}
      onCancel={cancel}
      footer={footer}
      closeLabel={t('common.close')}
      testId="import-mapping"
    >
      {step.reason && (
        <Banner kind="warning" testId="import-mapping-reason">
          {issueText(step.reason, t)}
        </Banner>
      )}
      <p>{t('import.mapping.intro')}</p>
      <p className="muted" data-testid="import-columns">
        {t('import.mapping.columnsFound', { columns: columnsFound })}
      </p>
      <form
        id={FORM_ID}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (problems.length === 0) void previewWith(mappingFromDraft(draft));
        }}
      >
        <table className="mapping-table">
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.field')}</th>
              <th scope="col">{t('import.mapping.column')}</th>
            </tr>
          </thead>
          <tbody>
            {FIELDS.map((field, i) => {
              const id = `${FORM_ID}-${field}`;
              const found = auto[field];
              return (
                <tr key={field}>
                  <th scope="row">
                    <label htmlFor={id}>{t(`import.field.${field}`)}</label>
                  </th>
                  <td>
                    <select
                      id={id}
                      value={draft[field]}
                      data-autofocus={i === 0 ? true : undefined}
                      data-field={field}
                      onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
                    >
                      <option value="">{found ? t('import.mapping.auto', { column: found }) : t('import.mapping.autoNone')}</option>
                      {step.columns.map((column, index) => (
                        <option key={index} value={column}>
                          {clipQuoted(column)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </form>
      <div id={problemsId} role="status" aria-live="polite">
        {problems.map((p, i) => (
          <p key={i} className="field-error">
            {p.kind === 'incomplete'
              ? t('import.mapping.incomplete')
              : t('import.mapping.duplicate', { column: p.column, fields: p.fields.map((f) => t(`import.field.${f}`)).join(', ') })}
          </p>
        ))}
      </div>
      <p className="hint">{t('import.mapping.remember')}</p>
      {error && <Banner kind="error">{error}</Banner>}
    </Dialog>
  );
}
