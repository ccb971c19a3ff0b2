import type { FitProblem } from '../../../shared/model/fit/fit-types';
import { fitProblemText } from '../../../shared/model/fit/fit-problems';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';

/** The fit's remarks on the file, each with its line and column where it has one, errors first. */
export function FitRemarks({ problems }: { problems: readonly FitProblem[] }) {
  const t = useT();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  if (problems.length === 0) return <p className="hint">{t('fit.noRemarks')}</p>;
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...problems].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <section className="fit-remarks" aria-label={t('fit.remarks', { count: problems.length })} data-testid="fit-remarks">
      <h4>{t('fit.remarks', { count: problems.length })}</h4>
      <ul>
        {sorted.map((p, i) => (
          <li key={i} className={`is-${p.severity}`} data-severity={p.severity}>
            <span className="fit-severity">{t(`fit.severity.${p.severity}`)}</span> {fitProblemText(p, t, locale)}
          </li>
        ))}
      </ul>
    </section>
  );
}
