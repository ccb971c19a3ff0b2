import { z } from 'zod';
import { defineCall } from './define';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export const Paper = z.enum(PAPER_SIZES);
export type Paper = z.infer<typeof Paper>;

/** The tables a run exports as CSV. */
export const CSV_TABLES = ['holdings', 'exposures', 'fan', 'ladder'] as const;
export const CsvTable = z.enum(CSV_TABLES);
export type CsvTable = z.infer<typeof CsvTable>;

/** One saved run, or 2–4 to compare; each id once. */
const RunIds = z
  .array(z.string().min(1))
  .min(1)
  .max(4)
  .refine((ids) => new Set(ids).size === ids.length, 'each run may appear only once');

const ExportFile = z.object({ text: z.string(), fileName: z.string() });

export const reportCalls = {
  'reports.html': defineCall({
    input: z.object({ runIds: RunIds, paper: Paper.default('a4') }),
    output: z.object({ html: z.string(), fileName: z.string() }),
    summary: 'The stress report of a saved run (or a comparison of 2–4) as one self-contained HTML page: no scripts, no links out.',
  }),
  'reports.pdf': defineCall({
    input: z.object({ runIds: RunIds, paper: Paper.default('a4') }),
    output: z.object({ base64: z.string(), fileName: z.string() }),
    summary: 'The same report printed to PDF (A4 or Letter, page numbers and the disclaimer on every page); needs a Chromium on web and CLI hosts.',
  }),
  'exports.csv': defineCall({
    input: z.object({ runId: z.string().min(1), what: CsvTable }),
    output: ExportFile,
    summary: 'A table of a saved run as CSV: per holding, per exposure, the phase-two fan by week, or the liquidity ladder. Formula-like texts are neutralised.',
  }),
  'exports.json': defineCall({
    input: z.object({ runId: z.string().min(1) }),
    output: ExportFile,
    summary: 'A saved run as JSON, the shape `cli run --json` prints.',
  }),
};
