import type { RunRecord } from '../../../shared/api/runs-api';
import { EXPOSURE_TAGS, type ExposureTag } from '../../../shared/domain/exposure';
import type { Formatters } from '../format/format';
import type { TranslateFn } from '../i18n/use-t';
import { scenarioName } from '../../../shared/i18n/builtin-text';

/** Pure data for the Compare charts: series names, the overlaid fans' table, the grouped exposure bars. */

/**
 * One name per run for legends and column headers: the scenario's name; when two runs share it, the portfolio's name
 * beside it if that tells them apart (a what-if beside its original), else the date.
 */
export function seriesLabels(records: readonly RunRecord[], fmt: Formatters, t: TranslateFn): string[] {
  return records.map((r) => {
    const name = scenarioName(r.meta.scenario);
    const sharing = records.filter((o) => scenarioName(o.meta.scenario) === name);
    if (sharing.length === 1) return name;
    const portfolios = new Set(sharing.map((o) => o.meta.portfolioName));
    if (portfolios.size === sharing.length) return t('compare.series.onPortfolio', { name, portfolio: r.meta.portfolioName });
    return t('compare.series.dated', { name, date: fmt.dateTime(r.createdAt) });
  });
}

export type FanCell = { p5: number; p50: number; p95: number } | null;
export type OverlayRow = { week: number; cells: FanCell[] };

/** Every `step`-th week up to the longest horizon (and each horizon's last week), with each run's median and 5–95 range. */
export function overlayRows(records: readonly RunRecord[], step = 4): OverlayRow[] {
  const weeks = new Set<number>();
  for (const r of records) {
    const w = r.result.phaseTwo.weeks;
    w.forEach((week, i) => {
      if (week % step === 0 || i === w.length - 1) weeks.add(week);
    });
  }
  return [...weeks]
    .sort((a, b) => a - b)
    .map((week) => ({
      week,
      cells: records.map((r) => {
        const p = r.result.phaseTwo;
        const i = p.weeks.indexOf(week);
        if (i < 0) return null;
        return { p5: p.p5[i] ?? 0, p50: p.p50[i] ?? 0, p95: p.p95[i] ?? 0 };
      }),
    }));
}

export type ExposureGroups = { tags: ExposureTag[]; losses: number[][] };

/** Phase-one loss by exposure for each run: the exposures any run has, largest loss first; losses[run][tag]. */
export function exposureGroups(records: readonly RunRecord[]): ExposureGroups {
  const worst = new Map<ExposureTag, number>();
  for (const r of records) {
    for (const tag of EXPOSURE_TAGS) {
      const loss = r.result.phaseOne.byExposure[tag];
      if (loss === undefined || loss === 0) continue;
      worst.set(tag, Math.max(worst.get(tag) ?? -Infinity, loss));
    }
  }
  const tags = [...worst.keys()].sort((a, b) => (worst.get(b) ?? 0) - (worst.get(a) ?? 0) || EXPOSURE_TAGS.indexOf(a) - EXPOSURE_TAGS.indexOf(b));
  return { tags, losses: records.map((r) => tags.map((tag) => r.result.phaseOne.byExposure[tag] ?? 0)) };
}
