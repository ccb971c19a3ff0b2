import { useId } from 'react';
import type { RunRecord } from '../../../shared/api/runs-api';
import { Banner } from '../components/banner';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { usePortfolioStore } from '../portfolio/portfolio-store';
import { WhatIfCard } from '../what-if/what-if-card';
import { useWhatIfStore } from '../what-if/what-if-store';
import { hedgePlan, type HedgePlan } from './hedge-plan';
import { HedgeTable } from './hedge-table';
import { useHedgesStore } from './hedges-store';

/** "Run 12 of 51" with a bar and Cancel, while the search goes. */
function HedgeProgress({ fmt }: { fmt: Formatters }) {
  const t = useT();
  const { done, total } = useHedgesStore();
  return (
    <div className="run-progress-row hedge-progress" data-testid="hedge-running">
      {total === 0 ? <progress aria-label={t('hedge.ui.progressLabel')} /> : <progress aria-label={t('hedge.ui.progressLabel')} value={done} max={total} data-testid="hedge-progress" />}
      <span className="run-progress-text num-text" data-testid="hedge-progress-text">
        {total === 0 ? t('hedge.ui.starting') : t('hedge.ui.progress', { done: fmt.number(done), total: fmt.number(total) })}
      </span>
      <button type="button" onClick={() => void useHedgesStore.getState().cancel()} data-testid="hedge-cancel">
        {t('results.cancel')}
      </button>
    </div>
  );
}

/** What the search will do, before it is started. */
function PlanLine({ plan, record, fmt }: { plan: Extract<HedgePlan, { ok: true }>; record: RunRecord; fmt: Formatters }) {
  const t = useT();
  return (
    <p className="hint">
      {t('hedge.ui.plan', { paths: fmt.number(plan.paths), seed: String(plan.seed) })}
      {plan.capped && ` ${t('hedge.ui.capped', { runPaths: fmt.number(record.meta.paths), paths: fmt.number(plan.paths) })}`}
    </p>
  );
}

/** Hedges for the run shown: find the trades that cut its phase-one ES most per dollar, and try one as a what-if. */
export function HedgesPanel({ record, fmt }: { record: RunRecord; fmt: Formatters }) {
  const t = useT();
  const titleId = useId();
  const portfolioIds = usePortfolioStore((s) => s.portfolios.map((p) => p.id).join('\n'));
  const plan = hedgePlan(record, portfolioIds.split('\n'));
  const store = useHedgesStore();
  const mine = store.runId === record.runId;
  const phase = mine ? store.phase : 'idle';
  const report = mine ? store.report : null;
  const { applying, applyError, made } = useWhatIfStore();
  const currency = record.result.meta.baseCurrency;
  const apply = (index: number) => {
    const c = report?.candidates[index];
    if (c && plan.ok) void useWhatIfStore.getState().apply(plan.request.portfolioId!, c.trade, c.cost, record.runId);
  };

  return (
    <section className="panel hedges-panel" aria-labelledby={titleId} data-testid="hedges-panel">
      <div className="hedges-head">
        <h2 id={titleId}>{t('hedge.ui.title')}</h2>
        {plan.ok && phase !== 'searching' && (
          <button type="button" className="primary" onClick={() => void store.find(record.runId, plan.request)} data-testid="hedge-find">
            {phase === 'done' ? t('hedge.ui.findAgain') : t('hedge.ui.find')}
          </button>
        )}
      </div>
      <p className="hint">{t('hedge.ui.intro')}</p>
      {!plan.ok && <p className="note" data-testid="hedge-unavailable">{t(plan.why === 'meanPathOnly' ? 'hedge.ui.meanPathOnly' : 'hedge.ui.noPortfolio')}</p>}
      {plan.ok && phase !== 'done' && <PlanLine plan={plan} record={record} fmt={fmt} />}
      {phase === 'searching' && <HedgeProgress fmt={fmt} />}
      {phase === 'cancelled' && (
        <p className="run-status" role="status" data-testid="hedge-cancelled">
          {t('hedge.cancelled')}
        </p>
      )}
      {phase === 'failed' && (
        <Banner kind="error" testId="hedge-error">
          {store.error}
        </Banner>
      )}
      {report && (
        <>
          <p className="hedge-ranking" data-testid="hedge-ranking">
            {t('hedge.ui.ranking', {
              es: fmt.moneyUnits(report.esBefore),
              count: fmt.number(report.candidates.length),
              paths: fmt.number(report.paths),
              seed: String(report.seed),
            })}
          </p>
          {report.paths !== record.meta.paths && <p className="hint">{t('hedge.ui.esDiffers', { runEs: fmt.moneyUnits(record.result.phaseOne.es975), runPaths: fmt.number(record.meta.paths) })}</p>}
          {made?.baseRunId === record.runId && <WhatIfCard view={made.view} baseRunId={record.runId} fmt={fmt} />}
          {applyError && (
            <Banner kind="error" testId="what-if-error">
              {applyError}
            </Banner>
          )}
          {report.candidates.length === 0 ? <p className="muted">{t('hedge.ui.none')}</p> : <HedgeTable report={report} currency={currency} fmt={fmt} onApply={apply} applying={applying} />}
        </>
      )}
    </section>
  );
}
