import { z } from 'zod';
import { FactorModelSnapshot, FitOptions, FitResult, FitSummary, ModelComparison } from '../model/fit/fit-types';
import { FactorModelResource } from '../model/resources';
import { defineCall } from './define';

/** Price histories above this many characters are refused (20 years of daily prices for every factor is ~2 MB). */
export const MAX_HISTORY_CHARS = 10 * 1024 * 1024;

/** A factor model the person saved: the fitted model (all factors of its time) and what the fit did. One JSON file each. */
export const SavedFactorModel = z.object({
  version: z.literal(1),
  id: z.string().min(1),
  name: z.string().min(1),
  createdAt: z.string(),
  fit: FitSummary,
  model: FactorModelSnapshot,
});
export type SavedFactorModel = z.infer<typeof SavedFactorModel>;

/** A saved model in a list; an unreadable file is listed too (with why), never hidden. */
export const FactorModelSummary = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string().nullable(),
  fit: FitSummary.nullable(),
  /** Why the file could not be read (it is left where it is); null when it reads. */
  unreadable: z.string().nullable(),
});
export type FactorModelSummary = z.infer<typeof FactorModelSummary>;

/** A history to fit: the file's text and how to fit it. */
export const FitRequest = z.object({
  fileName: z.string().min(1).max(260),
  text: z.string().max(MAX_HISTORY_CHARS, 'The file is larger than 10 MB.'),
  options: FitOptions.optional(),
});
export type FitRequest = z.infer<typeof FitRequest>;

/** Which factor model a run used: a saved one by id and name (the run's inputs keep the model itself). */
export const RunFactorModel = z.object({ id: z.string().min(1), name: z.string().min(1) });
export type RunFactorModel = z.infer<typeof RunFactorModel>;

export const factorModelCalls = {
  'factorModels.fit': defineCall({
    input: FitRequest,
    output: FitResult,
    summary: 'Fit annual vols and correlations to a price history (CSV text); the fitted model against the defaults, with line-numbered remarks. Nothing is saved.',
  }),
  'factorModels.save': defineCall({
    input: FitRequest.extend({ name: z.string().trim().min(1).max(120), replaceId: z.string().min(1).optional() }),
    output: FactorModelSummary,
    summary: 'Fit the history again and save the model under a name (or in place of a saved one); refused when the history cannot be fitted.',
  }),
  'factorModels.list': defineCall({ input: z.object({}), output: z.array(FactorModelSummary), summary: 'Saved factor models, newest first.' }),
  'factorModels.get': defineCall({
    input: z.object({ id: z.string().min(1) }),
    output: z.object({ summary: FactorModelSummary, model: FactorModelResource, comparison: ModelComparison }),
    summary: 'One saved model as a run would use it (factors added since it was saved take their defaults), against the defaults.',
  }),
  'factorModels.delete': defineCall({
    input: z.object({ id: z.string().min(1) }),
    output: z.object({ deleted: z.boolean() }),
    summary: 'Delete a saved factor model. Runs made with it keep their own copy.',
  }),
};
