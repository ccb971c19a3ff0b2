import type { Scenario } from '../../../shared/domain/scenario';
import type { RunResult } from '../../../shared/engine/run-result';
import type { Formatters } from '../format/format';
import type { TranslateFn } from '../i18n/use-t';
import { atWeek, exposureLossRows, recoveryOdds } from './results-model';

/**
 * The few sentences at the top of Results, built from the numbers with catalogue templates:
 * the loss and what drives it, the tail, a margin call, the recovery under the scenario's regime, and cash.
 */

const LIQUIDITY_DAYS = [7, 30] as const;

function lossSentence(result: RunResult, fmt: Formatters, t: TranslateFn): string {
  const { meanLoss, meanLossPct } = result.phaseOne;
  if (meanLoss < 0) return t('results.narrative.gain', { amount: fmt.moneyUnits(-meanLoss), pct: fmt.percent(-meanLossPct) });
  const params = { amount: fmt.moneyUnits(meanLoss), pct: fmt.percent(meanLossPct) };
  // The largest two exposures that lose money, as shares of the total loss by exposure (as the table shows them).
  const drivers = exposureLossRows(result).filter((r) => r.loss > 0 && r.share !== null && r.share >= 0.005);
  const [first, second] = drivers;
  const tag = (key: (typeof drivers)[number]['key']) => t(`results.narrative.tag.${key}`);
  if (first && second) {
    return t('results.narrative.lossTwo', { ...params, share1: fmt.percent(first.share ?? 0, 0), tag1: tag(first.key), share2: fmt.percent(second.share ?? 0, 0), tag2: tag(second.key) });
  }
  if (first) return t('results.narrative.lossOne', { ...params, share1: fmt.percent(first.share ?? 0, 0), tag1: tag(first.key) });
  return t('results.narrative.lossOnly', params);
}

function marginSentence(phaseOne: RunResult['phaseOne'], fmt: Formatters, t: TranslateFn): string | null {
  const { marginCall } = phaseOne;
  if (marginCall.triggered) {
    const symbols = marginCall.forcedSales.map((s) => s.symbol).join(', ');
    return t('results.narrative.margin', { symbols: symbols || t('results.none'), amount: fmt.moneyUnits(marginCall.lockedInLoss) });
  }
  if (marginCall.probability > 0) return t('results.narrative.marginOdds', { pct: fmt.percent(marginCall.probability) });
  return null;
}

function regimeKey(regime: Scenario['phaseTwo']['regime']) {
  if (regime === 'ease') return 'results.narrative.recovery.ease' as const;
  if (regime === 'no-ease') return 'results.narrative.recovery.no-ease' as const;
  return 'results.narrative.recovery.custom' as const;
}

function recoverySentences(result: RunResult, scenario: Scenario, fmt: Formatters, t: TranslateFn): string[] {
  const { phaseTwo, phaseOne } = result;
  const odds = recoveryOdds(phaseTwo);
  const median = atWeek(phaseTwo, phaseTwo.p50, odds.week);
  if (median === null || odds.probability === null) return [];
  const change = phaseOne.startValue === 0 ? 0 : median / phaseOne.startValue - 1;
  const week = fmt.number(odds.week);
  const first = t(regimeKey(scenario.phaseTwo.regime), {
    amount: fmt.moneyUnits(median),
    week,
    change: fmt.signedPercent(change),
    pct: fmt.percent(odds.probability, 0),
  });
  const weeks = phaseTwo.medianWeeksToRecover;
  const second =
    weeks === null
      ? t('results.narrative.notRecovered', { weeks: fmt.duration(odds.week, 'week') })
      : t('results.narrative.recoveredBy', { weeks: fmt.duration(weeks, 'week') });
  return [first, second];
}

function cashSentences(result: RunResult, scenario: Scenario, fmt: Formatters, t: TranslateFn): string[] {
  const ladder = result.phaseTwo.liquidityLadder;
  const [a, b] = LIQUIDITY_DAYS.map((day) => ladder.cashRaisable[ladder.days.indexOf(day)]);
  const out: string[] = [];
  if (a !== undefined && b !== undefined) {
    out.push(t('results.narrative.cash', { participation: fmt.percent(scenario.liquidity.participation, 0), day7: fmt.moneyUnits(a), day30: fmt.moneyUnits(b) }));
  }
  const need = ladder.cashNeed;
  if (need !== null) {
    out.push(
      need.dayMet === null
        ? t('results.narrative.cashNeedShort', { amount: fmt.moneyUnits(need.amount), shortfall: fmt.moneyUnits(need.shortfall) })
        : t('results.narrative.cashNeedMet', { amount: fmt.moneyUnits(need.amount), day: fmt.number(need.dayMet), cost: fmt.moneyUnits(need.cost) }),
    );
  }
  return out;
}

/** The narrative as sentences, in reading order. */
export function narrative(result: RunResult, scenario: Scenario, fmt: Formatters, t: TranslateFn): string[] {
  const { phaseOne } = result;
  const tail = result.meta.paths > 0 ? t('results.narrative.tail', { amount: fmt.moneyUnits(phaseOne.es975), pct: fmt.percent(phaseOne.startValue === 0 ? 0 : phaseOne.es975 / phaseOne.startValue) }) : null;
  return [
    lossSentence(result, fmt, t),
    ...(tail === null ? [] : [tail]),
    ...[marginSentence(phaseOne, fmt, t)].filter((s): s is string => s !== null),
    ...recoverySentences(result, scenario, fmt, t),
    ...cashSentences(result, scenario, fmt, t),
  ];
}
