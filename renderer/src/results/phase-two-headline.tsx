import { useId } from 'react';
import type { RunResult } from '../../../shared/engine/run-result';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { Figure } from './phase-one-headline';
import { horizonWeeks, lossText, medianPoints, recoveryOdds } from './results-model';

type Props = { result: RunResult; fmt: Formatters };

/**
 * Median value at weeks 4, 13, 26 and 52, the recovery odds and time, phase two's margin calls (beside phase one's
 * in the panel next to this one; absent in runs saved before them), the income accrued, defaults and a cash need
 * (the ladder has its own panel).
 */
export function PhaseTwoHeadline({ result, fmt }: Props) {
  const t = useT();
  const titleId = useId();
  const { phaseTwo } = result;
  const horizon = horizonWeeks(phaseTwo);
  const odds = recoveryOdds(phaseTwo);
  const need = phaseTwo.liquidityLadder.cashNeed;
  const pct = (p: number | null) => (p === null ? t('results.none') : t('results.recovery.value', { pct: fmt.percent(p) }));
  return (
    <section className="panel headline-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('results.phaseTwo.title')}</h2>
      <dl className="figures">
        {medianPoints(result).map((point) => (
          <Figure key={point.week} label={t('results.median.week', { week: fmt.number(point.week) })} testId={`headline-median-${point.week}`}>
            {point.value === null
              ? t('results.median.beyond', { weeks: fmt.number(horizon) })
              : t('results.median.value', {
                  amount: fmt.moneyUnits(point.value),
                  change: point.change === null ? t('results.none') : fmt.signedPercent(point.change),
                })}
          </Figure>
        ))}
        <Figure label={t('results.recovery', { week: fmt.number(odds.week) })} testId="headline-recovery">
          {pct(odds.probability)}
        </Figure>
        <Figure label={t('results.recoveryTime')} testId="headline-recovery-time">
          {phaseTwo.medianWeeksToRecover === null
            ? t('results.recoveryTime.never', { weeks: fmt.duration(horizon, 'week') })
            : fmt.duration(phaseTwo.medianWeeksToRecover, 'week')}
        </Figure>
        {phaseTwo.marginCall && (
          <>
            <Figure label={t('results.marginTwo')} testId="headline-margin-two">
              {phaseTwo.marginCall.meanPath.week === null
                ? t('results.margin.no')
                : t('results.marginTwo.week', { week: fmt.number(phaseTwo.marginCall.meanPath.week) })}
            </Figure>
            <Figure label={t('results.marginTwo.probability')} testId="headline-margin-two-probability">
              {phaseTwo.marginCall.medianWeek === null
                ? t('results.margin.probability.value', { pct: fmt.percent(phaseTwo.marginCall.probability) })
                : t('results.marginTwo.probability.value', { pct: fmt.percent(phaseTwo.marginCall.probability), week: fmt.number(phaseTwo.marginCall.medianWeek) })}
            </Figure>
            <Figure label={t('results.marginTwo.lockedIn')} hint={t('results.marginTwo.lockedIn.hint')} testId="headline-margin-two-locked-in">
              {lossText(phaseTwo.marginCall.lockedLoss, fmt, t)}
            </Figure>
          </>
        )}
        {phaseTwo.income && (
          <Figure label={t('results.income', { week: fmt.number(horizon) })} testId="headline-income">
            {t('results.income.value', { amount: fmt.moneyUnits(phaseTwo.income.mean) })}
          </Figure>
        )}
        <Figure label={t('results.defaults')} testId="headline-defaults">
          {t('results.defaults.value', { count: fmt.number(phaseTwo.defaults.expected, 1) })}
        </Figure>
        {need !== null && (
          <Figure label={t('results.cashNeed', { amount: fmt.moneyUnits(need.amount) })} testId="headline-cash-need">
            {need.dayMet === null
              ? t('results.cashNeed.short', { shortfall: fmt.moneyUnits(need.shortfall) })
              : t('results.cashNeed.met', { day: fmt.number(need.dayMet), cost: fmt.moneyUnits(need.cost) })}
          </Figure>
        )}
      </dl>
    </section>
  );
}
