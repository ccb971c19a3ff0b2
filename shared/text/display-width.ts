/**
 * How many terminal columns a string takes: East Asian Wide and Fullwidth characters take two (CJK ideographs, CJK
 * punctuation such as ，。：, fullwidth forms such as （）, Hangul, Hiragana, Katakana), combining marks and
 * zero-width characters none, everything else one. A small subset of Unicode's East Asian Width table, enough for
 * the languages the product writes and the names a book may hold; `.length` counts UTF-16 units, not columns.
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo (leading consonants)
  [0x2e80, 0x303e], // CJK radicals, Kangxi radicals, CJK symbols and punctuation (U+303F is a half-width space)
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms (！ to ｠)
  [0xffe0, 0xffe6], // fullwidth signs (￠ to ￦)
  [0x1f300, 0x1f64f], // pictographs and emoticons
  [0x1f900, 0x1f9ff], // supplemental pictographs
  [0x20000, 0x3fffd], // CJK ideographs of the supplementary planes
];

/** Combining marks, zero-width spaces and joiners, and control characters take no column. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cc}\u200b-\u200f\u2060\ufeff]$/u;

const charWidth = (char: string): number => {
  if (ZERO_WIDTH.test(char)) return 0;
  const code = char.codePointAt(0) ?? 0;
  return WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
};

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** `text` with spaces after it up to `width` columns (as String#padEnd, counting columns). */
export const padEndWidth = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** `text` with spaces before it up to `width` columns (as String#padStart, counting columns). */
export const padStartWidth = (text: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** The widest of `texts` in columns (0 for none). */
export const maxWidth = (texts: readonly string[]): number => texts.reduce((w, s) => Math.max(w, displayWidth(s)), 0);
