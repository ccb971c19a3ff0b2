import { useId } from 'react';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { blendSum, CHOOSABLE_TAGS, type BlendRow } from './blend-draft';

type BlendFieldsProps = { rows: BlendRow[]; onChange: (rows: BlendRow[]) => void; describedBy?: string };

/** Rows of tag + weight in percent, with the running total; a row can be added or removed. */
export function BlendFields({ rows, onChange, describedBy }: BlendFieldsProps) {
  const t = useT();
  const fmt = useFormatters();
  const sumId = useId();
  const sum = blendSum(rows);
  const update = (index: number, row: Partial<BlendRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...row } : r)));
  return (
    <div className="blend-fields">
      <table className="blend-table">
        <thead>
          <tr>
            <th scope="col">{t('override.tag')}</th>
            <th scope="col">{t('override.weight')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('override.removeTag')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td>
                <select
                  aria-label={`${t('override.tag')} ${index + 1}`}
                  value={row.tag}
                  data-autofocus={index === 0 ? true : undefined}
                  onChange={(e) => update(index, { tag: CHOOSABLE_TAGS.find((x) => x === e.target.value) ?? '' })}
                >
                  <option value="">{t('override.chooseTag')}</option>
                  {CHOOSABLE_TAGS.map((tag) => (
                    <option key={tag} value={tag}>
                      {t(`exposure.${tag}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  className="weight-input"
                  inputMode="decimal"
                  aria-label={`${t('override.weight')} ${index + 1}`}
                  aria-describedby={[sumId, describedBy].filter(Boolean).join(' ')}
                  value={row.percent}
                  onChange={(e) => update(index, { percent: e.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`${t('override.removeTag')} ${index + 1}`}
                  title={t('override.removeTag')}
                  disabled={rows.length === 1}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="blend-foot">
        <button type="button" onClick={() => onChange([...rows, { tag: '', percent: '' }])} disabled={rows.length >= CHOOSABLE_TAGS.length}>
          {t('override.addTag')}
        </button>
        <span id={sumId} className={`blend-sum${Math.abs(sum - 100) > 0.005 ? ' is-off' : ''}`} aria-live="polite">
          {t('override.sum', { sum: fmt.percent(sum / 100, 2) })}
        </span>
      </div>
    </div>
  );
}
