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
  'VaR', 'DSCR', 'EBITDA', 'ADV', 'NAV', 'BDC', 'GPU', 'FRTB', 'GSAM', 'SHA',
  // factor codes
  ...FACTORS,
  // time zone, currency codes
  'UTC',
  'USD', 'EUR', 'HKD', 'GBP', 'JPY', 'CNY', 'CNH', 'CHF',
  // file formats, text encodings and protocols
  'CSV', 'PDF', 'HTML', 'JSON', 'XML', 'PNG', 'JPEG', 'GIF', 'RAR', 'Zip', 'gzip', 'UTF', 'Windows', 'API', 'GET', 'HEAD',
  // programs a message tells the reader to open a file in
  'Excel',
  // keys and paper sizes
  'Ctrl', 'Cmd', 'Shift', 'Alt', 'Enter', 'Esc', 'Tab', 'Letter',
]);

/** Names of firms a Chinese financial text writes in Latin letters, as whole phrases (“Core Scientific 申请破产保护”). */
export const PROPER_NAMES: readonly string[] = ['Core Scientific', 'DeepSeek', 'Donier & Bonart'];

/** Placeholders (`{name}`), command-line flags (`--paths`) and host names (`tw.news.yahoo.com`) are code, not text. */
const CODE = /\{\w+\}|--[\w-]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|kr|gov|edu|cn|hk|de|jp|uk)\b/g;
const WORD = /[A-Za-z0-9_]+/g;
const THREE_LETTERS = /[A-Za-z]{3}/;

/** The words of `text` that have three or more consecutive ASCII letters and are not on the allow-list. */
export function untranslatedWords(text: string): string[] {
  const words = PROPER_NAMES.reduce((rest, name) => rest.replaceAll(name, ' '), text.replace(CODE, ' ')).match(WORD) ?? [];
  return words.filter((word) => THREE_LETTERS.test(word) && !ASCII_ALLOW_LIST.has(word));
}
