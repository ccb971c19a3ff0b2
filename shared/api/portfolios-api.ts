import { z } from 'zod';
import { Portfolio, PortfolioValuation } from '../domain';
import { defineCall } from './define';

export const PortfolioSummary = z.object({
  id: z.string(),
  name: z.string(),
  holdingsCount: z.number().int(),
  updatedAt: z.string(),
  /** A what-if copy: the name of the portfolio it copies. */
  whatIfOf: z.string().optional(),
});
export type PortfolioSummary = z.infer<typeof PortfolioSummary>;

/** A portfolio with its valuation in the current base currency. */
export const PortfolioView = z.object({ portfolio: Portfolio, valuation: PortfolioValuation });
export type PortfolioView = z.infer<typeof PortfolioView>;

export const portfolioCalls = {
  'portfolios.list': defineCall({
    input: z.object({}),
    output: z.object({ currentId: z.string().nullable(), portfolios: z.array(PortfolioSummary) }),
    summary: 'Saved portfolios and which one is open.',
  }),
  'portfolios.get': defineCall({
    input: z.object({ id: z.string().min(1).optional() }),
    output: PortfolioView,
    summary: 'One portfolio (the open one when no id is given), valued in the base currency.',
  }),
  'portfolios.select': defineCall({
    input: z.object({ id: z.string().min(1) }),
    output: PortfolioView,
    summary: 'Open a portfolio.',
  }),
};
