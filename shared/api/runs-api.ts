import { z } from 'zod';
import { defineCall } from './define';

export const RunSummary = z.object({
  id: z.string(),
  portfolioId: z.string(),
  scenarioId: z.string(),
  createdAt: z.string(),
});

export const ScenarioSummary = z.object({
  id: z.string(),
  name: z.string(),
  builtIn: z.boolean(),
});

/** Filled by the engine and scenario issues; the contract already names them so hosts carry them. */
export const runCalls = {
  'scenarios.list': defineCall({
    input: z.object({}),
    output: z.array(ScenarioSummary),
    summary: 'Built-in and saved scenarios.',
  }),
  'runs.list': defineCall({ input: z.object({}), output: z.array(RunSummary), summary: 'Saved runs, newest first.' }),
};

export const runEvents = {
  'runs.progress': z.object({ runId: z.string(), pathsDone: z.number().int(), pathsTotal: z.number().int() }),
  'runs.finished': z.object({ runId: z.string(), ok: z.boolean(), message: z.string().optional() }),
};
