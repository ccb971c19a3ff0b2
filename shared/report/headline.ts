import { t, type MessageKey } from '../i18n/translate';
import type { Content } from './html';
import { atWeek, cashByDay, type ReportRun } from './report-data';

/** The headline figures, one row each: the same rows in a single report and side by side in a comparison. */
export type HeadlineRow = { label: MessageKey; value: (run: ReportRun) => Content };

const or = (value: number | null, f: (v: number) => string): string => (value === null ? '—' : f(value));

export const HEADLINE_ROWS: HeadlineRow[] = [
  { label: 'report.headline.startValue', value: (r) => r.fmt.money(r.record.result.phaseOne.startValue) },
  { label: 'report.headline.meanLoss', value: (r) => `${r.fmt.money(r.record.result.phaseOne.meanLoss)} (${r.fmt.pct(r.record.result.phaseOne.meanLossPct)})` },
  { label: 'report.headline.var95', value: (r) => r.fmt.money(r.record.result.phaseOne.var95) },
  { label: 'report.headline.var99', value: (r) => r.fmt.money(r.record.result.phaseOne.var99) },
  { label: 'report.headline.es975', value: (r) => r.fmt.money(r.record.result.phaseOne.es975) },
  { label: 'report.headline.plausibility', value: (r) => t('report.sigma', { sigma: r.fmt.num(r.record.result.phaseOne.plausibility.sigma, 1) }) },
  {
    label: 'report.headline.marginCall',
    value: (r) => {
      const mc = r.record.result.phaseOne.marginCall;
      return t(mc.triggered ? 'report.headline.marginYes' : 'report.headline.marginNo', { prob: r.fmt.pct(mc.probability, 1) });
    },
  },
  { label: 'report.headline.lockedIn', value: (r) => r.fmt.money(r.record.result.phaseOne.marginCall.lockedInLoss) },
  {
    label: 'report.headline.marginCallTwo',
    value: (r) => {
      const mc = r.record.result.phaseTwo.marginCall;
      if (!mc) return '—';
      const meanPath = mc.meanPath.week === null ? t('report.headline.marginTwoNoneMeanPath') : t('report.headline.marginTwoWeek', { week: mc.meanPath.week });
      const prob = r.fmt.pct(mc.probability, 1);
      const odds = mc.medianWeek === null ? t('report.headline.marginTwoOddsNone', { prob }) : t('report.headline.marginTwoOdds', { prob, week: mc.medianWeek });
      return t('report.headline.marginTwoValue', { meanPath, odds });
    },
  },
  { label: 'report.headline.lockedInTwo', value: (r) => or(r.record.result.phaseTwo.marginCall?.lockedLoss ?? null, r.fmt.money) },
  { label: 'report.headline.income', value: (r) => or(r.record.result.phaseTwo.income?.mean ?? null, r.fmt.money) },
  { label: 'report.headline.median13', value: (r) => or(atWeek(r, r.record.result.phaseTwo.p50, 13), r.fmt.money) },
  { label: 'report.headline.medianEnd', value: (r) => t('report.headline.atWeek', { value: r.fmt.money(r.record.result.phaseTwo.p50.at(-1) ?? 0), week: r.horizon }) },
  { label: 'report.headline.recovered', value: (r) => t('report.headline.byWeek', { value: r.fmt.pct(r.record.result.phaseTwo.recoveryProbability.at(-1) ?? 0, 0), week: r.horizon }) },
  {
    label: 'report.headline.timeToRecover',
    value: (r) => {
      const weeks = r.record.result.phaseTwo.medianWeeksToRecover;
      return weeks === null ? t('report.headline.beyond', { week: r.horizon }) : t('report.weeks', { count: weeks });
    },
  },
  { label: 'report.headline.cash7', value: (r) => or(cashByDay(r, 7), r.fmt.money) },
  { label: 'report.headline.cash30', value: (r) => or(cashByDay(r, 30), r.fmt.money) },
  { label: 'report.headline.defaults', value: (r) => r.fmt.num(r.record.result.phaseTwo.defaults.expected, 2) },
];
