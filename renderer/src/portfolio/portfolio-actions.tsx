import { useState } from 'react';
import type { PortfolioView } from '../../../shared/api/portfolios-api';
import { startImport } from '../import/file-chooser';
import { useT } from '../i18n/use-t';
import { DeletePortfolioDialog, RenamePortfolioDialog } from './portfolio-dialogs';

/** Import (button; also Ctrl/Cmd+O, the File menu and drag and drop), rename and delete the open portfolio. */
export function PortfolioActions({ view }: { view: PortfolioView | null }) {
  const t = useT();
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const close = () => setDialog(null);
  return (
    <div className="portfolio-actions" role="group" aria-label={t('portfolio.actions')}>
      <button type="button" className="primary" onClick={startImport} title={t('import.buttonHint')} data-testid="import-button">
        {t('import.button')}
      </button>
      {view !== null && (
        <>
          <button type="button" onClick={() => setDialog('rename')} data-testid="portfolio-rename">
            {t('portfolio.rename')}
          </button>
          <button type="button" className="danger" onClick={() => setDialog('delete')} data-testid="portfolio-delete">
            {t('portfolio.delete')}
          </button>
          {dialog === 'rename' && <RenamePortfolioDialog portfolio={view.portfolio} onClose={close} />}
          {dialog === 'delete' && <DeletePortfolioDialog portfolio={view.portfolio} onClose={close} />}
        </>
      )}
    </div>
  );
}
