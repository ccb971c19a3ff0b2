import { z } from 'zod';
import { Cents } from './holding';

/** A candidate hedge (shared/hedge): trim a holding by a share, or a long or short of `notional` (base currency) in a proxy. */
export const HedgeTradeSpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trim'), holdingId: z.string().min(1), symbol: z.string().min(1), fraction: z.number().gt(0).lt(1) }),
  z.object({ kind: z.literal('proxy'), symbol: z.string().min(1), side: z.enum(['long', 'short']), notional: z.number().positive().finite() }),
]);
export type HedgeTradeSpec = z.infer<typeof HedgeTradeSpec>;

/**
 * What marks a portfolio as a what-if: a scratch copy of another (the saved one is never touched), the run it was
 * made from (to compare against), and the trades applied to it with their estimated cost in base-currency cents.
 */
export const WhatIfOf = z.object({
  portfolioId: z.string().min(1),
  /** The original's name when the copy was made (the label still reads when the original is renamed or deleted). */
  name: z.string(),
  runId: z.string().nullable(),
  trades: z.array(z.object({ trade: HedgeTradeSpec, costCents: Cents })),
});
export type WhatIfOf = z.infer<typeof WhatIfOf>;
