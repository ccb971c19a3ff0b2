import type { IssueColumn, MessageArg, MessageRef } from '../domain/import-text';
import { importEn } from '../i18n/en/messages-import';
import type { MessageKey } from '../i18n/messages-en';
import { translator } from '../i18n/translate';
import type { BlendProblem } from '../classify';
import { clipQuoted } from '../text/clip-text';
import { refText } from './issue-text';
import type { Refusal } from './types';

/**
 * Every sentence the importer shows a person lives in the message catalogue as `import.msg.<key>` (English in
 * i18n/en/messages-import.ts, Chinese beside it). An issue or refusal carries its key and params, and its English text as
 * `message`; issueText renders it in the reader's language.
 */
const PREFIX = 'import.msg.';
type ShortKey<K> = K extends `import.msg.${infer Short}` ? Short : never;
export type ImportMessageKey = ShortKey<keyof typeof importEn>;

/** The English templates by short key ('quantityNotNumber' → 'The quantity "{value}" is …'), read from the catalogue. */
export const importMessages = Object.fromEntries(
  Object.entries(importEn)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([key, text]) => [key.slice(PREFIX.length), text]),
) as Record<ImportMessageKey, string>;

export type ImportParams = Record<string, MessageArg>;
/** What an issue or refusal says: the English sentence, and the key and params to say it in another language. */
export type ImportSentence = { message: string; key: MessageKey; params?: ImportParams; column?: IssueColumn };

const english = translator('en');

/** An importer sentence by its short key, with its params (a param may be a word of the catalogue, see `word`). */
export function importText(key: ImportMessageKey, params?: ImportParams, column?: IssueColumn): ImportSentence {
  return sentence(`${PREFIX}${key}` as MessageKey, params, column);
}

/** Any catalogue sentence the importer says (import.issue.* too), with its English text. */
export function sentence(key: MessageKey, params?: ImportParams, column?: IssueColumn): ImportSentence {
  const hasParams = params !== undefined && Object.keys(params).length > 0;
  const ref: MessageRef = hasParams ? { key, params: clipParams(params) } : { key };
  const named = column?.name !== undefined ? { ...column, name: clipQuoted(column.name) } : column;
  return { message: refText(ref, english) ?? key, ...ref, key, ...(named ? { column: named } : {}) };
}

/** Params that quote one cell or header of the file: clipped, so a 1 MB cell makes a sentence of a line, not of 1 MB. */
const QUOTED = new Set(['value', 'column', 'name', 'symbol', 'section', 'label', 'category', 'currency', 'ext', 'forex', 'positions', 'fileName']);
const clipParams = (params: ImportParams): ImportParams =>
  Object.fromEntries(Object.entries(params).map(([name, arg]) => [name, QUOTED.has(name) && typeof arg === 'string' ? clipQuoted(arg) : arg]));

/** A word of the importer's own as a param: rendered in the reader's language with the sentence around it. */
export const word = (key: MessageKey, params?: Record<string, MessageArg>): MessageRef => (params ? { key, params } : { key });

/** Fills an importer sentence in English (what `message` holds); an unknown placeholder stays visible. */
export const fillMessage = (key: ImportMessageKey, params?: ImportParams): string => importText(key, params).message;

/** The word naming a blend problem, for the badExposure message. */
export const blendProblem = (problem: BlendProblem): MessageRef => word(`import.blend.${problem}`);

/** A word or label of the importer's in English (CheckFigure.label). */
export const englishRef = (ref: MessageRef): string => refText(ref, english) ?? ref.key;

/** A refusal of the whole file saying `said`; `columns` = the file's column headers, when it has any. */
export const refuse = ({ message, ...rest }: ImportSentence, columns: string[] = []): Refusal => ({ ok: false, reason: message, ...rest, columns });
