import { z } from 'zod';
import { ExposureTag } from '../domain/exposure';
import { Factor } from '../domain/scenario';

/**
 * What a run produces (and `cli run --json` prints). Money is in base-currency units; losses are positive numbers.
 * Quantiles are nearest-rank. `medianWeeksToRecover` is null when fewer than half the paths are back at the
 * pre-shock value within the horizon (JSON has no Infinity).
 */
const ByExposure = z.partialRecord(ExposureTag, z.number());
const Histogram = z.object({ edges: z.array(z.number()), counts: z.array(z.number().int()) });

export const RunResult = z.object({
  meta: z.object({
    seed: z.number(),
    paths: z.number().int(),
    scenarioId: z.string(),
    baseCurrency: z.string(),
    /** Holdings left out (no FX rate); the caller fills this in when it valued the portfolio. */
    excludedHoldings: z.array(z.string()),
  }),
  phaseOne: z.object({
    startValue: z.number(),
    meanLoss: z.number(),
    meanLossPct: z.number(),
    var95: z.number(),
    var99: z.number(),
    es975: z.number(),
    /** Mean-path (deterministic) attribution, forced-sale costs excluded. */
    byExposure: ByExposure,
    byHolding: z.array(z.object({ holdingId: z.string(), symbol: z.string(), account: z.string(), loss: z.number() })),
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
    factors: z.record(Factor, z.number()),
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
    /** Mean end-of-horizon value by exposure; `cash` includes loans and forced-sale proceeds. */
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
  }),
});
export type RunResult = z.infer<typeof RunResult>;
