import { useId, type ReactNode } from 'react';
import type { RunResult } from '../../../shared/engine/run-result';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { lossText } from './results-model';

/** One term of a headline list: a label, an optional hint under it, and the figure. */
export function Figure({ label, hint, children, testId }: { label: string; hint?: string; children: ReactNode; testId?: string }) {
  return (
    <div className="figure" data-testid={testId}>
      <dt>
        {label}
        {hint && <span className="figure-hint">{hint}</span>}
      </dt>
      <dd className="num-text">{children}</dd>
    </div>
  );
}

type Props = { phaseOne: RunResult['phaseOne']; fmt: Formatters };

/** Start value, mean loss, VaR, expected shortfall and the margin call. */
export function PhaseOneHeadline({ phaseOne, fmt }: Props) {
  const t = useT();
  const titleId = useId();
  const { marginCall } = phaseOne;
  const loss = (value: number) => lossText(value, fmt, t);
  const sales = marginCall.forcedSales;
  const salesText =
    sales.length === 0
      ? t('results.margin.salesNone')
      : t('results.margin.salesList', {
          symbols: sales.map((s) => s.symbol).join(', '),
          proceeds: fmt.moneyUnits(sales.reduce((sum, s) => sum + s.proceeds, 0)),
          cost: fmt.moneyUnits(sales.reduce((sum, s) => sum + s.cost, 0)),
          days: fmt.duration(Math.ceil(marginCall.daysToComplete), 'day'),
        });
  return (
    <section className="panel headline-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('results.phaseOne.title')}</h2>
      <dl className="figures">
        <Figure label={t('results.startValue')} testId="headline-start-value">
          {fmt.moneyUnits(phaseOne.startValue)}
        </Figure>
        <Figure label={t('results.meanLoss')} testId="headline-mean-loss">
          {t('results.meanLoss.value', { amount: loss(phaseOne.meanLoss), pct: fmt.percent(phaseOne.meanLossPct) })}
        </Figure>
        <Figure label={t('results.var95')} hint={t('results.var95.hint')} testId="headline-var95">
          {loss(phaseOne.var95)}
        </Figure>
        <Figure label={t('results.var99')} hint={t('results.var99.hint')} testId="headline-var99">
          {loss(phaseOne.var99)}
        </Figure>
        <Figure label={t('results.es975')} hint={t('results.es975.hint')} testId="headline-es975">
          {loss(phaseOne.es975)}
        </Figure>
        <Figure label={t('results.margin')} testId="headline-margin">
          {t(marginCall.triggered ? 'results.margin.yes' : 'results.margin.no')}
        </Figure>
        <Figure label={t('results.margin.probability')} testId="headline-margin-probability">
          {t('results.margin.probability.value', { pct: fmt.percent(marginCall.probability) })}
        </Figure>
        <Figure label={t('results.margin.lockedIn')} testId="headline-locked-in">
          {loss(marginCall.lockedInLoss)}
        </Figure>
        <Figure label={t('results.margin.sales')} testId="headline-forced-sales">
          {salesText}
        </Figure>
      </dl>
    </section>
  );
}
