import { z } from 'zod';
import { Cents } from '../domain/holding';
import { HedgeTradeSpec } from '../domain/what-if';
import { defineCall } from './define';
import { PortfolioView } from './portfolios-api';

/** A change by hand to one holding of a what-if: a new quantity, a new value in its own currency, or removal. */
export const HoldingEditInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quantity'), quantity: z.number().finite().min(-1e12).max(1e12) }),
  z.object({ kind: z.literal('value'), cents: Cents.min(-1e15).max(1e15) }),
  z.object({ kind: z.literal('remove') }),
]);
export type HoldingEditInput = z.infer<typeof HoldingEditInput>;

export const whatIfCalls = {
  'portfolios.whatIf': defineCall({
    input: z.object({
      portfolioId: z.string().min(1),
      /** A hedge to apply at once (a candidate of hedges.find); without one the copy starts unchanged. */
      trade: HedgeTradeSpec.optional(),
      /** The trade's estimated cost in base-currency units, paid from the what-if's cash. */
      cost: z.number().min(0).max(1e13).default(0),
      /** The run the what-if is made from, to compare against. */
      runId: z.string().min(1).optional(),
    }),
    output: PortfolioView,
    summary: 'Make a what-if: a scratch copy of a portfolio (marked whatIfOf), a hedge trade applied and settled in cash; the saved portfolio is not touched and the open one does not change.',
  }),
  'portfolios.editWhatIf': defineCall({
    input: z.object({ id: z.string().min(1), holdingId: z.string().min(1), edit: HoldingEditInput }),
    output: PortfolioView,
    summary: 'Change a holding of a what-if copy (quantity, value or removal), the difference settled in its what-if cash line; refused for a portfolio that is not a what-if.',
  }),
  'portfolios.adoptWhatIf': defineCall({
    input: z.object({ id: z.string().min(1) }),
    output: PortfolioView,
    summary: '"Make this my portfolio": the original takes the what-if’s holdings (keeping its id, name and source), the copy is removed and the original opened; a what-if whose original is gone just loses its mark.',
  }),
};
