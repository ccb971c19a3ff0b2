import { z } from 'zod';

/**
 * A catalogue message named by its key, with its params. A param is a value (a number, or text from the file: a cell, a
 * column header) or itself a message: a word of the program's own ('unknown tag', 'a ZIP archive'), so that it is
 * rendered in the reader's language too instead of being spliced in as English.
 */
export type MessageRef = { key: string; params?: Record<string, MessageArg> };
export type MessageArg = string | number | MessageRef;

export const MessageArg: z.ZodType<MessageArg> = z.lazy(() => z.union([z.string(), z.number(), MessageRef]));
export const MessageRef: z.ZodType<MessageRef> = z.lazy(() => z.object({ key: z.string().min(1), params: z.record(z.string(), MessageArg).optional() }));

/** The column of the file a remark is about: its header as the file writes it, and its number counted from 1. */
export const IssueColumn = z.object({
  name: z.string().optional(),
  number: z.number().int().positive().optional(),
});
export type IssueColumn = z.infer<typeof IssueColumn>;

/**
 * What the importer says about a file or a line. `message` is the English sentence (what a saved portfolio and the
 * CLI's --json keep, readable in any version); `key` and `params` render it in the reader's language. Both are optional
 * so that portfolios saved before they existed still parse (they show `message`).
 */
export const ImportText = z.object({
  message: z.string(),
  key: z.string().min(1).optional(),
  params: z.record(z.string(), MessageArg).optional(),
  /** The column concerned, where the importer knows it. */
  column: IssueColumn.optional(),
});
export type ImportText = z.infer<typeof ImportText>;
