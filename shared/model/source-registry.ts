import { z } from 'zod';
import { SourceId } from '../domain/citation';

/**
 * Schema of resources/sources.json: the published figures the built-in scenarios and model defaults cite, by id.
 * Every field quotes calibration.md as written (tests check it against docs/sources/calibration.md); nothing here is
 * a figure of ours.
 */

/** One of the market commentaries the product was conceived from (the "seeds"), as a reader can find it. */
export const Commentary = z
  .object({
    /** The title as published, in its own language. */
    title: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    /** Where it was published. */
    publisher: z.string().min(1).optional(),
    /** Publication date as written (ISO where the commentary gives one). */
    date: z.string().min(1).optional(),
    /** BCP 47 language of the text, e.g. `zh`. */
    language: z.string().min(2),
    /** What it is about, in a few words (names it where it has no title). */
    subject: z.string().min(1),
    /** What it argues, in a line. */
    about: z.string().min(1),
  })
  .strict();
export type Commentary = z.infer<typeof Commentary>;

/** A sourced figure. */
export const SourceEntry = z
  .object({
    /** The figure as calibration.md states it. */
    fact: z.string().min(1),
    /** Who published it (a publisher, data series, filing or author), when calibration.md names one. */
    publication: z.string().min(1).optional(),
    /** When, as calibration.md writes it (a day, month, year or period). */
    date: z.string().min(1).optional(),
    /** The link calibration.md gives. */
    url: z.string().regex(/^https:\/\/\S+$/, 'a link starts with https://').optional(),
    /** calibration.md marks it (sec): a secondary source. */
    secondary: z.boolean(),
    /** The commentary (a key of `commentaries`) through which calibration.md has the figure. */
    via: SourceId.optional(),
  })
  .strict();
export type SourceEntry = z.infer<typeof SourceEntry>;

export const SourceRegistry = z
  .object({
    version: z.literal(1),
    _about: z.string(),
    commentaries: z.record(SourceId, Commentary),
    sources: z.record(SourceId, SourceEntry),
  })
  .superRefine((reg, ctx) => {
    for (const [id, entry] of Object.entries(reg.sources)) {
      if (id in reg.commentaries) ctx.addIssue({ code: 'custom', path: ['sources', id], message: `${id} is also a commentary id` });
      if (entry.via !== undefined && !(entry.via in reg.commentaries))
        ctx.addIssue({ code: 'custom', path: ['sources', id, 'via'], message: `unknown commentary ${entry.via}` });
    }
  });
export type SourceRegistry = z.infer<typeof SourceRegistry>;

/** Whether an id names a source or a commentary of the registry. */
export const isKnownSource = (registry: SourceRegistry, id: string): boolean => id in registry.sources || id in registry.commentaries;
