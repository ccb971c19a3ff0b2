import { useState } from 'react';
import type { FactorModelSummary } from '../../../shared/api/factor-models-api';
import { methodText } from '../../../shared/model/fit/fit-text';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { useFactorModelsStore } from './factor-models-store';
import { useFitFormatters } from './use-fit-formatters';

/** The saved models: name, fitted factors, history, estimator, when; Show and Delete. An unreadable file says why. */
export function SavedModelsTable() {
  const t = useT();
  const f = useFitFormatters();
  const fmt = useFormatters();
  const saved = useFactorModelsStore((s) => s.saved);
  const show = useFactorModelsStore((s) => s.show);
  const remove = useFactorModelsStore((s) => s.remove);
  const [deleting, setDeleting] = useState<FactorModelSummary | null>(null);
  return (
    <div className="table-wrap">
      <table className="holdings compact fit-table saved-models" data-testid="saved-models">
        <caption className="visually-hidden">{t('models.list.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('models.list.col.name')}</th>
            <th scope="col">{t('models.list.col.factors')}</th>
            <th scope="col">{t('models.list.col.period')}</th>
            <th scope="col">{t('models.list.col.method')}</th>
            <th scope="col">{t('models.list.col.saved')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('models.list.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {saved.map((m) => (
            <tr key={m.id} data-model-id={m.id}>
              <th scope="row">{m.name}</th>
              {m.fit === null ? (
                <td colSpan={4} className="field-error">
                  {t('models.list.unreadable', { details: m.unreadable ?? '' })}
                </td>
              ) : (
                <>
                  <td translate="no">{m.fit.factors.join(', ')}</td>
                  <td>{t('models.period', { first: f.date(m.fit.firstDate), last: f.date(m.fit.lastDate) })}</td>
                  <td>{methodText(m.fit, t, f)}</td>
                  <td>{m.createdAt ? fmt.dateTime(m.createdAt) : ''}</td>
                </>
              )}
              <td>
                <div className="row-actions">
                  {m.fit !== null && (
                    <button type="button" onClick={() => void show(m.id)} data-testid="saved-model-show">
                      {t('models.list.show')}
                    </button>
                  )}
                  <button type="button" onClick={() => setDeleting(m)} data-testid="saved-model-delete">
                    {t('models.list.delete')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
          {saved.length === 0 && (
            <tr>
              <td colSpan={6} className="muted empty-row">
                {t('models.list.empty')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {deleting !== null && (
        <ConfirmDialog
          title={t('models.delete.title', { name: deleting.name })}
          confirmLabel={t('models.delete.confirm')}
          onConfirm={() => remove(deleting.id)}
          onClose={() => setDeleting(null)}
          testId="delete-model-dialog"
        >
          <p>{t('models.delete.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
