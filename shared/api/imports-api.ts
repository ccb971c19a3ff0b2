import { z } from 'zod';
import { CurrencyCode, ExposureTag, ImportIssue, ImportText, MessageRef, Portfolio, PortfolioValuation } from '../domain';
import { FIELDS } from '../import/types';
import { defineCall } from './define';
import { PortfolioView } from './portfolios-api';

/** Files above this are refused before they are sent (the importer refuses them too). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const ColumnMapping = z.partialRecord(z.enum(FIELDS), z.string());
export type ColumnMappingInput = z.infer<typeof ColumnMapping>;

export const CheckFigure = z.object({
  line: z.number().int(),
  label: z.string(),
  /** The label in the reader's language, when it is the importer's (IBKR) rather than the file's own text. */
  labelRef: MessageRef.optional(),
  expectedCents: z.number().int(),
  actualCents: z.number().int(),
  currency: z.string(),
});

/** What the importer found, before anything is saved. */
export const ImportPreview = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    previewId: z.string(),
    fileName: z.string(),
    format: z.string(),
    portfolio: Portfolio,
    valuation: PortfolioValuation,
    issues: z.array(ImportIssue),
    checkFigures: z.array(CheckFigure),
    columns: z.array(z.string()),
    headerSignature: z.string(),
    /** The column mapping used: the one given, or the one remembered for this header. */
    mapping: ColumnMapping.nullable(),
  }),
  z.object({
    ok: z.literal(false),
    fileName: z.string(),
    /** Why the file is refused, in English; key and params say it in the reader's language (issueText(refusalOf(…))). */
    reason: z.string(),
    key: ImportText.shape.key,
    params: ImportText.shape.params,
    column: ImportText.shape.column,
    columns: z.array(z.string()),
    headerSignature: z.string(),
  }),
]);
export type ImportPreview = z.infer<typeof ImportPreview>;

export const TagWeightInput = z.object({ tag: ExposureTag, weight: z.number().gt(0).max(1) });

export const importCalls = {
  'imports.preview': defineCall({
    input: z.object({
      fileName: z.string().min(1),
      /** The file's bytes, base64-encoded (it is decoded and parsed in the back end). */
      dataBase64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 8, 'The file is larger than 50 MB.'),
      mapping: ColumnMapping.optional(),
      /** Value the preview in this currency / with these rates instead of the settings (CLI --base/--fx). */
      baseCurrency: CurrencyCode.optional(),
      fxUsdPerUnit: z.record(CurrencyCode, z.number().positive()).optional(),
    }),
    output: ImportPreview,
    summary: 'Read a broker CSV and show every holding and every problem; nothing is saved yet.',
  }),
  'imports.confirm': defineCall({
    input: z.object({
      previewId: z.string().min(1),
      /** Replace this portfolio's holdings (keeping overrides); otherwise a new portfolio is made. */
      replaceId: z.string().min(1).optional(),
      name: z.string().trim().min(1).max(120).optional(),
    }),
    output: PortfolioView,
    summary: 'Save a previewed import as a portfolio (new, or replacing one) and open it.',
  }),
  'portfolios.setOverride': defineCall({
    input: z.object({ symbol: z.string().trim().min(1), exposures: z.array(TagWeightInput).min(1).max(12).nullable() }),
    output: PortfolioView,
    summary: 'Set (or with null remove) your exposure override for a symbol, in every portfolio; answers the open one.',
  }),
  'portfolios.rename': defineCall({
    input: z.object({ id: z.string().min(1), name: z.string().trim().min(1).max(120) }),
    output: PortfolioView,
    summary: 'Rename a portfolio.',
  }),
  'portfolios.delete': defineCall({
    input: z.object({ id: z.string().min(1) }),
    output: z.object({ currentId: z.string().nullable() }),
    summary: 'Delete a portfolio; another one is opened if there is one.',
  }),
};
