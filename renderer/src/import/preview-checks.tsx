import { refText } from '../../../shared/import/issue-text';
import type { CheckFigure } from '../../../shared/import/types';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { checkFigureDiffers } from './preview-model';

/** Totals the file states next to what the imported holdings add up to; a difference over a cent is flagged. */
export function PreviewChecks({ figures }: { figures: CheckFigure[] }) {
  const t = useT();
  const fmt = useFormatters();
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="import-checks-title">
      <h3 id="import-checks-title">{t('import.checksTitle')}</h3>
      <div className="table-wrap">
        <table className="holdings compact" data-testid="import-checks">
          <thead>
            <tr>
              <th scope="col">{t('import.checks.col.label')}</th>
              <th scope="col" className="num">
                {t('import.col.line')}
              </th>
              <th scope="col" className="num">
                {t('import.checks.col.expected')}
              </th>
              <th scope="col" className="num">
                {t('import.checks.col.actual')}
              </th>
              <th scope="col">{t('import.checks.col.result')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => {
              const differs = checkFigureDiffers(f);
              return (
                <tr key={`${f.line}|${f.label}`} className={differs ? 'is-mismatch' : undefined} data-testid="import-check">
                  <th scope="row">{(f.labelRef && refText(f.labelRef, t)) ?? f.label}</th>
                  <td className="num">{f.line}</td>
                  <td className="num">{fmt.moneyIn(f.expectedCents, f.currency)}</td>
                  <td className="num">{fmt.moneyIn(f.actualCents, f.currency)}</td>
                  <td>
                    {differs ? (
                      <span className="badge badge-mismatch">
                        {t('import.checks.differ', { amount: fmt.moneyIn(Math.abs(f.expectedCents - f.actualCents), f.currency) })}
                      </span>
                    ) : (
                      <span className="badge badge-match">{t('import.checks.match')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
