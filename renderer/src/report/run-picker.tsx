import { useId } from 'react';
import type { RunSummary } from '../../../shared/api/runs-api';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { MAX_COMPARED, useReportStore } from './report-store';
import { scenarioName } from '../../../shared/i18n/builtin-text';

const LABELS = ['A', 'B', 'C', 'D'] as const;

function RunOption({ run, order }: { run: RunSummary; order: number }) {
  const t = useT();
  const f = useFormatters(run.baseCurrency);
  const toggle = useReportStore((s) => s.toggleRun);
  const full = useReportStore((s) => s.selected.length >= MAX_COMPARED);
  const chosen = order >= 0;
  return (
    <li className={chosen ? 'report-run is-chosen' : 'report-run'}>
      <label>
        <input type="checkbox" checked={chosen} disabled={!chosen && full} onChange={() => toggle(run.runId)} data-testid={`report-run-${run.runId}`} />
        <span className="report-run-badge" aria-hidden={!chosen}>
          {chosen ? LABELS[order] : ''}
        </span>
        <span className="report-run-text">
          <strong>{t('report.ui.runLine', { scenario: scenarioName({ id: run.scenarioId, name: run.scenarioName }), portfolio: run.portfolioName })}</strong>
          <span className="hint">
            {t('report.ui.runDetails', {
              date: f.dateTime(run.createdAt),
              loss: f.moneyUnits(run.meanLoss),
              pct: f.percent(run.meanLossPct),
              paths: f.number(run.paths),
              seed: run.seed,
            })}
          </span>
        </span>
      </label>
    </li>
  );
}

/** The saved runs, newest first: one chosen gives its report, two to four give a comparison (in the order chosen). */
export function RunPicker() {
  const t = useT();
  const hintId = useId();
  const runs = useReportStore((s) => s.runs);
  const selected = useReportStore((s) => s.selected);
  return (
    <fieldset className="field report-runs" aria-describedby={hintId}>
      <legend>{t('report.ui.runs')}</legend>
      <p className="hint" id={hintId}>
        {t('report.ui.runsHint', { max: MAX_COMPARED })}
      </p>
      <ul data-testid="report-runs">
        {runs.map((run) => (
          <RunOption key={run.runId} run={run} order={selected.indexOf(run.runId)} />
        ))}
      </ul>
    </fieldset>
  );
}
