import type { RunRecord } from '../../shared/api';
import { FACTOR_UNIT, type Factor } from '../../shared/domain/scenario';
import { t, type MessageKey } from '../../shared/i18n/translate';
import { oddsReading } from '../../shared/model/plausibility-odds';
import { oddsPhrase } from '../../shared/sources/plausibility-text';
import { scenarioName } from '../../shared/i18n/builtin-text';

/** A readable summary: the headline numbers with units, through Intl. */
export function runText(record: RunRecord, locale = 'en-US'): string {
  const { phaseOne: p1, phaseTwo: p2, meta } = record.result;
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: meta.baseCurrency, maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const at = (week: number) => (week < p2.p50.length ? money.format(p2.p50[week] ?? NaN) : '—');
  const move = (f: Factor, v: number) => (FACTOR_UNIT[f] === 'bp' ? `${v >= 0 ? '+' : ''}${num.format(v)} bp` : pct.format(v));
  const rows = (entries: [string, number][]) => entries.sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(16)} ${money.format(v).padStart(14)}`);
  const ladder = p2.liquidityLadder;
  return [
    `${scenarioName(record.meta.scenario)} — ${record.meta.portfolioName}`,
    `${num.format(record.meta.paths)} paths, seed ${record.meta.seed}, ${record.meta.workers} worker(s), ${(record.meta.elapsedMs / 1000).toFixed(2)} s; input ${record.meta.inputHash.slice(0, 12)}`,
    '',
    'Phase one — the shock',
    `  Start value      ${money.format(p1.startValue)}`,
    `  Mean loss        ${money.format(p1.meanLoss)} (${pct.format(p1.meanLossPct)})`,
    `  VaR 95 % / 99 %  ${money.format(p1.var95)} / ${money.format(p1.var99)}`,
    `  ES 97.5 %        ${money.format(p1.es975)}`,
    `  Margin call      ${p1.marginCall.triggered ? `yes — locked-in loss ${money.format(p1.marginCall.lockedInLoss)}` : 'no'}`,
    `  Plausibility     ${t('sources.odds.cli', { d: num.format(p1.plausibility.sigma), d2: num.format(p1.plausibility.mahalanobis), odds: oddsPhrase(oddsReading(p1.plausibility.sigma, record.meta.scenario.phaseOne.horizonWeeks), locale) })}`,
    'Loss by exposure',
    ...rows(Object.entries(p1.byExposure).map(([tag, loss]): [string, number] => [t(`exposure.${tag}` as MessageKey), loss ?? 0])),
    'Factor moves',
    ...(Object.entries(p1.factors) as [Factor, number][]).map(([f, v]) => `  ${f.padEnd(12)} ${move(f, v)}`),
    '',
    'Phase two — recovery',
    `  Median value at week 4 / 13 / 26 / 52: ${[4, 13, 26, 52].map(at).join(' / ')}`,
    `  Back at the pre-shock value by week ${p2.weeks.at(-1)}: ${pct.format(p2.recoveryProbability.at(-1) ?? 0)}`,
    `  Median time to recover: ${p2.medianWeeksToRecover === null ? `not within ${p2.weeks.at(-1)} weeks` : `${p2.medianWeeksToRecover} weeks`}`,
    `  Cash raisable by day ${ladder.days.join(' / ')}: ${ladder.cashRaisable.map((v) => money.format(v)).join(' / ')}`,
  ].join('\n');
}
