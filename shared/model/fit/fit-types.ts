import { z } from 'zod';
import { Factor } from '../../domain/scenario';
import { FactorModelResource, FactorSpec } from '../resources';

/** A calendar date as the fit writes it: YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

/**
 * How the covariance is estimated: Ledoit–Wolf shrinkage of the sample covariance towards constant correlation (the
 * default: a long-run, well-conditioned estimate for a stress model), RiskMetrics EWMA (today's regime), or the plain
 * sample covariance (meant for a stress window).
 */
export const FitMethod = z.enum(['ledoit-wolf', 'ewma', 'sample']);
export type FitMethod = z.infer<typeof FitMethod>;

export const FitWindow = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((w) => w.from <= w.to, { message: 'the window must start before it ends' });
export type FitWindow = z.infer<typeof FitWindow>;

/** A column's factor: a factor code, or 'ignore' to leave the column out. */
export const ColumnFactor = z.union([Factor, z.literal('ignore')]);

export const FitOptions = z.object({
  method: FitMethod.default('ledoit-wolf'),
  /** RiskMetrics decay; used by 'ewma' only. */
  lambda: z.number().gt(0).lt(1).default(0.94),
  /** Only the rows dated within [from, to] (both included). */
  window: FitWindow.nullable().default(null),
  /** Column header (as the file writes it) → factor, for headers that are not factor codes. */
  mapping: z.record(z.string(), ColumnFactor).default({}),
  /** What a yield or spread level column (HY, IG, RATE) is written in; 'auto' reads the header, then the size of the values. */
  levelUnit: z.enum(['auto', 'percent', 'bp']).default('auto'),
});
export type FitOptions = z.infer<typeof FitOptions>;
export type FitOptionsInput = z.input<typeof FitOptions>;

export const ProblemColumn = z.object({ name: z.string(), number: z.number().int().positive() });

/** A remark on the file: English `message`, and `key` + `params` to say it in the reader's language. */
export const FitProblem = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  line: z.number().int().positive().nullable(),
  column: ProblemColumn.nullable(),
  key: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FitProblem = z.infer<typeof FitProblem>;

/** 'daily' = trading days (252 a year), 'daily-calendar' = every day, weekends too (365; crypto), 'weekly' (52). */
export const Frequency = z.enum(['daily', 'daily-calendar', 'weekly']);
export type Frequency = z.infer<typeof Frequency>;
export const PERIODS_PER_YEAR: Record<Frequency, number> = { daily: 252, 'daily-calendar': 365, weekly: 52 };

export const FitColumn = z.object({
  header: z.string(),
  number: z.number().int().positive(),
  factor: Factor.nullable(),
  /** A yield/spread level column: what its levels are written in (the changes are in bp either way). */
  levelUnit: z.enum(['percent', 'bp']).nullable(),
  /** Cells with a value, and cells empty or unreadable. */
  values: z.number().int().min(0),
  missing: z.number().int().min(0),
});
export type FitColumn = z.infer<typeof FitColumn>;

/** What a fit did, kept with a saved model. */
export const FitSummary = z.object({
  fileName: z.string(),
  method: FitMethod,
  lambda: z.number().nullable(),
  window: FitWindow.nullable(),
  frequency: Frequency,
  periodsPerYear: z.number().int().positive(),
  firstDate: IsoDate,
  lastDate: IsoDate,
  /** Dated data rows read; rows with every fitted series present (and in the window); returns between them. */
  rowsRead: z.number().int().min(0),
  rowsUsed: z.number().int().min(0),
  rowsDropped: z.number().int().min(0),
  returns: z.number().int().min(0),
  /** EWMA: Kish's effective number of returns, (Σw)²/Σw²; otherwise the number of returns. */
  effectiveReturns: z.number().min(0),
  factors: z.array(Factor),
  shrinkage: z.object({ target: z.literal('constant-correlation'), intensity: z.number().min(0).max(1), averageCorrelation: z.number() }).nullable(),
});
export type FitSummary = z.infer<typeof FitSummary>;

export const RepairInfo = z.object({ minEigenvalueBefore: z.number(), maxChange: z.number() });

export const VolRow = z.object({
  factor: Factor,
  unit: z.enum(['fraction', 'bp']),
  default: z.number(),
  fitted: z.number().nullable(),
  /** fitted / default − 1. */
  change: z.number().nullable(),
});
export type VolRow = z.infer<typeof VolRow>;

export const PairRow = z.object({ a: Factor, b: Factor, default: z.number(), fitted: z.number(), change: z.number() });
export type PairRow = z.infer<typeof PairRow>;

/** Every factor's vol, default against the model's; the correlations that differ from the defaults, largest change first. */
export const ModelComparison = z.object({ vols: z.array(VolRow), pairs: z.array(PairRow) });
export type ModelComparison = z.infer<typeof ModelComparison>;

/**
 * A factor model as a saved model or a run's snapshot holds it: the factor-model.json shape, but with the factors it
 * was made for (which may be fewer than today's, once factors are added). completeModel fills in the rest.
 */
export const FactorModelSnapshot = z
  .object({
    version: z.literal(1),
    description: z.string(),
    factors: z.record(z.string(), FactorSpec),
    correlation: z.object({
      order: z.array(z.string()).min(1),
      matrix: z.array(z.array(z.number().min(-1).max(1))),
      basis: z.string().min(1),
      cite: z.array(z.string()).optional(),
    }),
  })
  .superRefine((m, ctx) => {
    const { order, matrix } = m.correlation;
    const n = order.length;
    if (new Set(order).size !== n) ctx.addIssue({ code: 'custom', message: 'correlation.order names a factor twice' });
    for (const f of order) if (!m.factors[f]) ctx.addIssue({ code: 'custom', message: `factors has no entry for ${f}` });
    if (matrix.length !== n || matrix.some((r) => r.length !== n)) return void ctx.addIssue({ code: 'custom', message: `correlation.matrix must be ${n}×${n}` });
    for (let i = 0; i < n; i++) {
      if (matrix[i]![i] !== 1) ctx.addIssue({ code: 'custom', message: `correlation diagonal must be 1 (row ${i})` });
      for (let j = 0; j < i; j++) if (matrix[i]![j] !== matrix[j]![i]) ctx.addIssue({ code: 'custom', message: `correlation must be symmetric (${i},${j})` });
    }
  });
export type FactorModelSnapshot = z.infer<typeof FactorModelSnapshot>;

export const FitResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    summary: FitSummary,
    columns: z.array(FitColumn),
    /** The fitted block alone: annual vols and correlations of `summary.factors`. */
    fitted: z.object({ vols: z.array(z.number()), correlation: z.array(z.array(z.number())) }),
    /** Repairs made to reach a PSD matrix: of the fitted block (rounding, singular EWMA), of the merged model. */
    repairs: z.object({ block: RepairInfo.nullable(), merged: RepairInfo.nullable() }),
    /** The whole model: fitted where the file has the series, the defaults elsewhere. */
    model: FactorModelResource,
    comparison: ModelComparison,
    problems: z.array(FitProblem),
  }),
  z.object({ ok: z.literal(false), fileName: z.string(), columns: z.array(FitColumn), problems: z.array(FitProblem) }),
]);
export type FitResult = z.infer<typeof FitResult>;
