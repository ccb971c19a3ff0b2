import { FACTORS } from '../domain/scenario';

/**
 * ASCII words a translated (Chinese) message may show as they are: the product name, codes, units and names users
 * type or read as code. Anything else of three or more ASCII letters in a Chinese string looks untranslated.
 * Kept small on purpose and in one place: the catalogue parity test uses it, and an e2e check of rendered text can too
 * (adding the tickers of the book it shows). Matching is case-sensitive, on whole words.
 */
export const ASCII_ALLOW_LIST: ReadonlySet<string> = new Set([
  // the product
  'Aftershock',
  // risk measures and model terms written as abbreviations in Chinese too
  'VaR', 'DSCR', 'ADV', 'NAV', 'BDC', 'GPU', 'FRTB', 'GSAM', 'SHA',
  // factor codes
  ...FACTORS,
  // currency codes
  'USD', 'EUR', 'HKD', 'GBP', 'JPY', 'CNY', 'CHF',
  // file formats, text encodings and protocols
  'CSV', 'PDF', 'HTML', 'JSON', 'XML', 'PNG', 'JPEG', 'GIF', 'RAR', 'Zip', 'gzip', 'UTF', 'Windows', 'API', 'GET', 'HEAD',
  // programs a message tells the reader to open a file in
  'Excel',
  // keys and paper sizes
  'Ctrl', 'Cmd', 'Shift', 'Alt', 'Enter', 'Esc', 'Tab', 'Letter',
]);

/** Placeholders (`{name}`) and command-line flags (`--paths`) are code, not text. */
const CODE = /\{\w+\}|--[\w-]+/g;
const WORD = /[A-Za-z0-9_]+/g;
const THREE_LETTERS = /[A-Za-z]{3}/;

/** The words of `text` that have three or more consecutive ASCII letters and are not on the allow-list. */
export function untranslatedWords(text: string): string[] {
  const words = text.replace(CODE, ' ').match(WORD) ?? [];
  return words.filter((word) => THREE_LETTERS.test(word) && !ASCII_ALLOW_LIST.has(word));
}
