import { issueText } from '../../../shared/import/issue-text';
import { Banner } from '../components/banner';
import { Dialog } from '../components/dialog';
import { useT } from '../i18n/use-t';
import { startImport } from './file-chooser';
import { useImportStore } from './import-store';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';

/** The import flow's dialog: choose a file, read it, preview it (or map its columns), confirm or cancel. */
export function ImportDialog() {
  const t = useT();
  const step = useImportStore((s) => s.step);
  const cancel = useImportStore((s) => s.cancel);
  const close = t('common.close');
  switch (step.kind) {
    case 'closed':
      return null;
    case 'preview':
      return <PreviewStep key={step.preview.previewId} file={step.file} preview={step.preview} />;
    case 'mapping':
      return <MappingStep key={`${step.file.fileName}|${JSON.stringify(step.mapping)}`} step={step} />;
    case 'choose':
      return (
        <Dialog
          title={t('import.chooseTitle')}
          onCancel={cancel}
          closeLabel={close}
          testId="import-choose"
          footer={
            <>
              <button type="button" onClick={cancel}>
                {t('common.cancel')}
              </button>
              <button type="button" className="primary" data-autofocus onClick={startImport}>
                {t('import.chooseButton')}
              </button>
            </>
          }
        >
          <p>{t('import.chooseText')}</p>
        </Dialog>
      );
    case 'reading':
      return (
        <Dialog title={t('import.chooseTitle')} onCancel={cancel} closeLabel={close} testId="import-reading">
          <p role="status" aria-live="polite">
            {t('import.reading', { fileName: step.fileName })}
          </p>
        </Dialog>
      );
    case 'rejected':
      return (
        <Dialog
          title={t('import.rejectedTitle', { fileName: step.fileName })}
          onCancel={cancel}
          closeLabel={close}
          testId="import-rejected"
          footer={
            <>
              <button type="button" onClick={startImport}>
                {t('import.chooseAnother')}
              </button>
              <button type="button" className="primary" data-autofocus onClick={cancel}>
                {t('common.close')}
              </button>
            </>
          }
        >
          <Banner kind="error" testId="import-rejection">
            {issueText(step.reason, t)}
          </Banner>
        </Dialog>
      );
  }
}
