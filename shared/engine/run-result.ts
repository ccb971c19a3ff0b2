import { z } from 'zod';
import { ExposureTag } from '../domain/exposure';
import { type Factor, FACTORS } from '../domain/scenario';
import { Reasons } from '../model/explain';

/**
 * What a run produces (and `cli run --json` prints). Money is in base-currency units; losses are positive numbers.
 * Quantiles are nearest-rank. `medianWeeksToRecover` is null when fewer than half the paths are back at the
 * pre-shock value within the horizon (JSON has no Infinity).
 */
const ByExposure = z.partialRecord(ExposureTag, z.number());
const Histogram = z.object({ edges: z.array(z.number()), counts: z.array(z.number().int()) });
/** Every factor's mean phase-one move. A run saved before a factor existed reads it as 0: in its model it did not move. */
const FactorMoves = z.object(Object.fromEntries(FACTORS.map((f) => [f, z.number().default(0)])) as Record<Factor, z.ZodDefault<z.ZodNumber>>);

export const RunResult = z.object({
  meta: z.object({
    seed: z.number(),
    paths: z.number().int(),
    scenarioId: z.string(),
    baseCurrency: z.string(),
    /** Holdings left out (no FX rate); the caller fills this in when it valued the portfolio. */
    excludedHoldings: z.array(z.string()),
    /**
     * How quantiles, VaR, ES and histograms were computed: 'exact' — order statistics of every path's values (runs up
     * to EXACT_PATHS_LIMIT paths, and every run saved before there was a choice); 'binned' — from log-binned counts,
     * each within 2^−12 of its value (engine/binned.ts), so memory does not grow with paths. Means are exact in both.
     */
    statistics: z.enum(['exact', 'binned']).default('exact'),
  }),
  phaseOne: z.object({
    startValue: z.number(),
    meanLoss: z.number(),
    meanLossPct: z.number(),
    var95: z.number(),
    var99: z.number(),
    es975: z.number(),
    /**
     * What byExposure and byHolding are: 'paths' — each part's expected loss over the same Monte Carlo paths as
     * meanLoss, forced-sale costs included, so the parts add up to meanLoss; 'meanPath' — the loss on the single mean
     * path (runs with 0 paths, where that is meanLoss too; and runs saved before attribution over paths, whose parts
     * exclude forced-sale costs and do not add up to meanLoss).
     */
    attribution: z.enum(['paths', 'meanPath']).default('meanPath'),
    byExposure: ByExposure,
    byHolding: z.array(
      z.object({
        holdingId: z.string(),
        symbol: z.string(),
        account: z.string(),
        /** Value before the shock in the base currency (absent in older runs). */
        value: z.number().optional(),
        loss: z.number(),
        /** The part of `loss` that is the impact cost of margin-call sales of this holding. */
        forcedSaleCost: z.number().default(0),
      }),
    ),
    /** Why each holding (byHolding's order) loses what it does: its model's valuation at the mean move. Absent in older runs. */
    reasons: Reasons.optional(),
    /** The deterministic mean path's loss, by exposure and per holding (byHolding's order): a different statistic from the means over paths. */
    meanPath: z.object({ loss: z.number(), byExposure: ByExposure, byHolding: z.array(z.number()) }).optional(),
    marginCall: z.object({
      /** On the mean path. */
      triggered: z.boolean(),
      forcedSales: z.array(z.object({ holdingId: z.string(), symbol: z.string(), proceeds: z.number(), cost: z.number() })),
      lockedInLoss: z.number(),
      /** Calendar days the forced sales take at the participation cap (0 when none). */
      daysToComplete: z.number(),
      /** Share of Monte Carlo paths with a margin call (the mean path's 0/1 when paths = 0). */
      probability: z.number(),
    }),
    factors: FactorMoves,
    plausibility: z.object({ mahalanobis: z.number(), sigma: z.number() }),
    lossHistogram: Histogram,
  }),
  phaseTwo: z.object({
    weeks: z.array(z.number().int()),
    p5: z.array(z.number()),
    p25: z.array(z.number()),
    p50: z.array(z.number()),
    p75: z.array(z.number()),
    p95: z.array(z.number()),
    /** P(value has been back at the pre-shock value at some week ≤ t). */
    recoveryProbability: z.array(z.number()),
    medianWeeksToRecover: z.number().int().nullable(),
    defaults: z.object({
      /** Expected number of credit-risky holdings defaulting within the horizon. */
      expected: z.number(),
      byHolding: z.array(z.object({ holdingId: z.string(), symbol: z.string(), probability: z.number() })),
    }),
    /** Mean end-of-horizon value by exposure; `cash` includes loans, forced-sale proceeds (both phases) and income accrued. */
    endByExposure: ByExposure,
    endHistogram: Histogram,
    liquidityLadder: z.object({
      days: z.array(z.number()),
      cashRaisable: z.array(z.number()),
      costs: z.array(z.number()),
      byExposure: z.partialRecord(ExposureTag, z.array(z.number())),
      /**
       * The margin loan still owed after phase one's forced sales on the mean path (positive, base currency). Cash
       * raisable is gross of it: what is free to spend by day d is cashRaisable[d] − loan. Absent in runs saved before it.
       */
      loan: z.number().optional(),
      cashNeed: z
        .object({ amount: z.number(), dayMet: z.number().int().nullable(), cost: z.number(), shortfall: z.number() })
        .nullable(),
    }),
    /**
     * Margin calls in phase two (absent in runs saved before them: treat as unknown, not as none). Each week of each
     * path, equity below maintenance (the same requirement as phase one's) is met at once by forced sales in phase
     * one's order and at its impact cost; what was sold leaves the book. `probability`: share of paths with at least
     * one such call within the horizon; `medianWeek`: the median (nearest-rank) week of the first call among those
     * paths, null when none; `lockedLoss`: mean over ALL paths (0 for a path without a call) of what the sold and
     * bought-back value would be worth at the horizon less the cash the sales fetched net of impact cost — positive
     * when the prices recovered after the sale, negative when selling avoided a further fall; income the sold part
     * would have paid is not in it. `meanPath`: the same on the deterministic mean path. With 0 paths the statistics
     * are the mean path's.
     */
    marginCall: z
      .object({
        probability: z.number(),
        medianWeek: z.number().int().nullable(),
        lockedLoss: z.number(),
        meanPath: z.object({ triggered: z.boolean(), week: z.number().int().nullable(), lockedLoss: z.number() }),
      })
      .optional(),
    /** Coupons and dividends accrued into cash by the horizon (mean over paths, and on the mean path); the fan includes them. Absent in older runs. */
    income: z.object({ mean: z.number(), meanPath: z.number() }).optional(),
  }),
});
export type RunResult = z.infer<typeof RunResult>;
