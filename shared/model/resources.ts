import { z } from 'zod';
import { CitedLine, SourceId } from '../domain/citation';
import { ExposureTag } from '../domain/exposure';
import { Factor, FACTORS, RegimeFactor } from '../domain/scenario';

/**
 * Schemas of the three resource files the model reads as data (resources/*.json). Every default carries its basis in
 * words and, where a published figure backs it, the ids of resources/sources.json it cites (`cite`).
 */

/** Source ids a basis cites. */
const Cite = z.array(SourceId).min(1).optional();

export const FactorSpec = z.object({
  volAnnual: z.number().positive(),
  /** s_i of the stressed correlation: +1 price-like, −1 spread/yield-like. */
  stressSign: z.union([z.literal(1), z.literal(-1)]),
  basis: z.string().min(1),
  cite: Cite,
});

export const FactorModelResource = z
  .object({
    version: z.literal(1),
    description: z.string(),
    factors: z.record(Factor, FactorSpec),
    correlation: z.object({
      order: z.array(Factor),
      matrix: z.array(z.array(z.number().min(-1).max(1))),
      basis: z.string().min(1),
      cite: Cite,
    }),
  })
  .superRefine((fm, ctx) => {
    const { order, matrix } = fm.correlation;
    if (order.join() !== FACTORS.join()) ctx.addIssue({ code: 'custom', message: `correlation.order must be ${FACTORS.join(', ')}` });
    const n = FACTORS.length;
    if (matrix.length !== n || matrix.some((r) => r.length !== n)) {
      ctx.addIssue({ code: 'custom', message: `correlation.matrix must be ${n}×${n}` });
      return;
    }
    for (let i = 0; i < n; i++) {
      if (matrix[i]![i] !== 1) ctx.addIssue({ code: 'custom', message: `correlation diagonal must be 1 (row ${i})` });
      for (let j = 0; j < i; j++)
        if (matrix[i]![j] !== matrix[j]![i]) ctx.addIssue({ code: 'custom', message: `correlation must be symmetric (${i},${j})` });
    }
  });
export type FactorModelResource = z.infer<typeof FactorModelResource>;

const Common = {
  /** Idiosyncratic (issuer-specific) annual volatility added in Monte Carlo. */
  idioVolAnnual: z.number().min(0),
  /** Days to liquidate when the holding gives no average daily traded value (FRTB-style 10/20/40/60/120). */
  liquidityHorizonDays: z.number().positive(),
  /** Maintenance margin as a share of the position's value; 0 = not marginable. */
  maintenance: z.number().min(0).max(1),
  /** Maintenance of a short position as a share of its market value; absent = `maintenance`. */
  shortMaintenance: z.number().min(0).max(1).optional(),
  /**
   * Coupons or dividends a year as a share of the position's value before the shock, accrued weekly in phase two
   * (a file's yield column or a bond's coupon comes first); absent = 0.
   */
  incomeYield: z.number().min(0).max(1).optional(),
};

export const LinearParams = z.object({ kind: z.literal('linear'), loadings: z.partialRecord(Factor, z.number()), ...Common });
export const BondParams = z.object({
  kind: z.literal('bond'),
  /** Modified duration (years) and convexity. */
  duration: z.number().min(0),
  convexity: z.number(),
  /** Δy = rateBeta·RATE + spreadBeta·SPREAD, in bp. */
  rateBeta: z.number(),
  spreadBeta: z.number(),
  spreadFactor: z.enum(['HY', 'IG']),
  ...Common,
});
export const CreditParams = z.object({
  kind: z.literal('credit'),
  dscr0: z.number().positive(),
  ebitdaMargin: z.number().gt(0).max(1),
  /** Revenue mix: ρ = revenueBtc·BTC + revenueGpu·GPU_RENT. */
  revenueBtc: z.number().min(0),
  revenueGpu: z.number().min(0),
  /** σ_cf: dispersion of log cash-flow coverage over a year. */
  cashFlowVol: z.number().positive(),
  /** Collateral mix (shares of collateral value) and collateral value per unit of debt (coverage). */
  collateralBtc: z.number().min(0),
  collateralGpu: z.number().min(0),
  collateralOther: z.number().min(0),
  coverage: z.number().min(0),
  fireSaleHaircut: z.number().min(0).max(1),
  /** Multiplies recovery: 1 = secured; unsecured converts recover less. */
  seniority: z.number().min(0).max(1),
  duration: z.number().min(0),
  spreadBeta: z.number(),
  workoutWeeks: z.number().min(0),
  ...Common,
});
export const PrivateCreditParams = z.object({
  kind: z.literal('privateCredit'),
  variant: z.enum(['listed', 'nonTraded']),
  navBeta: z.number(),
  /** Listed: change of the price-to-NAV ratio per bp of HY widening (negative). */
  discountPerBp: z.number(),
  /** Non-traded: reported marks follow the fundamental NAV this many weeks late. */
  markLagWeeks: z.number().min(0),
  /** Non-traded: redemptions paid per quarter, as a share of the holding. */
  gatePerQuarter: z.number().min(0).max(1),
  ...Common,
});
export const CashParams = z.object({ kind: z.literal('cash'), ...Common });

export const InstrumentParams = z.discriminatedUnion('kind', [LinearParams, BondParams, CreditParams, PrivateCreditParams, CashParams]);
export type InstrumentParams = z.infer<typeof InstrumentParams>;
export type LinearParams = z.infer<typeof LinearParams>;
export type BondParams = z.infer<typeof BondParams>;
export type CreditParams = z.infer<typeof CreditParams>;
export type PrivateCreditParams = z.infer<typeof PrivateCreditParams>;
export type InstrumentKind = InstrumentParams['kind'];

/** Per-holding override: any parameter of the holding's model (fields of other kinds are ignored), plus its ADV. */
export const InstrumentOverride = z
  .object({
    ...LinearParams.shape,
    ...BondParams.shape,
    ...CreditParams.shape,
    ...PrivateCreditParams.shape,
    /** Average daily traded value in US dollars (like Holding.advValue). */
    advValue: z.number().positive(),
  })
  .omit({ kind: true })
  .partial();
export type InstrumentOverride = z.infer<typeof InstrumentOverride>;

/** Per parameter: its basis in words, and the source ids behind it (keys of `cite` are keys of `basis`). */
const Based = { basis: z.record(z.string(), z.string()), cite: z.record(z.string(), z.array(SourceId).min(1)).optional() };

export const InstrumentDefaultsResource = z.object({
  version: z.literal(1),
  description: z.string(),
  /** Holdings of a private_credit tag whose security type or name matches this (case-insensitive) are non-traded funds. */
  nonTradedPattern: z.string(),
  nonTraded: z.object({ params: PrivateCreditParams, ...Based }),
  tags: z.record(ExposureTag, z.object({ params: InstrumentParams, ...Based })),
});
export type InstrumentDefaultsResource = z.infer<typeof InstrumentDefaultsResource>;

export const RegimesResource = z.object({
  version: z.literal(1),
  description: z.string(),
  regimes: z.record(
    z.string(),
    z.object({
      name: z.string(),
      description: z.string(),
      sources: z.array(CitedLine),
      factors: z.record(
        Factor,
        RegimeFactor.extend({
          basis: z.string().min(1),
          cite: Cite,
          /**
           * Retrace used instead of `retrace` on a path whose phase-one move of the factor is negative (a price that
           * fell, a spread that tightened, yields that fell). Absent: `retrace` for both signs. Built-in regimes only.
           */
          retraceIfNegative: RegimeFactor.shape.retrace.optional(),
        }),
      ),
    }),
  ),
});
export type RegimesResource = z.infer<typeof RegimesResource>;

/**
 * Per-symbol instrument defaults (resources/instrument-symbols.json): a group of symbols whose model departs from
 * their tag's default in a few parameters — a long Treasury fund has a far longer duration than the `govt` default.
 * They apply to a holding's slice of `tag` only, before the holding's own override.
 */
const SymbolDefaults = z
  .object({
    tag: ExposureTag,
    /** Bare upper-case symbols (as resources/exposure-symbols.json writes them). */
    symbols: z.array(z.string().regex(/^[A-Z0-9]+$/, 'a bare upper-case symbol')).min(1),
    params: InstrumentOverride.omit({ advValue: true }).strict().refine((p) => Object.keys(p).length > 0, 'sets at least one parameter'),
    ...Based,
  })
  .superRefine((g, ctx) => {
    for (const key of Object.keys(g.params)) if (!(key in g.basis)) ctx.addIssue({ code: 'custom', path: ['basis', key], message: `${key} has no basis` });
    for (const key of Object.keys(g.cite ?? {})) if (!(key in g.basis)) ctx.addIssue({ code: 'custom', path: ['cite', key], message: `${key} is cited but has no basis` });
  });

export const InstrumentSymbolsResource = z
  .object({ version: z.literal(1), description: z.string(), groups: z.array(SymbolDefaults) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.groups.forEach((g, gi) =>
      g.symbols.forEach((s, si) => {
        if (seen.has(s)) ctx.addIssue({ code: 'custom', path: ['groups', gi, 'symbols', si], message: `${s} is listed twice` });
        seen.add(s);
      }),
    );
  });
export type InstrumentSymbolsResource = z.infer<typeof InstrumentSymbolsResource>;

/**
 * What per-symbol defaults cannot say on their own: each parameter must be one of their tag's model (a `govt` group
 * cannot set `dscr0`) and the result must be a valid model. The problems as sentences; none for a good file.
 */
export function instrumentSymbolProblems(symbols: InstrumentSymbolsResource, defaults: InstrumentDefaultsResource): string[] {
  return symbols.groups.flatMap((g) => {
    const base = defaults.tags[g.tag].params;
    const foreign = Object.keys(g.params).filter((key) => !(key in base) || key === 'kind');
    if (foreign.length > 0) return [`${g.symbols.join(', ')}: ${foreign.join(', ')} not a parameter of the ${g.tag} model (${base.kind})`];
    const parsed = InstrumentParams.safeParse({ ...base, ...g.params, kind: base.kind });
    return parsed.success ? [] : [`${g.symbols.join(', ')}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
  });
}

/**
 * Where a slice's parameters came from beyond its tag's default: the per-symbol default it matched (the symbol and
 * the parameters it set) and the holding's own override (the parameters it set). Absent: the tag's default alone.
 */
export const ParamsOrigin = z.object({
  symbol: z.object({ symbol: z.string().min(1), keys: z.array(z.string()).min(1) }).optional(),
  override: z.array(z.string()).min(1).optional(),
});
export type ParamsOrigin = z.infer<typeof ParamsOrigin>;

export type ModelResources = {
  factorModel: FactorModelResource;
  instrumentDefaults: InstrumentDefaultsResource;
  regimes: RegimesResource;
  instrumentSymbols: InstrumentSymbolsResource;
};
