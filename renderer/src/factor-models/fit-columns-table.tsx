import { FACTORS, Factor } from '../../../shared/domain/scenario';
import type { FitColumn } from '../../../shared/model/fit/fit-types';
import { useT } from '../i18n/use-t';
import { useFactorModelsStore } from './factor-models-store';
import { useFitFormatters } from './use-fit-formatters';

/** The file's series: which factor each stands for (a select, to map or leave out), how many values, the level unit. */
export function FitColumnsTable({ columns, fileName }: { columns: readonly FitColumn[]; fileName: string }) {
  const t = useT();
  const f = useFitFormatters();
  const mapping = useFactorModelsStore((s) => s.draft.mapping);
  const setDraft = useFactorModelsStore((s) => s.setDraft);
  if (columns.length === 0) return null;
  const choose = (header: string, value: string) => setDraft({ mapping: { ...mapping, [header]: value === 'ignore' ? 'ignore' : Factor.parse(value) } });
  return (
    <div className="table-wrap">
      <table className="holdings compact fit-table" data-testid="fit-columns">
        <caption>{t('models.columns', { file: fileName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('models.col.column')}</th>
            <th scope="col">{t('models.col.factor')}</th>
            <th scope="col" className="num">{t('models.col.values')}</th>
            <th scope="col" className="num">{t('models.col.missing')}</th>
            <th scope="col">{t('models.col.levels')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.number} data-column={c.header}>
              <th scope="row" translate="no">
                {c.header}
              </th>
              <td>
                <select
                  value={c.factor ?? 'ignore'}
                  aria-label={t('models.col.factor')}
                  onChange={(e) => choose(c.header, e.target.value)}
                  data-testid="fit-column-factor"
                >
                  <option value="ignore">{t('models.column.unused')}</option>
                  {FACTORS.map((code) => (
                    <option key={code} value={code}>
                      {code} — {t(`results.factor.${code}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="num">{f.whole(c.values)}</td>
              <td className="num">{f.whole(c.missing)}</td>
              <td>{c.levelUnit === null ? '' : t(`models.levelUnit.${c.levelUnit}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('models.columns.hint')}</p>
    </div>
  );
}
