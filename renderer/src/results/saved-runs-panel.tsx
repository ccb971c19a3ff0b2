import { useId, useState } from 'react';
import type { RunSummary } from '../../../shared/api/runs-api';
import { Banner } from '../components/banner';
import { KeptFiles } from '../components/kept-files';
import { createFormatters } from '../format/format';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { DeleteRunDialog } from './delete-run-dialog';
import { isBusy, useRunStore } from './run-store';
import { useSavedRunsStore } from './saved-runs-store';
import { scenarioName } from '../../../shared/i18n/builtin-text';

/** One saved run: when, what, on which book, its mean loss, and Open / Re-run / Delete. */
function SavedRunRow({ run, current, busy, onDelete }: { run: RunSummary; current: boolean; busy: boolean; onDelete: () => void }) {
  const t = useT();
  const fmt = useFormatters();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  const money = createFormatters(locale, run.baseCurrency);
  const { opening, open, rerun } = useSavedRunsStore();
  const scenario = scenarioName({ id: run.scenarioId, name: run.scenarioName });
  const what = { scenario, portfolio: run.portfolioName, date: fmt.dateTime(run.createdAt) };
  return (
    <tr data-testid="saved-run-row" data-run-id={run.runId} aria-current={current || undefined} className={current ? 'is-current' : undefined}>
      <td className="num-text">{fmt.dateTime(run.createdAt)}</td>
      <th scope="row" className="saved-run-scenario">
        {scenario}
      </th>
      <td>{run.portfolioName}</td>
      <td className="num">{fmt.number(run.paths)}</td>
      <td className="num">{t('results.saved.meanLoss', { amount: money.moneyUnits(run.meanLoss), pct: fmt.percent(run.meanLossPct) })}</td>
      <td className="saved-run-actions">
        <button
          type="button"
          disabled={busy || current || opening !== null}
          aria-label={t('results.saved.open.label', what)}
          onClick={() => void open(run.runId)}
          data-testid="saved-run-open"
        >
          {current ? t('results.saved.showing') : opening === run.runId ? t('results.saved.opening') : t('results.saved.open')}
        </button>
        <button type="button" disabled={busy} aria-label={t('results.saved.rerun.label', what)} onClick={() => void rerun(run.runId)} data-testid="saved-run-rerun">
          {t('results.saved.rerun')}
        </button>
        <button type="button" className="danger" aria-label={t('results.saved.delete.label', what)} onClick={onDelete} data-testid="saved-run-delete">
          {t('results.saved.delete')}
        </button>
      </td>
    </tr>
  );
}

/** The saved runs, newest first, to re-open one exactly as saved, run it again, or delete it. */
export function SavedRunsPanel() {
  const t = useT();
  const fmt = useFormatters();
  const titleId = useId();
  const { runs, status, error, actionError, load } = useSavedRunsStore();
  const shown = useRunStore((s) => (s.phase === 'done' ? (s.record?.runId ?? null) : null));
  const busy = isBusy(useRunStore((s) => s.phase));
  const [deleting, setDeleting] = useState<RunSummary | null>(null);
  return (
    <section className="panel saved-runs" aria-labelledby={titleId} data-testid="saved-runs">
      <h2 id={titleId}>{t('results.saved.title', { count: fmt.number(runs.length) })}</h2>
      {status === 'error' && (
        <Banner
          kind="error"
          onRetry={load}
        >
          {t('results.saved.loadFailed', { message: error ?? '' })}
        </Banner>
      )}
      {actionError !== null && <Banner kind="error">{t('results.saved.actionFailed', { message: actionError })}</Banner>}
      {runs.length === 0 ? (
        <p className="hint">{status === 'ready' ? t('results.saved.empty') : status === 'error' ? '' : t('common.loading')}</p>
      ) : (
        <div className="table-wrap saved-runs-wrap">
          <table className="holdings compact" data-testid="saved-runs-table">
            <caption className="visually-hidden">{t('results.saved.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.saved.col.date')}</th>
                <th scope="col">{t('results.saved.col.scenario')}</th>
                <th scope="col">{t('results.saved.col.portfolio')}</th>
                <th scope="col" className="num">
                  {t('results.saved.col.paths')}
                </th>
                <th scope="col" className="num">
                  {t('results.saved.col.meanLoss')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('results.saved.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <SavedRunRow key={run.runId} run={run} current={run.runId === shown} busy={busy} onDelete={() => setDeleting(run)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <KeptFiles what="run" testId="saved-runs-kept" />
      <p className="hint saved-runs-hint">{t('results.saved.hint')}</p>
      {deleting !== null && <DeleteRunDialog run={deleting} onClose={() => setDeleting(null)} />}
    </section>
  );
}
