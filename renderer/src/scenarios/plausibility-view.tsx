import { oddsReading } from '../../../shared/model/plausibility-odds';
import { oddsPhrase } from '../../../shared/sources/plausibility-text';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { PlausibilityOdds } from '../sources/plausibility-odds';
import { useLibraryStore } from './library-store';
import { comparisonSentence, compareSigma, sigmaBand } from './plausibility';

type Props = {
  plausibility: { mahalanobis: number; sigma: number };
  /** The shock's horizon: the odds are per horizon, turned into years. */
  horizonWeeks: number;
  /** The scenario shown: a built-in is not compared with itself. */
  scenarioId: string;
  hasShock: boolean;
  fmt: Formatters;
  locale: string;
};

/** d (sigma) and d² of the core shocks, with words: the band, the odds under the normal model, where it lies among the built-ins. */
export function PlausibilityView({ plausibility, horizonWeeks, scenarioId, hasShock, fmt, locale }: Props) {
  const t = useT();
  const references = useLibraryStore((s) => s.references);
  const referencesError = useLibraryStore((s) => s.referencesError);
  const { mahalanobis, sigma } = plausibility;
  const others = references?.filter((r) => r.id !== scenarioId) ?? null;
  let sentence: string;
  if (!hasShock) sentence = t('scenarios.plausibility.noShock');
  else if (others !== null) sentence = comparisonSentence(compareSigma(sigma, others), fmt, locale);
  else if (referencesError !== null) sentence = t('scenarios.plausibility.referencesFailed', { message: referencesError });
  else sentence = t('scenarios.plausibility.loading');
  return (
    <div className="sc-plausibility" data-testid="plausibility">
      <h3>{t('scenarios.plausibility.title')}</h3>
      <dl className="sc-plausibility-figures">
        <div>
          <dt>{t('scenarios.plausibility.sigma')}</dt>
          <dd data-testid="plausibility-sigma">{fmt.number(sigma, 1)}</dd>
        </div>
        <div>
          <dt>{t('scenarios.plausibility.d2')}</dt>
          <dd data-testid="plausibility-d2">{fmt.number(mahalanobis, 2)}</dd>
        </div>
        {hasShock && (
          <div className="sc-odds-row">
            <dt>{t('sources.odds.label')}</dt>
            <dd data-testid="plausibility-one-in">{oddsPhrase(oddsReading(sigma, horizonWeeks), locale)}</dd>
          </div>
        )}
      </dl>
      {hasShock && <p className="sc-band">{t(`scenarios.plausibility.band.${sigmaBand(sigma)}`, { sigma: fmt.number(sigma, 1) })}</p>}
      <p className="sc-comparison" data-testid="plausibility-comparison">
        {sentence}
      </p>
      {hasShock && <PlausibilityOdds sigma={sigma} horizonWeeks={horizonWeeks} references={references} locale={locale} />}
      <p className="hint">{t('scenarios.plausibility.hint')}</p>
    </div>
  );
}
