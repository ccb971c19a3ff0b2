import type { ExposureTag } from '../../../shared/domain/exposure';
import { FACTOR_UNIT, FACTORS, type Factor, type Scenario } from '../../../shared/domain/scenario';
import type { RunResult } from '../../../shared/engine/run-result';
import { attributionBasis as sharedBasis } from '../../../shared/narrative/attribution-basis';
import type { Formatters } from '../format/format';
import type { TranslateFn } from '../i18n/use-t';

/**
 * Pure views of a RunResult for the Results screen: which numbers the tables show, in which order.
 * Money stays in base-currency units (floats); losses are positive, gains negative.
 */

type PhaseTwo = RunResult['phaseTwo'];

/** The weeks whose median value the headline shows. */
export const HEADLINE_WEEKS = [4, 13, 26, 52] as const;

/** The week the recovery odds are read at: 52, or the horizon's end when it is shorter. */
export const RECOVERY_WEEK = 52;

/** The value of a per-week series at `week`; null when the horizon does not reach it. */
export function atWeek(phaseTwo: Pick<PhaseTwo, 'weeks'>, series: readonly number[], week: number): number | null {
  const index = phaseTwo.weeks.indexOf(week);
  if (index < 0) return null;
  return series[index] ?? null;
}

/** The last week of the phase-two horizon (0 when there is none). */
export function horizonWeeks(phaseTwo: Pick<PhaseTwo, 'weeks'>): number {
  return phaseTwo.weeks.length === 0 ? 0 : Math.max(...phaseTwo.weeks);
}

export type MedianPoint = { week: number; value: number | null; change: number | null };

/** Median portfolio value at the headline weeks, with the change against the pre-shock value. */
export function medianPoints(result: RunResult): MedianPoint[] {
  const start = result.phaseOne.startValue;
  return HEADLINE_WEEKS.map((week) => {
    const value = atWeek(result.phaseTwo, result.phaseTwo.p50, week);
    return { week, value, change: value === null || start === 0 ? null : value / start - 1 };
  });
}

/** P(back at the pre-shock value) by week 52, or by the horizon's end when that comes first. */
export function recoveryOdds(phaseTwo: PhaseTwo): { week: number; probability: number | null } {
  const week = Math.min(RECOVERY_WEEK, horizonWeeks(phaseTwo));
  return { week, probability: atWeek(phaseTwo, phaseTwo.recoveryProbability, week) };
}

/** Which phase-one attribution the screen shows: the expectation over the paths, or the single mean path's. */
export type AttributionView = 'paths' | 'meanPath';

/** Can the run show both views? Only runs with paths and attribution over them (saved since it existed). */
export const hasBothViews = (result: RunResult): boolean => result.phaseOne.attribution === 'paths' && result.phaseOne.meanPath !== undefined;

/**
 * The run as the phase-one tables and charts should read it in `view`: with 'meanPath', byExposure and byHolding are
 * the mean path's (attribution 'meanPath'). Every other figure is unchanged.
 */
export function attributionView(result: RunResult, view: AttributionView): RunResult {
  const mp = result.phaseOne.meanPath;
  if (view === 'paths' || !hasBothViews(result) || !mp) return result;
  const byHolding = result.phaseOne.byHolding.map((h, i) => ({ ...h, loss: mp.byHolding[i] ?? 0, forcedSaleCost: 0 }));
  return { ...result, phaseOne: { ...result.phaseOne, attribution: 'meanPath', byExposure: mp.byExposure, byHolding } };
}

/** The figure the parts add up to in this view: the mean loss over paths, the mean path's loss, or (older runs) their own sum. */
export function attributionTotal(result: RunResult): number {
  const p1 = result.phaseOne;
  if (p1.attribution === 'paths' || result.meta.paths === 0) return p1.meanLoss;
  return p1.meanPath?.loss ?? p1.byHolding.reduce((a, h) => a + h.loss, 0);
}

/** What the phase-one parts are, in words (shared/narrative/attribution-basis.ts, the report's too). */
export const attributionBasis = (result: RunResult, fmt: Formatters, t: TranslateFn): string => sharedBasis(result, (n) => fmt.number(n), t);

export type ShareRow<K> = { key: K; loss: number; share: number | null };

/** Loss by exposure, largest first, each as a share of the total loss (null when there is no net loss). */
export function exposureLossRows(result: RunResult): ShareRow<ExposureTag>[] {
  const entries = Object.entries(result.phaseOne.byExposure) as [ExposureTag, number | undefined][];
  const rows = entries.filter((e): e is [ExposureTag, number] => e[1] !== undefined).map(([key, loss]) => ({ key, loss }));
  const total = rows.reduce((sum, r) => sum + r.loss, 0);
  return rows
    .sort((a, b) => b.loss - a.loss || a.key.localeCompare(b.key))
    .map((r) => ({ ...r, share: total > 0 ? r.loss / total : null }));
}

export type HoldingLossRow = RunResult['phaseOne']['byHolding'][number] & {
  /** Index in byHolding (and in the run's reasons). */
  index: number;
  /** The loss as a share of the holding's own value before the shock; null when unknown or zero. */
  ofValue: number | null;
};

/** Loss by holding, largest first, each as a share of its own value. */
export function holdingLossRows(result: RunResult): HoldingLossRow[] {
  return result.phaseOne.byHolding
    .map((h, index) => ({ ...h, index, ofValue: h.value === undefined || h.value === 0 ? null : h.loss / Math.abs(h.value) }))
    .sort((a, b) => b.loss - a.loss || a.symbol.localeCompare(b.symbol));
}

export type FactorRow = { factor: Factor; move: number; unit: 'fraction' | 'bp'; shocked: boolean };

/** Every factor's phase-one move: the scenario's core shocks first, then the propagated ones, each in matrix order. */
export function factorRows(factors: RunResult['phaseOne']['factors'], shocks: Scenario['phaseOne']['shocks']): FactorRow[] {
  const rows = FACTORS.filter((f) => factors[f] !== undefined).map((factor) => ({
    factor,
    move: factors[factor],
    unit: FACTOR_UNIT[factor],
    shocked: shocks[factor] !== undefined,
  }));
  return [...rows.filter((r) => r.shocked), ...rows.filter((r) => !r.shocked)];
}

/** A factor move in its own unit, without the unit for bp (the catalogue adds it): −0.3 → "-30.0%", 350 → "+350". */
export function formatFactorMove(row: Pick<FactorRow, 'move' | 'unit'>, fmt: Formatters): string {
  return row.unit === 'bp' ? fmt.signedBasisPoints(row.move) : fmt.signedPercent(row.move);
}

export type SigmaBand = 'ordinary' | 'unusual' | 'severe' | 'extreme';

/** How far out a shock is, in words: under 1σ ordinary, under 2σ unusual, under 4σ severe, beyond that extreme. */
export function sigmaBand(sigma: number): SigmaBand {
  if (sigma < 1) return 'ordinary';
  if (sigma < 2) return 'unusual';
  if (sigma < 4) return 'severe';
  return 'extreme';
}

/** The input hash shortened for a status line. */
export const shortHash = (hash: string): string => hash.slice(0, 12);

/** A loss as a positive amount, or a negative one as a gain: 1200 → "$1,200.00", −300 → "$300.00 gain". */
export function lossText(loss: number, fmt: Formatters, t: TranslateFn): string {
  return loss < 0 && fmt.moneyUnits(loss) !== fmt.moneyUnits(0) ? t('results.gain', { amount: fmt.moneyUnits(-loss) }) : fmt.moneyUnits(loss);
}
