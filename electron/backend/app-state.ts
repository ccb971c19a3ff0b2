import { z } from 'zod';
import { ColumnMapping } from '../../shared/api/imports-api';
import { RunSummary } from '../../shared/api/runs-api';
import { Scenario } from '../../shared/domain/scenario';
import { ExposureTag, Portfolio, Settings } from '../../shared/domain';

export const STATE_SCHEMA_VERSION = 1;

export const TagWeightOverride = z.array(z.object({ tag: ExposureTag, weight: z.number().min(0).max(1) }));

/** Everything the store holds. Saved run results are files next to it, not in it. */
export const AppState = z.object({
  schemaVersion: z.number().int(),
  settings: Settings,
  portfolios: z.record(z.string(), Portfolio),
  currentPortfolioId: z.string().nullable(),
  /** The user's exposure overrides, per symbol; they survive re-imports. */
  overrides: z.record(z.string(), TagWeightOverride),
  /** Column mappings the user chose, remembered per header signature. */
  mappings: z.record(z.string(), ColumnMapping),
  /** Scenarios of the user's (built-ins live in resources/ and are read-only). */
  scenarios: z.record(z.string(), Scenario),
  /** Saved runs, newest last; each run's results are a file in <data>/runs. */
  runIndex: z.array(RunSummary),
  /** True once the sample book was loaded, so deleting it does not bring it back. */
  sampleLoaded: z.boolean(),
});
export type AppState = z.infer<typeof AppState>;

export const defaultState = (fxRates: Settings['fxRates']): AppState => ({
  schemaVersion: STATE_SCHEMA_VERSION,
  settings: { baseCurrency: 'USD', locale: 'en-US', theme: 'system', fxRates },
  portfolios: {},
  currentPortfolioId: null,
  overrides: {},
  mappings: {},
  scenarios: {},
  runIndex: [],
  sampleLoaded: false,
});
