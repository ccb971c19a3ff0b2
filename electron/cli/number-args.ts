import { t, textLocale } from '../../shared/i18n/translate';
import { CliUsageError, type CliValues } from './cli-command';

/**
 * What a numeric option takes: a whole number or any number, between `min` and `max` (inclusive unless said). The
 * limits are the schemas' (RunRequest, hedges.find, Scenario, FitOptions): number-args.test.ts checks each against its
 * schema, so a CLI value that passes here is never refused later by the back end with a less helpful message.
 */
export type NumberRule = { whole: boolean; min: number; max: number; minExclusive?: boolean; maxExclusive?: boolean };

/** `run --paths`: 0 is meaningful (the mean path alone). */
export const RUN_PATHS: NumberRule = { whole: true, min: 0, max: 2_000_000 };
/** `hedge --paths`: each candidate is a Monte Carlo run of its own, so at least 100 paths. */
export const HEDGE_PATHS: NumberRule = { whole: true, min: 100, max: 200_000 };
export const SEED: NumberRule = { whole: true, min: 0, max: Number.MAX_SAFE_INTEGER };
export const WORKERS: NumberRule = { whole: true, min: 1, max: 64 };
/** Phase two's horizon (the scenario's phaseTwo.horizonWeeks). */
export const HORIZON_WEEKS: NumberRule = { whole: true, min: 1, max: 260 };
/** `hedge --top`: how many candidates to list (no schema behind it: any positive whole number a double holds exactly). */
export const TOP: NumberRule = { whole: true, min: 1, max: Number.MAX_SAFE_INTEGER };
/** RiskMetrics EWMA decay, strictly between 0 and 1. */
export const LAMBDA: NumberRule = { whole: false, min: 0, max: 1, minExclusive: true, maxExclusive: true };

/** Decimal digits with an optional sign and point: `-5`, `2.5`, `.94`. No exponents, no grouping, no words. */
const NUMERIC_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

const limit = (value: number): string => new Intl.NumberFormat(textLocale(), { maximumFractionDigits: 20 }).format(value);

/** The sentence for a value the rule refuses, naming the option and the value as given; null when it is fine. */
export function numberProblem(option: string, text: string, rule: NumberRule): string | null {
  const value = NUMERIC_TEXT.test(text) ? Number(text) : Number.NaN;
  const tooSmall = rule.minExclusive ? !(value > rule.min) : !(value >= rule.min);
  const tooLarge = rule.maxExclusive ? !(value < rule.max) : !(value <= rule.max);
  const wrongKind = Number.isNaN(value) || (rule.whole && !Number.isInteger(value));
  if (!wrongKind && !tooSmall && !tooLarge) return null;
  if (rule.whole && (wrongKind || tooSmall)) {
    return rule.min === 1 ? t('cli.arg.positiveWhole', { option, value: text }) : t('cli.arg.wholeAtLeast', { option, value: text, min: limit(rule.min) });
  }
  if (rule.whole) return t('cli.arg.atMost', { option, value: text, max: limit(rule.max) });
  return t('cli.arg.between', { option, value: text, min: limit(rule.min), max: limit(rule.max) });
}

/** The first refused numeric option's sentence, in the order the rules are listed; null when every given one is fine. */
export function numbersProblem(values: CliValues, rules: Record<string, NumberRule>): string | null {
  for (const [option, rule] of Object.entries(rules)) {
    const text = values[option];
    if (typeof text !== 'string') continue;
    const problem = numberProblem(option, text, rule);
    if (problem) return problem;
  }
  return null;
}

/** A numeric option's value (checked by its rule first: runCli does so before any command runs); undefined when not given. */
export function numberArg(values: CliValues, option: string, rule: NumberRule): number | undefined {
  const text = values[option];
  if (typeof text !== 'string') return undefined;
  const problem = numberProblem(option, text, rule);
  if (problem) throw new CliUsageError(problem);
  return Number(text);
}
