import { z } from 'zod';
import { CurrencyCode, Holding } from './holding';
import { ImportText } from './import-text';
import { WhatIfOf } from './what-if';

export { IssueColumn, ImportText, MessageArg, MessageRef } from './import-text';

export const ImportIssue = ImportText.extend({
  /** Physical line in the file (1-based); null for whole-file remarks. */
  line: z.number().int().positive().nullable(),
  severity: z.enum(['error', 'warning', 'info']),
  /** The offending raw value, shown next to the message. */
  value: z.string().optional(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const PortfolioSource = z.object({
  fileName: z.string(),
  format: z.string(),
  importedAt: z.string(),
});

export const Portfolio = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  source: PortfolioSource,
  holdings: z.array(Holding),
  /** FX rates the file itself gave, e.g. an IBKR statement: `rates[C]` = units of `base` per unit of C. */
  fileFx: z.object({ base: CurrencyCode, rates: z.record(CurrencyCode, z.number().positive()) }).nullable(),
  issues: z.array(ImportIssue),
  updatedAt: z.string(),
  /** Set on a what-if copy: which portfolio it copies and what was done to it (absent on an imported portfolio). */
  whatIfOf: WhatIfOf.optional(),
});
export type Portfolio = z.infer<typeof Portfolio>;
