import { z } from 'zod';
import { Portfolio } from '../domain/portfolio';
import { Settings } from '../domain/settings';
import { SourceLine } from '../domain/citation';
import { Scenario } from '../domain/scenario';
import { RunResult } from '../engine/run-result';
import { defineCall } from './define';
import { RunFactorModel } from './factor-models-api';
import { FactorModelSnapshot } from '../model/fit/fit-types';

export const ScenarioSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  builtIn: z.boolean(),
  sources: z.array(SourceLine),
});
export type ScenarioSummary = z.infer<typeof ScenarioSummary>;

/** What a run is given: a portfolio (saved, or an import preview for the CLI) and a scenario (by id, or inline). */
export const RunRequest = z.object({
  portfolioId: z.string().min(1).optional(),
  previewId: z.string().min(1).optional(),
  scenarioId: z.string().min(1).optional(),
  scenario: Scenario.optional(),
  /** Override the scenario's run settings. */
  paths: z.number().int().min(0).max(2_000_000).optional(),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  /** Worker processes; the default is the number of cores. Results do not depend on it. */
  workers: z.number().int().min(1).max(64).optional(),
  /** A saved factor model (factorModels.list) instead of the built-in one. */
  factorModelId: z.string().min(1).optional(),
});
export type RunRequest = z.infer<typeof RunRequest>;

/** Everything needed to reproduce a run, and its result. */
export const RunRecord = z.object({
  runId: z.string(),
  createdAt: z.string(),
  meta: z.object({
    seed: z.number(),
    paths: z.number().int(),
    workers: z.number().int(),
    appVersion: z.string(),
    /** SHA-256 of the holdings, settings, scenario and model resources that went in. */
    inputHash: z.string(),
    scenario: Scenario,
    portfolioId: z.string().nullable(),
    portfolioName: z.string(),
    elapsedMs: z.number(),
    /** The saved factor model the run used; absent = the built-in one (and for runs made before models could be chosen). */
    factorModel: RunFactorModel.optional(),
  }),
  result: RunResult,
});
export type RunRecord = z.infer<typeof RunRecord>;

/**
 * What reproduces a run exactly: the portfolio as it was, the valuation settings it was run with, and the factor model
 * when it was a saved one (a copy, so that editing or deleting the saved model changes nothing; absent = built-in).
 */
export const RunInputs = z.object({
  portfolio: Portfolio,
  valuation: Settings.pick({ baseCurrency: true, fxRates: true }),
  factorModel: RunFactorModel.extend({ model: FactorModelSnapshot }).optional(),
});
export type RunInputs = z.infer<typeof RunInputs>;

/** A saved run as its file holds it: the record and the inputs that reproduce it. */
export const SavedRun = z.object({ version: z.literal(1), record: RunRecord, inputs: RunInputs });
export type SavedRun = z.infer<typeof SavedRun>;

export const RunSummary = z.object({
  runId: z.string(),
  portfolioName: z.string(),
  scenarioId: z.string(),
  scenarioName: z.string(),
  paths: z.number().int(),
  seed: z.number(),
  baseCurrency: z.string(),
  meanLoss: z.number(),
  meanLossPct: z.number(),
  createdAt: z.string(),
});
export type RunSummary = z.infer<typeof RunSummary>;

export const runCalls = {
  'scenarios.list': defineCall({
    input: z.object({}),
    output: z.array(ScenarioSummary),
    summary: 'Built-in and saved scenarios.',
  }),
  'scenarios.get': defineCall({ input: z.object({ id: z.string().min(1) }), output: Scenario, summary: 'One scenario, whole.' }),
  'runs.start': defineCall({
    input: RunRequest,
    output: z.object({ runId: z.string() }),
    summary: 'Start a stress run in worker processes; progress and completion arrive as events.',
  }),
  'runs.active': defineCall({
    input: z.object({}),
    output: z.object({ runId: z.string(), scenarioName: z.string(), pathsDone: z.number().int(), pathsTotal: z.number().int() }).nullable(),
    summary: 'The run in progress, if any, so a reloaded page (or another window) can follow or cancel it.',
  }),
  'runs.cancel': defineCall({
    input: z.object({ runId: z.string().min(1) }),
    output: z.object({ cancelled: z.boolean() }),
    summary: 'Stop a run at once (its workers are replaced).',
  }),
  'runs.get': defineCall({
    input: z.object({ runId: z.string().min(1) }),
    output: RunRecord,
    summary: 'A finished run: its inputs, seed, hash and results.',
  }),
  'runs.list': defineCall({ input: z.object({}), output: z.array(RunSummary), summary: 'Saved runs, newest first.' }),
  'runs.rerun': defineCall({
    input: z.object({ runId: z.string().min(1) }),
    output: z.object({ runId: z.string() }),
    summary: 'Run a saved run again from its own snapshot (portfolio, FX, scenario, seed, paths): the result is identical.',
  }),
  'runs.delete': defineCall({ input: z.object({ runId: z.string().min(1) }), output: z.object({ deleted: z.boolean() }), summary: 'Delete a saved run.' }),
  'scenarios.save': defineCall({
    input: z.object({ scenario: Scenario }),
    output: Scenario,
    summary: 'Save a scenario of yours (new or changed). Built-ins are read-only: duplicate them to edit.',
  }),
  'scenarios.duplicate': defineCall({
    input: z.object({ id: z.string().min(1), name: z.string().trim().min(1).max(120).optional() }),
    output: Scenario,
    summary: 'Copy a scenario (built-in or yours) into a new one of yours.',
  }),
  'scenarios.delete': defineCall({ input: z.object({ id: z.string().min(1) }), output: z.object({ deleted: z.boolean() }), summary: 'Delete a scenario of yours.' }),
  'scenarios.import': defineCall({
    input: z.object({ fileName: z.string().min(1), text: z.string().max(5 * 1024 * 1024) }),
    output: Scenario,
    summary: 'Add a scenario from a JSON file; a clashing id gets a new one.',
  }),
};

export const runEvents = {
  'runs.progress': z.object({ runId: z.string(), pathsDone: z.number().int(), pathsTotal: z.number().int() }),
  'runs.finished': z.object({
    runId: z.string(),
    status: z.enum(['done', 'cancelled', 'failed']),
    /** For 'failed': a sentence for the person. */
    message: z.string().optional(),
  }),
};
