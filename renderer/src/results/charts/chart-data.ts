import type { ExposureTag } from '../../../../shared/domain/exposure';
import type { RunResult } from '../../../../shared/engine/run-result';
import { exposureLossRows } from '../results-model';

/**
 * Pure chart data for the Results and Compare screens: what each chart draws and what its table alternative lists.
 * Money stays in base-currency units; losses are positive.
 */

type PhaseTwo = RunResult['phaseTwo'];

export type WaterfallStep =
  | { kind: 'start'; from: 0; to: number }
  | { kind: 'exposure'; tag: ExposureTag; loss: number; from: number; to: number }
  | { kind: 'end'; from: 0; to: number };

/** From the value before the shock, down (or up) by each exposure's mean-path loss, largest first, to the shocked value. */
export function waterfallSteps(result: RunResult): WaterfallStep[] {
  const start = result.phaseOne.startValue;
  const steps: WaterfallStep[] = [{ kind: 'start', from: 0, to: start }];
  let level = start;
  for (const row of exposureLossRows(result)) {
    if (row.loss === 0) continue;
    steps.push({ kind: 'exposure', tag: row.key, loss: row.loss, from: level, to: level - row.loss });
    level -= row.loss;
  }
  steps.push({ kind: 'end', from: 0, to: level });
  return steps;
}

export type HistogramBin = { from: number; to: number; mid: number; count: number; share: number };

/** The loss histogram as bins with their share of paths; none when no path was counted (a mean-path-only run). */
export function histogramBins(histogram: RunResult['phaseOne']['lossHistogram']): HistogramBin[] {
  const total = histogram.counts.reduce((sum, c) => sum + c, 0);
  if (total === 0) return [];
  return histogram.counts.flatMap((count, i) => {
    const from = histogram.edges[i];
    const to = histogram.edges[i + 1];
    if (from === undefined || to === undefined) return [];
    return [{ from, to, mid: (from + to) / 2, count, share: count / total }];
  });
}

export type Point = { x: number; y: number };

/** A per-week series as chart points; weeks without a value are left out. */
export function weekPoints(phaseTwo: Pick<PhaseTwo, 'weeks'>, series: readonly number[]): Point[] {
  return phaseTwo.weeks.flatMap((week, i) => {
    const y = series[i];
    return y === undefined ? [] : [{ x: week, y }];
  });
}

export type FanRow = { week: number; p5: number; p25: number; p50: number; p75: number; p95: number };

/** Every `step`-th week of the fan, and always the last one: the rows of the fan's table. */
export function fanRows(phaseTwo: PhaseTwo, step = 4): FanRow[] {
  const last = phaseTwo.weeks.length - 1;
  return phaseTwo.weeks.flatMap((week, i) =>
    week % step === 0 || i === last
      ? [{ week, p5: phaseTwo.p5[i] ?? 0, p25: phaseTwo.p25[i] ?? 0, p50: phaseTwo.p50[i] ?? 0, p75: phaseTwo.p75[i] ?? 0, p95: phaseTwo.p95[i] ?? 0 }]
      : [],
  );
}

/** The same weeks as fanRows, for reading other per-week series (recovery odds) at them. */
export function sampledWeekIndexes(phaseTwo: Pick<PhaseTwo, 'weeks'>, step = 4): number[] {
  const last = phaseTwo.weeks.length - 1;
  return phaseTwo.weeks.flatMap((week, i) => (week % step === 0 || i === last ? [i] : []));
}

/** A resolved CSS colour with an alpha: "rgb(1, 2, 3)" → "rgba(1, 2, 3, 0.2)"; other forms are returned as they are. */
export function withAlpha(color: string, alpha: number): string {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color.trim());
  if (!match) return color;
  return `rgba(${match[1]}, ${match[2]}, ${match[3]}, ${alpha})`;
}
