import { useEffect, useId } from 'react';
import type { Scenario } from '../../../shared/domain/scenario';
import type { RunResult } from '../../../shared/engine/run-result';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { useLibraryStore } from '../scenarios/library-store';
import { FactorSources } from '../sources/factor-sources';
import { PlausibilityOdds } from '../sources/plausibility-odds';
import { useAppStore } from '../stores/app-store';
import { factorRows, formatFactorMove, sigmaBand } from './results-model';

type Props = { phaseOne: RunResult['phaseOne']; scenario: Scenario; fmt: Formatters };

/** The built-ins' d for scale: the scenario library scores them once (loaded here if the Scenarios screen has not). */
function useReferences() {
  const references = useLibraryStore((s) => s.references);
  const status = useLibraryStore((s) => s.status);
  const load = useLibraryStore((s) => s.load);
  useEffect(() => {
    if (status === 'idle') void load();
  }, [status, load]);
  return references;
}

/** The phase-one factor moves (core shocks with their sources, the rest "propagated") and the shock's plausibility with its odds. */
export function FactorTable({ phaseOne, scenario, fmt }: Props) {
  const t = useT();
  const titleId = useId();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  const references = useReferences();
  const { mahalanobis, sigma } = phaseOne.plausibility;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('results.factors.title')}</h2>
      <table className="holdings compact summary-table factor-moves" data-testid="factor-moves">
        <caption className="visually-hidden">{t('results.factors.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.factors.col.factor')}</th>
            <th scope="col" className="num">
              {t('results.factors.col.move')}
            </th>
            <th scope="col">{t('results.factors.col.kind')}</th>
            <th scope="col">{t('results.factors.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {factorRows(phaseOne.factors, scenario.phaseOne.shocks).map((row) => {
            const move = formatFactorMove(row, fmt);
            return (
              <tr key={row.factor} data-factor={row.factor} data-testid="factor-row" className={row.shocked ? 'is-shocked' : undefined}>
                <th scope="row">
                  {t(`results.factor.${row.factor}`)} <code className="factor-code">{row.factor}</code>
                </th>
                <td className="num">{row.unit === 'bp' ? t('results.factors.bp', { value: move }) : move}</td>
                <td>
                  <span className={`badge ${row.shocked ? 'badge-shocked' : 'badge-propagated'}`}>
                    {t(row.shocked ? 'results.factors.shocked' : 'results.factors.propagated')}
                  </span>
                </td>
                <td className="factor-cited">{row.shocked ? <FactorSources lines={scenario.sources} factor={row.factor} /> : <span className="muted">{t('results.factors.source.propagated')}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('results.plausibility.title')}</h3>
      <p className="plausibility" data-testid="plausibility">
        {t('results.plausibility.text', {
          distance: fmt.number(mahalanobis, 2),
          sigma: fmt.number(sigma, 1),
          band: t(`results.plausibility.${sigmaBand(sigma)}`),
        })}
      </p>
      <PlausibilityOdds sigma={sigma} horizonWeeks={scenario.phaseOne.horizonWeeks} references={references} locale={locale} />
    </section>
  );
}
