import { useId } from 'react';
import type { RunResult } from '../../../shared/engine/run-result';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { attributionBasis, attributionTotal, attributionView, hasBothViews, lossText, type AttributionView } from './results-model';

type Props = { result: RunResult; view: AttributionView; onChange: (view: AttributionView) => void; fmt: Formatters };

/**
 * What the phase-one parts below are, and what they add up to; for runs with paths, a choice between the expectation
 * over the paths (adds up to the mean loss) and the single mean path (adds up to that path's own loss).
 */
export function AttributionChoice({ result, view, onChange, fmt }: Props) {
  const t = useT();
  const name = useId();
  const shown = attributionView(result, view);
  const total = attributionTotal(shown);
  const basis = attributionBasis(shown, fmt, t);
  const tiesToMean = shown.phaseOne.attribution === 'paths' || result.meta.paths === 0;
  return (
    <div className="attribution-choice" data-testid="attribution-choice">
      {hasBothViews(result) && (
        <div className="attribution-field" role="radiogroup" aria-labelledby={`${name}-label`}>
          <span id={`${name}-label`} className="attribution-label">
            {t('results.attribution.legend')}
          </span>
          <div className="segmented">
            {(['paths', 'meanPath'] as const).map((v) => (
              <label key={v} className={v === view ? 'is-selected' : undefined}>
                <input type="radio" name={name} value={v} checked={view === v} onChange={() => onChange(v)} data-testid={`attribution-${v}`} />
                {t(v === 'paths' ? 'results.attribution.paths' : 'results.attribution.meanPath')}
              </label>
            ))}
          </div>
        </div>
      )}
      <p className="hint" data-testid="attribution-note">
        {tiesToMean
          ? t('results.attribution.note', { basis, total: lossText(total, fmt, t) })
          : t('results.attribution.noteMeanPath', { basis, total: lossText(total, fmt, t), meanLoss: lossText(result.phaseOne.meanLoss, fmt, t) })}
      </p>
    </div>
  );
}
