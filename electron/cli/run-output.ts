import type { RunRecord } from '../../shared/api';
import { FACTOR_UNIT, type Factor } from '../../shared/domain/scenario';
import { EXACT_PATHS_LIMIT, RELATIVE_ERROR } from '../../shared/engine/binned';
import { scenarioName } from '../../shared/i18n/builtin-text';
import { t, textLocale, type MessageKey } from '../../shared/i18n/translate';
import { oddsReading } from '../../shared/model/plausibility-odds';
import { oddsPhrase } from '../../shared/sources/plausibility-text';
import { labelledLines, tableLines } from './cli-table';

/** The weeks at which phase two's median value is shown. */
const MEDIAN_WEEKS = [4, 13, 26, 52] as const;

/**
 * A readable summary of a run in the current language: the headline numbers with their units. Numbers and money
 * follow `locale` (the settings' number format); durations and odds are words and follow the language (52 weeks, 52周).
 */
export function runText(record: RunRecord, locale = 'en-US'): string {
  const { phaseOne: p1, phaseTwo: p2 } = record.result;
  const { meta } = record;
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: record.result.meta.baseCurrency, maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const weeks = new Intl.NumberFormat(textLocale(), { style: 'unit', unit: 'week', unitDisplay: 'long', maximumFractionDigits: 0 });
  const seconds = new Intl.NumberFormat(textLocale(), { style: 'unit', unit: 'second', unitDisplay: 'short', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const at = (week: number) => (week < p2.p50.length ? money.format(p2.p50[week] ?? NaN) : '—');
  const move = (f: Factor, v: number) => (FACTOR_UNIT[f] === 'bp' ? `${v >= 0 ? '+' : ''}${num.format(v)} bp` : pct.format(v));
  const horizon = p2.weeks.at(-1) ?? 0;
  const ladder = p2.liquidityLadder;
  // Odds are words (“1 billion”, “10亿”): the language's locale, not the number format's.
  const odds = oddsPhrase(oddsReading(p1.plausibility.sigma, meta.scenario.phaseOne.horizonWeeks), textLocale());
  const byExposure = Object.entries(p1.byExposure)
    .map(([tag, loss]): [string, number] => [t(`exposure.${tag}` as MessageKey), loss ?? 0])
    .sort((a, b) => b[1] - a[1]);
  const metaParams = {
    paths: num.format(meta.paths),
    seed: meta.seed,
    workers: meta.workers,
    seconds: seconds.format(meta.elapsedMs / 1000),
    hash: meta.inputHash.slice(0, 12),
  };
  return [
    t('cli.run.title', { scenario: scenarioName(meta.scenario), portfolio: meta.portfolioName }),
    t(meta.workers === 1 ? 'cli.run.meta.oneWorker' : 'cli.run.meta', metaParams),
    ...(meta.factorModel ? [t('cli.run.model', { name: meta.factorModel.name, id: meta.factorModel.id })] : []),
    ...(record.result.meta.statistics === 'binned'
      ? [t('cli.run.statistics.binned', { limit: num.format(EXACT_PATHS_LIMIT), error: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 3 }).format(RELATIVE_ERROR) })]
      : []),
    '',
    t('cli.run.phaseOne'),
    ...labelledLines([
      [t('cli.run.startValue'), money.format(p1.startValue)],
      [t('cli.run.meanLoss'), t('cli.run.amountPct', { amount: money.format(p1.meanLoss), pct: pct.format(p1.meanLossPct) })],
      [t('cli.run.var'), `${money.format(p1.var95)} / ${money.format(p1.var99)}`],
      [t('cli.run.es'), money.format(p1.es975)],
      [t('cli.run.marginCall'), p1.marginCall.triggered ? t('cli.run.marginCall.yes', { amount: money.format(p1.marginCall.lockedInLoss) }) : t('cli.run.marginCall.no')],
      [t('cli.run.plausibility'), t('sources.odds.cli', { d: num.format(p1.plausibility.sigma), d2: num.format(p1.plausibility.mahalanobis), odds })],
    ]),
    t('cli.run.byExposure'),
    ...tableLines(byExposure.map(([label, loss]) => [label, money.format(loss)]), ['left', 'right'], '  '),
    t('cli.run.factors'),
    ...tableLines((Object.entries(p1.factors) as [Factor, number][]).map(([f, v]) => [f, move(f, v)]), ['left', 'right'], '  '),
    '',
    t('cli.run.phaseTwo'),
    ...labelledLines([
      [t('cli.run.medianAt', { weeks: MEDIAN_WEEKS.join(' / ') }), MEDIAN_WEEKS.map(at).join(' / ')],
      [t('cli.run.recovered', { week: horizon }), t('cli.run.recovered.value', { pct: pct.format(p2.recoveryProbability.at(-1) ?? 0) })],
      [
        t('cli.run.recoveryTime'),
        p2.medianWeeksToRecover === null ? t('cli.run.recoveryTime.never', { weeks: weeks.format(horizon) }) : weeks.format(p2.medianWeeksToRecover),
      ],
      ...marginTwoLines(p2, (v) => money.format(v), (v) => pct.format(v)),
      [t('cli.run.cashByDay', { days: ladder.days.join(' / ') }), ladder.cashRaisable.map((v) => money.format(v)).join(' / ')],
    ]),
  ].join('\n');
}

/** Phase two's margin calls and income (absent in runs saved before them: no lines). */
function marginTwoLines(p2: RunRecord['result']['phaseTwo'], money: (v: number) => string, pct: (v: number) => string): [string, string][] {
  const out: [string, string][] = [];
  const mc = p2.marginCall;
  if (mc) {
    const meanPath = mc.meanPath.week === null ? t('cli.run.marginCallTwo.noneMeanPath') : t('cli.run.marginCallTwo.week', { week: mc.meanPath.week });
    const odds = mc.medianWeek === null ? t('cli.run.marginCallTwo.oddsNone', { pct: pct(mc.probability) }) : t('cli.run.marginCallTwo.odds', { pct: pct(mc.probability), week: mc.medianWeek });
    out.push([t('cli.run.marginCallTwo'), t('cli.run.marginCallTwo.value', { meanPath, odds })]);
    out.push([t('cli.run.lockedInTwo'), money(mc.lockedLoss)]);
  }
  if (p2.income) out.push([t('cli.run.income', { week: p2.weeks.at(-1) ?? 0 }), money(p2.income.mean)]);
  return out;
}
