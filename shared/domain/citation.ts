import { z } from 'zod';

/** An id of the source registry (resources/sources.json): lower-case words joined by hyphens, e.g. `nvda-2022`. */
export const SourceId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a source id is lower-case words joined by hyphens');
export type SourceId = z.infer<typeof SourceId>;

/**
 * One cited statement of a scenario or a model default: what the number is (`text`, human words, to be translated
 * with the scenario), the registry ids of the published figures behind it (`cite`), and what is assumed where no
 * published figure exists (`assumption`). A cite id names a source or a commentary of the registry. Publication names, dates and links live in the registry, not here.
 */
export const CitedLine = z
  .object({
    text: z.string().min(1),
    cite: z.array(SourceId).min(1).optional(),
    /** What is assumed, or `true` when the whole statement is an assumption (no published figure behind it). */
    assumption: z.union([z.string().min(1), z.literal(true)]).optional(),
  })
  .strict();
export type CitedLine = z.infer<typeof CitedLine>;

/** A scenario's source line: a cited statement, or free text (a scenario of yours, or one saved before citations). */
export const SourceLine = z.union([z.string(), CitedLine]);
export type SourceLine = z.infer<typeof SourceLine>;

/** The line as one cited statement; free text becomes its text, citing nothing. */
export const asCited = (line: SourceLine): CitedLine => (typeof line === 'string' ? { text: line } : line);

/** Every registry id a list of lines cites, in order of first mention. */
export const citedIds = (lines: readonly SourceLine[]): string[] => [...new Set(lines.flatMap((l) => asCited(l).cite ?? []))];

/** All the words of a line (text and assumption), e.g. for a search. */
export const lineWords = (line: SourceLine): string => {
  const c = asCited(line);
  return typeof c.assumption === 'string' ? `${c.text} ${c.assumption}` : c.text;
};
