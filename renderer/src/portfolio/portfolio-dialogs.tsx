import type { Portfolio } from '../../../shared/domain/portfolio';
import { ConfirmDialog } from '../components/confirm-dialog';
import { NameDialog } from '../components/name-dialog';
import { useT } from '../i18n/use-t';
import { usePortfolioStore } from './portfolio-store';

type DialogProps = { portfolio: Portfolio; onClose: () => void };

/** Asks for a new name; an empty one is refused with a sentence. */
export function RenamePortfolioDialog({ portfolio, onClose }: DialogProps) {
  const t = useT();
  const rename = usePortfolioStore((s) => s.rename);
  return (
    <NameDialog
      title={t('portfolio.renameTitle', { name: portfolio.name })}
      initial={portfolio.name}
      confirmLabel={t('common.save')}
      label={t('portfolio.renameLabel')}
      requiredMessage={t('portfolio.renameRequired')}
      onConfirm={(name) => rename(portfolio.id, name)}
      onClose={onClose}
      testId="rename"
    />
  );
}

/** Confirms a deletion; Cancel has the focus so Enter does not delete by accident. */
export function DeletePortfolioDialog({ portfolio, onClose }: DialogProps) {
  const t = useT();
  const remove = usePortfolioStore((s) => s.remove);
  return (
    <ConfirmDialog
      title={t('portfolio.deleteTitle', { name: portfolio.name })}
      confirmLabel={t('portfolio.deleteConfirm')}
      onConfirm={() => remove(portfolio.id)}
      onClose={onClose}
      testId="delete"
    >
      <p>{t('portfolio.deleteText', { count: portfolio.holdings.length })}</p>
    </ConfirmDialog>
  );
}
