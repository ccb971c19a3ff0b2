import { z } from 'zod';
import { ExposureTag } from '../domain/exposure';
import { Factor, Scenario } from '../domain/scenario';
import { defineCall } from './define';

/** What the reverse stress test is asked to reach: a phase-one loss, as an amount in the base currency or a share. */
export const ReverseTargetInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('loss'), amount: z.number().positive() }),
  z.object({ kind: z.literal('lossFraction'), fraction: z.number().gt(0).lt(1) }),
  /** Equity below the maintenance requirement in phase one. */
  z.object({ kind: z.literal('marginCall') }),
  /** Less than `amount` raisable (net of impact cost) by day `day`. */
  z.object({ kind: z.literal('cash'), amount: z.number().positive(), day: z.number().int().min(1).max(365) }),
]);
export type ReverseTargetInput = z.infer<typeof ReverseTargetInput>;

const BookRef = {
  portfolioId: z.string().min(1).optional(),
  previewId: z.string().min(1).optional(),
  /** A saved factor model (factorModels.list) instead of the built-in one: the covariance and the run's revaluation use it. */
  factorModelId: z.string().min(1).optional(),
};

export const ReverseAnswerOutput = z.discriminatedUnion('reached', [
  z.object({
    reached: z.literal(true),
    /** An ordinary scenario: every factor a core shock; open it in the editor, save it, run it. */
    scenario: Scenario,
    shocks: z.record(Factor, z.number()),
    d: z.number(),
    /** Where d ranks among the built-ins: how many are milder (smaller d), of how many. */
    milderBuiltIns: z.number().int(),
    builtIns: z.number().int(),
    startValue: z.number(),
    loss: z.number(),
    byExposure: z.partialRecord(ExposureTag, z.number()),
    marginCall: z.boolean(),
    cashRaisable: z.number().nullable(),
  }),
  z.object({ reached: z.literal(false), why: z.enum(['flat', 'bounded']), startValue: z.number(), bestLoss: z.number(), bestCash: z.number().nullable() }),
]);
export type ReverseAnswerOutput = z.infer<typeof ReverseAnswerOutput>;

export const HedgeTradeOutput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trim'), holdingId: z.string(), symbol: z.string(), fraction: z.number() }),
  z.object({ kind: z.literal('proxy'), symbol: z.string(), side: z.enum(['long', 'short']), notional: z.number() }),
]);

export const HedgeCandidateOutput = z.object({
  trade: HedgeTradeOutput,
  notional: z.number(),
  cost: z.number(),
  esBefore: z.number(),
  esAfter: z.number(),
  marginCallBefore: z.number(),
  marginCallAfter: z.number(),
  esCutPerNotional: z.number(),
  esCutPerCost: z.number().nullable(),
});
export type HedgeCandidateOutput = z.infer<typeof HedgeCandidateOutput>;

export const stressCalls = {
  'reverse.solve': defineCall({
    input: z.object({ ...BookRef, templateId: z.string().min(1).default('ai-capex-bust-ease'), target: ReverseTargetInput }),
    output: ReverseAnswerOutput,
    summary:
      'Reverse stress test: the most plausible factor shock (smallest Mahalanobis distance under the stressed covariance of the template’s horizon and λ) whose phase-one mean-path loss reaches the target, as a scenario; or why no shock can.',
  }),
  'hedges.find': defineCall({
    input: z.object({
      ...BookRef,
      /** A saved run: its own snapshot — portfolio as it was, FX rates, factor model and scenario — is what is hedged. */
      runId: z.string().min(1).optional(),
      scenarioId: z.string().min(1).optional(),
      scenario: Scenario.optional(),
      paths: z.number().int().min(100).max(200_000).optional(),
      seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
      trims: z.array(z.number().gt(0).lt(1)).min(1).max(5).default([0.1, 0.25, 0.5]),
      /** Notional of each proxy trade in the base currency; default 10 % of the book's gross long value. */
      proxyNotional: z.number().positive().optional(),
    }),
    output: z.object({ esBefore: z.number(), marginCallBefore: z.number(), paths: z.number().int(), seed: z.number().int(), candidates: z.array(HedgeCandidateOutput) }),
    summary: 'Hedge finder (progress as hedges.progress events; hedges.cancel stops it): candidate trades (trim each holding, long or short a liquid proxy) ranked by phase-one ES removed per dollar of notional, each run through the same Monte Carlo.',
  }),
  'hedges.cancel': defineCall({
    input: z.object({}),
    output: z.object({ cancelled: z.boolean() }),
    summary: 'Stop a running hedge search at once.',
  }),
};

export const stressEvents = {
  'hedges.progress': z.object({ done: z.number().int(), total: z.number().int() }),
};
