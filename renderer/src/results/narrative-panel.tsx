import { useId } from 'react';
import type { RunRecord } from '../../../shared/api/runs-api';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { narrative } from './narrative';

/** A few sentences at the top of a run's results, built from its numbers. */
export function NarrativePanel({ record, fmt }: { record: RunRecord; fmt: Formatters }) {
  const t = useT();
  const titleId = useId();
  return (
    <section className="panel narrative" aria-labelledby={titleId} data-testid="results-narrative">
      <h2 id={titleId} className="visually-hidden">
        {t('results.narrative.title')}
      </h2>
      {Object.values(narrative(record, fmt, t)).map((sentences, i) => (
        <p key={i} data-testid="narrative-paragraph">
          {fmt.sentences(sentences)}
        </p>
      ))}
    </section>
  );
}

/** After a re-run: whether the new result matches the saved one it reproduces, figure for figure. */
export function RerunVerdict({ original, same, fmt }: { original: RunRecord; same: boolean; fmt: Formatters }) {
  const t = useT();
  const date = fmt.dateTime(original.createdAt);
  return (
    <p className={`rerun-verdict ${same ? 'is-same' : 'is-different'}`} role="status" data-testid="rerun-verdict" data-same={same}>
      {same ? t('results.rerun.identical', { date }) : t('results.rerun.different', { date, version: original.meta.appVersion })}
    </p>
  );
}
