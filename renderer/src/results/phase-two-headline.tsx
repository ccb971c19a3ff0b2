import { useId } from 'react';
import type { RunResult } from '../../../shared/engine/run-result';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { Figure } from './phase-one-headline';
import { horizonWeeks, ladderRows, medianPoints, recoveryOdds } from './results-model';

type Props = { result: RunResult; fmt: Formatters };

/** Cash raisable by day 1 … 365, net of impact cost, with the cost beside it. */
function LiquidityLadder({ ladder, fmt, currency }: { ladder: RunResult['phaseTwo']['liquidityLadder']; fmt: Formatters; currency: string }) {
  const t = useT();
  const titleId = useId();
  return (
    <>
      <h3 id={titleId}>{t('results.ladder.title')}</h3>
      <table className="holdings compact summary-table" aria-labelledby={titleId} data-testid="liquidity-ladder">
        <caption className="visually-hidden">{t('results.ladder.caption', { currency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.ladder.col.day')}</th>
            <th scope="col" className="num">
              {t('results.ladder.col.cash', { currency })}
            </th>
            <th scope="col" className="num">
              {t('results.ladder.col.cost', { currency })}
            </th>
          </tr>
        </thead>
        <tbody>
          {ladderRows(ladder).map((row) => (
            <tr key={row.day} data-testid="ladder-row">
              <th scope="row">{t('results.ladder.day', { day: fmt.number(row.day) })}</th>
              <td className="num">{fmt.moneyUnits(row.cash)}</td>
              <td className="num">{fmt.moneyUnits(row.cost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Median value at weeks 4, 13, 26 and 52, the recovery odds and time, defaults, a cash need, and the ladder. */
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
      <LiquidityLadder ladder={phaseTwo.liquidityLadder} fmt={fmt} currency={result.meta.baseCurrency} />
    </section>
  );
}
