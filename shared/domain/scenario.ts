import { z } from 'zod';
import { SourceLine } from './citation';

/**
 * Risk factors of DESIGN.md §4.1, in matrix order (resources/factor-model.json uses the same order).
 * Returns and NAV/price/depth changes are fractions (−0.3 = −30 %); HY, IG and RATE are changes in basis points.
 * EQ_CN, EQ_EU and EQ_JP are regional equity returns (China / Hong Kong, euro area, Japan) in local currency. FX_* is
 * the fractional change of the value of one unit of the currency in US dollars (USD itself: 0), so a holding in
 * currency C is worth (1 + f_C)/(1 + f_B) times its base value in base currency B — exact for any base.
 * New factors go at the end: the first ORIGINAL_FACTOR_COUNT keep their places (and their random numbers, see
 * engine/simulate-batch.ts), so a book that reads only them gives the numbers it gave before the others existed.
 */
export const FACTORS = [
  'AI_EQ',
  'EQ',
  'BTC',
  'ALT',
  'HY',
  'IG',
  'RATE',
  'PC',
  'GPU_RENT',
  'GPU_RESALE',
  'LIQ',
  'EQ_CN',
  'EQ_EU',
  'EQ_JP',
  'FX_EUR',
  'FX_JPY',
  'FX_CNH',
  'FX_HKD',
  'FX_GBP',
] as const;
export const Factor = z.enum(FACTORS);
export type Factor = z.infer<typeof Factor>;

/** The factors of the first model (AI_EQ … LIQ), which keep their indices and random streams. */
export const ORIGINAL_FACTOR_COUNT = 11;

/** How a factor is measured: a fractional change (bounded below by −1) or a change in basis points. */
export const FACTOR_UNIT: Record<Factor, 'fraction' | 'bp'> = {
  AI_EQ: 'fraction',
  EQ: 'fraction',
  BTC: 'fraction',
  ALT: 'fraction',
  HY: 'bp',
  IG: 'bp',
  RATE: 'bp',
  PC: 'fraction',
  GPU_RENT: 'fraction',
  GPU_RESALE: 'fraction',
  LIQ: 'fraction',
  EQ_CN: 'fraction',
  EQ_EU: 'fraction',
  EQ_JP: 'fraction',
  FX_EUR: 'fraction',
  FX_JPY: 'fraction',
  FX_CNH: 'fraction',
  FX_HKD: 'fraction',
  FX_GBP: 'fraction',
};

/**
 * The FX factor of a currency: its value in US dollars. CNY (onshore renminbi) uses CNH. USD and currencies without
 * a factor of their own are held at their US-dollar value (f = 0): a Swiss-franc holding moves like a dollar one.
 */
const CURRENCY_FACTORS: Readonly<Record<string, Factor>> = {
  EUR: 'FX_EUR',
  JPY: 'FX_JPY',
  CNH: 'FX_CNH',
  CNY: 'FX_CNH',
  HKD: 'FX_HKD',
  GBP: 'FX_GBP',
};
export const currencyFactor = (currency: string): Factor | null => CURRENCY_FACTORS[currency.toUpperCase()] ?? null;

/** Per-factor shape of the phase-two mean path: m(t) = s·[1 − retrace·(1 − 2^{−(t−lag)/halfLife})] after the lag, s before. */
export const RegimeFactor = z.object({
  /** 1 = back to the pre-shock level, > 1 overshoot, 0 = stays at the shock, < 0 keeps getting worse. */
  retrace: z.number().min(-10).max(10),
  lagWeeks: z.number().min(0).max(520),
  halfLifeWeeks: z.number().positive().max(520),
});
export type RegimeFactor = z.infer<typeof RegimeFactor>;

export const BUILT_IN_REGIMES = ['ease', 'no-ease'] as const;
export const BuiltInRegime = z.enum(BUILT_IN_REGIMES);
export type BuiltInRegime = z.infer<typeof BuiltInRegime>;

/** A built-in regime by name, or a user-defined one. Factors a custom regime leaves out stay at their shock (retrace 0). */
export const RegimeSpec = z.union([BuiltInRegime, z.object({ custom: z.partialRecord(Factor, RegimeFactor) })]);
export type RegimeSpec = z.infer<typeof RegimeSpec>;

const Shocks = z.partialRecord(Factor, z.number().finite()).superRefine((shocks, ctx) => {
  for (const [factor, value] of Object.entries(shocks)) {
    if (FACTOR_UNIT[factor as Factor] === 'fraction' && value !== undefined && value < -1) {
      ctx.addIssue({ code: 'custom', path: [factor], message: `${factor} is a fractional change and cannot fall below −1 (−100 %)` });
    }
  }
});

/**
 * A stress scenario, versioned JSON (DESIGN.md §5). Money amounts are in the base currency's units (not cents):
 * the model works in floating base-currency units and reports losses the same way.
 */
export const Scenario = z.object({
  version: z.literal(1),
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string(),
  /** Where every number comes from: cited statements (source ids of resources/sources.json) or free text lines. */
  sources: z.array(SourceLine),
  phaseOne: z.object({
    /** Core shocks: fractions for returns / NAV / depth, basis points for HY, IG and RATE. */
    shocks: Shocks,
    /** The shock's horizon: scales the covariance (Σ·h/52) for the conditional spread and the plausibility score. */
    horizonWeeks: z.number().positive().max(104),
  }),
  /** λ in C_s = (1−λ)·C + λ·s·sᵀ: 0 = normal correlations, 1 = everything moves together. */
  correlationConvergence: z.number().min(0).max(1),
  /** σ of the log-normal severity draw (median 1) that scales the core shocks per Monte Carlo path. */
  severityDispersion: z.number().min(0).max(2),
  phaseTwo: z.object({
    regime: RegimeSpec,
    horizonWeeks: z.number().int().min(1).max(260),
  }),
  liquidity: z.object({
    /** Share of the (stressed) average daily traded value one may trade per day; GSAM convention 15 %. */
    participation: z.number().gt(0).max(1),
    /** Y of the square-root impact law I ≈ Y·σ_daily·√(q/V); Donier & Bonart: of order 1. */
    impactY: z.number().min(0).max(5),
    /** A cash amount the trader must raise, in base-currency units (not cents); null = none. */
    cashNeed: z.number().min(0).nullable(),
  }),
  run: z.object({
    /** 0 = the deterministic mean-path evaluation alone. */
    paths: z.number().int().min(0).max(2_000_000),
    seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  }),
});
export type Scenario = z.infer<typeof Scenario>;
