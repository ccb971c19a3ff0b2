import { ALIAS_TO_FIELD, headerKeys, normaliseHeader } from './header-aliases';
import { parseNumber } from './parse-number';
import type { Field } from './types';

/** Fields whose columns hold text that is never a security's name. */
const OTHER_TEXT_FIELDS: ReadonlySet<Field> = new Set(['account', 'currency', 'assetClass', 'securityType', 'exposure', 'market']);
/** Header words of descriptive columns that are not names: sector, industry, type, exchange, country, notes, codes, dates … */
const NOT_A_NAME_HEADER = new RegExp(
  [
    '\\b(?:types?|sectors?|industry|industries|exchanges?|markets?|country|countries|regions?|status|notes?|comments?|memo|isin|cusip',
    '|sedol|wkn|figi|dates?|actions?|strategy|rating|style|category|class|accounts?|currency|broker|custodian',
    '|branche|sektor|börse|land|typ|datum|konto|depot|währung)\\b|行业|板块|市场|交易所|备注|状态|类型|日期|账户|币种',
  ].join(''),
);
const SAMPLE_ROWS = 200;
const MIN_VALUES = 2;
const MIN_MULTI_WORD_SHARE = 0.6;
const MIN_DISTINCT_SHARE = 0.8;

const DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T].*)?$/;
const LETTER = /\p{L}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Mostly letters (at least half of the non-space characters), not a number and not a date. */
function isAlphabetic(text: string): boolean {
  if (parseNumber(text).kind !== 'invalid' || DATE.test(text)) return false;
  const chars = [...text.replace(/\s+/g, '')];
  return chars.filter((c) => LETTER.test(c)).length * 2 >= chars.length;
}

/** Two or more words of two or more letters ('NVIDIA Corp'), or two or more CJK characters ('腾讯控股' has no spaces). */
function isMultiWord(text: string): boolean {
  if ((text.match(CJK) ?? []).length >= 2) return true;
  return text.split(/\s+/).filter((word) => (word.match(/\p{L}/gu) ?? []).length >= 2).length >= 2;
}

/** May this header's column be a name column although no alias says so? */
function headerAllows(header: string): boolean {
  const { keys } = headerKeys(header);
  if (keys[0] === undefined || keys[0] === '') return false;
  const otherText = keys.some((k) => {
    const field = ALIAS_TO_FIELD.get(k);
    return field !== undefined && OTHER_TEXT_FIELDS.has(field);
  });
  if (otherText) return false;
  return !NOT_A_NAME_HEADER.test(normaliseHeader(header));
}

/** Does the column, as it is filled in these data rows, read like security names? */
function readsLikeNames(index: number, symbolIndex: number | undefined, rows: readonly (readonly string[])[]): boolean {
  const pairs = rows
    .map((cells) => ({ text: (cells[index] ?? '').trim(), symbol: symbolIndex === undefined ? '' : (cells[symbolIndex] ?? '').trim() }))
    .filter((p) => parseNumber(p.text).kind !== 'missing');
  if (pairs.length < MIN_VALUES || !pairs.every((p) => isAlphabetic(p.text))) return false;
  const share = (count: number): number => count / pairs.length;
  const multiWord = share(pairs.filter((p) => isMultiWord(p.text)).length);
  const unlikeSymbol = share(pairs.filter((p) => p.text.toUpperCase() !== p.symbol.toUpperCase()).length);
  const distinct = share(new Set(pairs.map((p) => p.text.toUpperCase())).size);
  return multiWord >= MIN_MULTI_WORD_SHARE && unlikeSymbol >= MIN_DISTINCT_SHARE && distinct >= MIN_DISTINCT_SHARE;
}

/**
 * The name column found by its content, for a header no alias names (e.g. 'Holding' next to 'Shares', or 'Instrument'
 * next to 'Symbol': both are aliases of other fields, which took other columns). Deliberately conservative — every
 * condition must hold, else no name is guessed and the names stay blank as before:
 * - no column was assigned to the name (by the format, the aliases or the user's mapping);
 * - the candidate column was assigned to no other field, has a header, and that header is neither an account, currency,
 *   asset-class, security-type or exposure alias nor a word for other descriptive text (sector, type, exchange, date …);
 * - in the data rows sampled (the first 200), at least 2 have a value there, and every value is mostly letters (not a
 *   number, not a date);
 * - at least 60 % of the values are multi-word (two words of two letters, or two CJK characters), at least 80 % differ
 *   from their row's symbol, and at least 80 % differ from each other (names differ by holding; an account type or a
 *   sector repeats);
 * - exactly one column passes: two passing columns are ambiguous, so neither is taken.
 */
export function inferNameColumn(
  header: readonly string[],
  assigned: Partial<Record<Field, number>>,
  dataRows: readonly (readonly string[])[],
): number | null {
  if (assigned.name !== undefined) return null;
  const taken = new Set(Object.values(assigned));
  const sample = dataRows.slice(0, SAMPLE_ROWS);
  const passing = header
    .map((text, index) => ({ text, index }))
    .filter(({ text, index }) => !taken.has(index) && headerAllows(text) && readsLikeNames(index, assigned.symbol, sample));
  return passing.length === 1 ? (passing[0]?.index ?? null) : null;
}
