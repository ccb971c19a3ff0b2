import { useId } from 'react';
import { oddsReading } from '../../../shared/model/plausibility-odds';
import { oddsPhrase } from '../../../shared/sources/plausibility-text';
import type { Formatters } from '../format/format';
import { useT, type TranslateFn } from '../i18n/use-t';
import { useLibraryStore } from '../scenarios/library-store';
import { comparisonSentence, compareSigma, sigmaBand } from '../scenarios/plausibility';
import { PlausibilityOdds } from '../sources/plausibility-odds';
import type { Reached } from './reverse-model';

/** Where d ranks among the built-ins, as the back end counted them (milder = smaller d). */
export function rankText(milder: number, count: number, fmt: Formatters, t: TranslateFn): string {
  if (milder === 0) return t('reverse.ui.rank.mildest', { count: fmt.number(count) });
  if (milder >= count) return t('reverse.ui.rank.severest', { count: fmt.number(count) });
  return t('reverse.ui.rank.between', { milder: fmt.number(milder), count: fmt.number(count) });
}

/** d of the answer, read as odds under the normal model, and its place among the built-in scenarios. */
export function ReversePlausibility({ answer, fmt, locale }: { answer: Reached; fmt: Formatters; locale: string }) {
  const t = useT();
  const titleId = useId();
  const references = useLibraryStore((s) => s.references);
  const horizon = answer.scenario.phaseOne.horizonWeeks;
  return (
    <section className="panel rv-plausibility" aria-labelledby={titleId} data-testid="reverse-plausibility">
      <h3 id={titleId}>{t('scenarios.plausibility.title')}</h3>
      <dl className="sc-plausibility-figures">
        <div>
          <dt>{t('scenarios.plausibility.sigma')}</dt>
          <dd data-testid="reverse-d">{fmt.number(answer.d, 2)}</dd>
        </div>
        <div className="sc-odds-row">
          <dt>{t('sources.odds.label')}</dt>
          <dd data-testid="reverse-one-in">{oddsPhrase(oddsReading(answer.d, horizon), locale)}</dd>
        </div>
        <div className="sc-odds-row">
          <dt>{t('reverse.ui.rank.label')}</dt>
          <dd data-testid="reverse-rank">{rankText(answer.milderBuiltIns, answer.builtIns, fmt, t)}</dd>
        </div>
      </dl>
      <p className="sc-band">{t(`scenarios.plausibility.band.${sigmaBand(answer.d)}`, { sigma: fmt.number(answer.d, 1) })}</p>
      {references && <p className="sc-comparison">{comparisonSentence(compareSigma(answer.d, references), fmt, locale)}</p>}
      <PlausibilityOdds sigma={answer.d} horizonWeeks={horizon} references={references} locale={locale} />
    </section>
  );
}
