import { useState } from 'react';
import type { FitResult } from '../../../shared/model/fit/fit-types';
import { methodText, spanText } from '../../../shared/model/fit/fit-text';
import { NameDialog } from '../components/name-dialog';
import { useT } from '../i18n/use-t';
import { PairsTable, VolsTable } from './comparison-tables';
import { useFactorModelsStore } from './factor-models-store';
import { FitColumnsTable } from './fit-columns-table';
import { FitRemarks } from './fit-remarks';
import { useFitFormatters } from './use-fit-formatters';

/** A fit of the imported file: how it was fitted, its columns, vols and correlations against the defaults, remarks, and Save. */
export function FitResultView({ result }: { result: FitResult }) {
  const t = useT();
  const f = useFitFormatters();
  const save = useFactorModelsStore((s) => s.save);
  const fileName = useFactorModelsStore((s) => s.file?.name ?? '');
  const [naming, setNaming] = useState(false);
  return (
    <div className="fit-result" data-testid="fit-result" data-ok={result.ok}>
      {result.ok ? (
        <>
          <p className="fit-method" data-testid="fit-method-text">
            <strong>{methodText(result.summary, t, f)}</strong>
          </p>
          <p className="hint" data-testid="fit-span">
            {spanText(result.summary, t, f)}
          </p>
        </>
      ) : (
        <p className="field-error" data-testid="fit-refused">
          {t('models.refused', { file: fileName })}
        </p>
      )}
      <FitRemarks problems={result.problems} />
      <FitColumnsTable columns={result.columns} fileName={fileName} />
      {result.ok && (
        <>
          <h3>{t('fit.volsTitle')}</h3>
          <VolsTable comparison={result.comparison} />
          <h3>{t('fit.pairsTitle')}</h3>
          <PairsTable comparison={result.comparison} />
          <button type="button" className="primary" onClick={() => setNaming(true)} data-testid="fit-save">
            {t('models.save')}
          </button>
        </>
      )}
      {naming && (
        <NameDialog
          title={t('models.save.title')}
          initial={fileName.replace(/\.[^.]+$/, '')}
          confirmLabel={t('models.save.confirm')}
          label={t('models.save.name')}
          requiredMessage={t('models.save.required')}
          onConfirm={save}
          onClose={() => setNaming(false)}
          testId="fit-save-dialog"
        />
      )}
    </div>
  );
}
