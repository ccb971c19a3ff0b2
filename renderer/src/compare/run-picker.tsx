import { useId } from 'react';
import type { RunSummary } from '../../../shared/api/runs-api';
import { createFormatters } from '../format/format';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { routeHref } from '../routing/routes';
import { useAppStore } from '../stores/app-store';
import { MAX_COMPARED, useCompareStore } from './compare-store';
import { scenarioName } from '../../../shared/i18n/builtin-text';

/** One saved run with a checkbox; the fifth can't be ticked while four are. */
function PickRow({ run, index }: { run: RunSummary; index: number }) {
  const t = useT();
  const fmt = useFormatters();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  const { selected, toggle } = useCompareStore();
  const checkboxId = useId();
  const position = selected.indexOf(run.runId);
  const checked = position >= 0;
  const full = selected.length >= MAX_COMPARED && !checked;
  const money = createFormatters(locale, run.baseCurrency);
  return (
    <tr data-testid="compare-pick-row" data-run-id={run.runId} className={checked ? 'is-picked' : undefined}>
      <td className="pick-cell">
        <input
          id={checkboxId}
          type="checkbox"
          checked={checked}
          disabled={full}
          onChange={() => void toggle(run.runId)}
          aria-describedby={`${checkboxId}-d`}
          data-testid="compare-pick"
          data-index={index}
        />
        {checked && <span className={`series-swatch series-${position + 1}`} aria-hidden="true" />}
      </td>
      <th scope="row">
        <label htmlFor={checkboxId}>{scenarioName({ id: run.scenarioId, name: run.scenarioName })}</label>
      </th>
      <td id={`${checkboxId}-d`}>{t('compare.pick.detail', { portfolio: run.portfolioName, date: fmt.dateTime(run.createdAt) })}</td>
      <td className="num">{fmt.number(run.paths)}</td>
      <td className="num">{t('results.saved.meanLoss', { amount: money.moneyUnits(run.meanLoss), pct: fmt.percent(run.meanLossPct) })}</td>
    </tr>
  );
}

/** The saved runs with checkboxes: pick two to four to compare. */
export function RunPicker({ runs, status }: { runs: RunSummary[]; status: string }) {
  const t = useT();
  const fmt = useFormatters();
  const titleId = useId();
  const count = useCompareStore((s) => s.selected.length);
  return (
    <section className="panel compare-picker" aria-labelledby={titleId} data-testid="compare-picker">
      <h2 id={titleId}>{t('compare.pick.title')}</h2>
      <p className="hint" aria-live="polite">
        {t('compare.pick.hint', { count: fmt.number(count), max: fmt.number(MAX_COMPARED) })}
      </p>
      {runs.length === 0 ? (
        <p className="hint" data-testid="compare-no-runs">
          {status === 'ready' ? t('compare.pick.none') : t('common.loading')} {status === 'ready' && <a href={routeHref('results')}>{t('compare.pick.toResults')}</a>}
        </p>
      ) : (
        <div className="table-wrap compare-picker-wrap">
          <table className="holdings compact">
            <caption className="visually-hidden">{t('compare.pick.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('compare.pick.col.pick')}</span>
                </th>
                <th scope="col">{t('results.saved.col.scenario')}</th>
                <th scope="col">{t('compare.pick.col.detail')}</th>
                <th scope="col" className="num">
                  {t('results.saved.col.paths')}
                </th>
                <th scope="col" className="num">
                  {t('results.saved.col.meanLoss')}
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run, i) => (
                <PickRow key={run.runId} run={run} index={i} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
