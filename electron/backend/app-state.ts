import { z } from 'zod';
import { ColumnMapping } from '../../shared/api/imports-api';
import { RunSummary } from '../../shared/api/runs-api';
import { ExposureTag, Settings } from '../../shared/domain';

/** 2: portfolios and scenarios are files of their own, the list of saved runs is derived from <data>/runs. */
export const STATE_SCHEMA_VERSION = 2;

export const TagWeightOverride = z.array(z.object({ tag: ExposureTag, weight: z.number().min(0).max(1) }));

/** What the store remembers of one run file, so start-up reads only files it has not seen: its size and time, and its summary. */
export const RunCacheEntry = z.object({ size: z.number(), mtimeMs: z.number(), summary: RunSummary });
export type RunCacheEntry = z.infer<typeof RunCacheEntry>;

/**
 * Settings and small things. What the user saved that matters — portfolios, scenarios, runs, factor models — are files
 * next to it (<data>/portfolios, scenarios, runs, factor-models), so a store that is lost or reset hides none of them.
 */
export const StoredState = z.object({
  schemaVersion: z.number().int(),
  settings: Settings,
  currentPortfolioId: z.string().nullable(),
  /** The user's exposure overrides, per symbol; they survive re-imports. */
  overrides: z.record(z.string(), TagWeightOverride),
  /** Column mappings the user chose, remembered per header signature. */
  mappings: z.record(z.string(), ColumnMapping),
  /** A cache of the run files' summaries by file name; the files in <data>/runs decide what is listed. */
  runCache: z.record(z.string(), RunCacheEntry),
  /** True once the sample book was loaded, so deleting it does not bring it back. */
  sampleLoaded: z.boolean(),
});
export type StoredState = z.infer<typeof StoredState>;

/**
 * What the store file may hold: version 1 kept the portfolios, the user's scenarios and the list of runs inside it.
 * They are written out as files at start-up (open-data.ts) and then removed; each entry is checked there, one by one,
 * so that one bad entry does not cost the others.
 */
export const AppState = StoredState.extend({
  portfolios: z.record(z.string(), z.unknown()).optional(),
  scenarios: z.record(z.string(), z.unknown()).optional(),
  runIndex: z.array(z.unknown()).optional(),
});
export type AppState = z.infer<typeof AppState>;

export const defaultState = (fxRates: Settings['fxRates']): AppState => ({
  schemaVersion: STATE_SCHEMA_VERSION,
  settings: { baseCurrency: 'USD', locale: 'en-US', theme: 'system', fxRates },
  currentPortfolioId: null,
  overrides: {},
  mappings: {},
  runCache: {},
  sampleLoaded: false,
});
