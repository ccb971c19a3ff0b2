import { useId } from 'react';
import type { RunRecord } from '../../../shared/api/runs-api';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { settingsDiff } from './settings-diff';

/** The scenario settings that differ between the compared runs (only those), one column per run. */
export function SettingsDiffTable({ records, labels }: { records: RunRecord[]; labels: string[] }) {
  const t = useT();
  const titleId = useId();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  const rows = settingsDiff(records, locale, t);
  return (
    <section className="panel" aria-labelledby={titleId} data-testid="settings-diff">
      <h2 id={titleId}>{t('compare.diff.title')}</h2>
      {rows.length === 0 ? (
        <p className="hint" data-testid="settings-diff-none">
          {t('compare.diff.none')}
        </p>
      ) : (
        <>
          <p className="hint">{t('compare.diff.hint')}</p>
          <div className="table-scroll">
            <table className="holdings compact summary-table settings-diff-table">
              <caption className="visually-hidden">{t('compare.diff.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.diff.col.setting')}</th>
                  {labels.map((label, i) => (
                    <th key={`${label}-${i}`} scope="col">
                      <span className={`series-swatch series-${i + 1}`} aria-hidden="true" />
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} data-testid="settings-diff-row" data-setting={row.id}>
                    <th scope="row">{row.label}</th>
                    {row.values.map((value, i) => (
                      <td key={i} className="settings-diff-value">
                        {value}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
