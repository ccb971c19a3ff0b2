import { oddsSentence, rangeSentence, tailCaveat } from '../../../shared/sources/plausibility-text';
import type { ScoredScenario } from '../../../shared/model/plausibility-odds';

type Props = {
  sigma: number;
  horizonWeeks: number;
  /** The built-ins' d, for scale; null while they are being scored. */
  references: readonly ScoredScenario[] | null;
  locale: string;
};

/** d as odds under the normal model, why stress scenarios sit far beyond them, and the built-ins' range for scale. */
export function PlausibilityOdds({ sigma, horizonWeeks, references, locale }: Props) {
  const range = references ? rangeSentence(references, locale) : null;
  return (
    <div className="plausibility-odds" data-testid="plausibility-odds">
      <p>{oddsSentence(sigma, horizonWeeks, locale)}</p>
      <p className="hint">{tailCaveat()}</p>
      {range && (
        <p className="hint" data-testid="plausibility-range">
          {range}
        </p>
      )}
    </div>
  );
}
