import type { SourceLine } from '../../../shared/domain/citation';
import { BUILT_IN_REGIMES, FACTOR_UNIT, FACTORS, type BuiltInRegime, type Factor, type RegimeFactor, type Scenario } from '../../../shared/domain/scenario';
import { linesToText, textToLines } from '../../../shared/domain/source-lines';
import type { RegimesResource } from '../../../shared/model/resources';
import type { Formatters } from '../format/format';
import { parseDecimal } from '../format/parse-decimal';

/**
 * What the editor holds: a scenario as typed. Numbers are kept as text in display units (percent for fractional
 * factors and participation, basis points for HY / IG / RATE) so a half-typed value is never reset; draftToScenario
 * (draft-validation.ts) turns it back into model units.
 */

export type ShockDraft = { included: boolean; text: string };
export const REGIME_FIELDS = ['retrace', 'lagWeeks', 'halfLifeWeeks'] as const;
export type RegimeField = (typeof REGIME_FIELDS)[number];
export type RegimeRowDraft = Record<RegimeField, string>;
export type RegimeChoice = BuiltInRegime | 'custom';

export type Draft = {
  id: string;
  name: string;
  description: string;
  /** One statement a line; a cited one ends in its source ids and assumption in brackets (shared/domain/source-lines.ts). */
  sources: string;
  shocks: Record<Factor, ShockDraft>;
  phaseOneWeeks: string;
  lambda: string;
  dispersion: string;
  regime: RegimeChoice;
  /** The custom regime's table; while a built-in regime is chosen it holds that regime's values, ready to edit. */
  custom: Record<Factor, RegimeRowDraft>;
  phaseTwoWeeks: string;
  participationPct: string;
  impactY: string;
  /** Base-currency units; blank = no cash need. */
  cashNeed: string;
  paths: string;
  seed: string;
};

/** The slider's range per factor, in display units (the number field may go beyond it; the schema decides). */
export type ShockRange = { min: number; max: number; step: number };

export function shockRange(factor: Factor): ShockRange {
  if (factor === 'LIQ') return { min: -100, max: 0, step: 1 };
  if (factor === 'RATE') return { min: -300, max: 300, step: 5 };
  // Currencies: a ±30 % move in the value of a major currency is already extreme (the number field goes further).
  if (factor.startsWith('FX_')) return { min: -30, max: 30, step: 0.5 };
  if (FACTOR_UNIT[factor] === 'bp') return { min: -200, max: 2000, step: 5 };
  return { min: -100, max: 50, step: 1 };
}

/** Drops float noise: 0.1 * 3 → 0.3, −0.48 * 100 → −48. */
export const tidy = (value: number): number => Number(value.toPrecision(12));

/** A number as the text a field starts with: plain digits, no grouping, so parseDecimal reads it back in any locale. */
export const numberText = (value: number): string => String(tidy(value));

/** A factor's move in display units: fractions as percent, bp as they are. */
export const toDisplay = (factor: Factor, value: number): number => (FACTOR_UNIT[factor] === 'fraction' ? tidy(value * 100) : value);
export const fromDisplay = (factor: Factor, value: number): number => (FACTOR_UNIT[factor] === 'fraction' ? tidy(value / 100) : value);

const byFactor = <T>(make: (f: Factor) => T): Record<Factor, T> => Object.fromEntries(FACTORS.map((f) => [f, make(f)])) as Record<Factor, T>;

const rowText = (row: RegimeFactor | undefined): RegimeRowDraft =>
  row
    ? { retrace: numberText(row.retrace), lagWeeks: numberText(row.lagWeeks), halfLifeWeeks: numberText(row.halfLifeWeeks) }
    : { retrace: '', lagWeeks: '', halfLifeWeeks: '' };

/** A built-in regime's table as draft rows. */
export function builtInRows(regime: BuiltInRegime, regimes: RegimesResource): Record<Factor, RegimeRowDraft> {
  const factors = regimes.regimes[regime]?.factors;
  return byFactor((f) => rowText(factors?.[f]));
}

export const isBuiltInRegime = (value: string): value is BuiltInRegime => (BUILT_IN_REGIMES as readonly string[]).includes(value);

export function scenarioToDraft(scenario: Scenario, regimes: RegimesResource): Draft {
  const { shocks } = scenario.phaseOne;
  const regime = scenario.phaseTwo.regime;
  const custom = typeof regime === 'string' ? builtInRows(regime, regimes) : byFactor((f) => rowText(regime.custom[f]));
  return {
    id: scenario.id,
    name: scenario.name,
    description: scenario.description,
    sources: linesToText(scenario.sources),
    shocks: byFactor((f) => {
      const value = shocks[f];
      return value === undefined ? { included: false, text: '' } : { included: true, text: numberText(toDisplay(f, value)) };
    }),
    phaseOneWeeks: numberText(scenario.phaseOne.horizonWeeks),
    lambda: numberText(scenario.correlationConvergence),
    dispersion: numberText(scenario.severityDispersion),
    regime: typeof regime === 'string' ? regime : 'custom',
    custom,
    phaseTwoWeeks: numberText(scenario.phaseTwo.horizonWeeks),
    participationPct: numberText(scenario.liquidity.participation * 100),
    impactY: numberText(scenario.liquidity.impactY),
    cashNeed: scenario.liquidity.cashNeed === null ? '' : numberText(scenario.liquidity.cashNeed),
    paths: String(scenario.run.paths),
    seed: String(scenario.run.seed),
  };
}

/** The draft's sources as source lines: trimmed, blank lines dropped, bracketed citations read back. */
export const sourceLines = (sources: string): SourceLine[] => textToLines(sources);

/** The slider's position for a shock's text: its value clamped to the range, or 0 (or the nearest end) while the text is not a number. */
export function sliderValue(value: number | null, range: ShockRange): number {
  const v = value ?? 0;
  return Math.min(range.max, Math.max(range.min, v));
}

/** A value typed as text, shown in the locale for reading: "1.2" → "1,2" (de-DE), "20000" → "20,000"; blank → `none`. */
export function displayNumber(text: string, fmt: Formatters, none: string): string {
  const value = parseDecimal(text);
  if (value === null) return text.trim() === '' ? none : text;
  const decimals = Math.min(3, (String(value).split('.')[1] ?? '').length);
  return fmt.number(value, decimals);
}
