import { formatName } from '../../../shared/import/format-names';
import { Banner } from '../components/banner';
import { Dialog } from '../components/dialog';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { ImportTargetForm } from './import-target';
import { useImportStore, type ImportFile, type OkPreview } from './import-store';
import { PreviewChecks } from './preview-checks';
import { PreviewHoldings } from './preview-holdings';
import { PreviewIssues } from './preview-issues';
import { SEVERITIES, severityCounts } from './preview-model';

const FORM_ID = 'import-confirm-form';

/** What the importer found, before anything is saved: counts, check figures, problems, holdings; then where to save it. */
export function PreviewStep({ file, preview }: { file: ImportFile; preview: OkPreview }) {
  const t = useT();
  const { busy, error, cancel, adjustColumns } = useImportStore();
  const fmt = useFormatters(preview.valuation.baseCurrency);
  const counts = severityCounts(preview.issues);
  const { portfolio, valuation } = preview;
  const footer = (
    <>
      <button type="button" onClick={adjustColumns} disabled={busy} data-testid="import-adjust-columns">
        {t('import.adjustColumns')}
      </button>
      <span className="spacer" />
      <button type="button" onClick={cancel} data-testid="import-cancel">
        {t('common.cancel')}
      </button>
      <button type="submit" form={FORM_ID} className="primary" disabled={busy} data-testid="import-confirm">
        {busy ? t('import.confirming') : t('import.confirm', { count: portfolio.holdings.length })}
      </button>
    </>
  );
  return (
    <Dialog
      title={t('import.previewTitle', { fileName: file.fileName })}
      onCancel={cancel}
      footer={footer}
      size="wide"
      closeLabel={t('common.close')}
      testId="import-preview"
    >
      <p className="preview-meta">
        <span data-testid="import-format">{t('import.format', { format: formatName(preview.format, t) })}</span>
        <span className="dot-sep" aria-hidden="true" />
        {t('import.summary', {
          count: portfolio.holdings.length,
          long: fmt.money(valuation.grossLongBaseCents),
          net: fmt.money(valuation.totalBaseCents),
        })}
      </p>
      <ul className="severity-counts" data-testid="import-counts">
        {SEVERITIES.map((severity) => (
          <li key={severity} className={`severity-count severity-${severity}${counts[severity] === 0 ? ' is-zero' : ''}`} data-severity={severity}>
            <span className="severity-dot" aria-hidden="true" />
            {t(`import.count.${severity}`, { count: counts[severity] })}
          </li>
        ))}
      </ul>
      {valuation.missingFx.length > 0 && (
        <Banner kind="warning" testId="import-missing-fx">
          {t('import.missingFx', { currencies: valuation.missingFx.join(', ') })}
        </Banner>
      )}
      <PreviewChecks figures={preview.checkFigures} />
      <PreviewIssues issues={preview.issues} />
      <PreviewHoldings portfolio={portfolio} valuation={valuation} />
      <ImportTargetForm formId={FORM_ID} defaultName={portfolio.name} />
      {error && (
        <Banner kind="error" testId="import-error">
          {error}
        </Banner>
      )}
    </Dialog>
  );
}
