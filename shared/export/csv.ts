/**
 * One CSV cell: a number (written as it is, never quoted), a text (neutralised and quoted as needed), or empty.
 *
 * The rule for spreadsheet-formula injection (OWASP “CSV Injection”) follows what a cell IS, not what it looks like:
 * - a NUMBER is a value this code computed or parsed into a number (money, quantities, shares, weeks): it is written as
 *   plain digits, so a loss of −1,234.50 is the cell `-1234.5`, which a spreadsheet reads as the number it is. It cannot
 *   carry a formula: `String(number)` is only ever digits, a sign, a point or an exponent;
 * - a TEXT is anything else, above all what came from a user's file (names, symbols, accounts, tags, notes): one whose
 *   first character is `=`, `+`, `-`, `@`, `|` (a DDE call such as `|cmd`), tab, CR or LF — also after leading spaces,
 *   which some importers trim — gets a leading single quote, so `-2+3` in a holding's name is the text `'-2+3`, never
 *   the formula 1, and `=HYPERLINK(…)` or `|cmd '/C calc'!A0` are shown, not run.
 */
export type CsvValue = string | number | null;

/** Characters that make a spreadsheet read a text cell as a formula or a DDE call, at its start or after spaces. */
const FORMULA_START = /^(?:[\t\r\n]| *[=+\-@|])/;
/** Characters that need quotes: RFC 4180's comma, quote and line breaks, and `;` and tab, the separators some locales' spreadsheets split on. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * A text cell, safe to open in a spreadsheet: a formula-like text (above) gets a leading single quote and is quoted; a
 * text with a separator, quote or line break is quoted (RFC 4180, quotes doubled).
 */
export function csvText(text: string): string {
  const neutralised = FORMULA_START.test(text);
  const value = neutralised ? `'${text}` : text;
  return neutralised || NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A number cell: plain digits (a negative number stays -12.5, unquoted); empty when not finite. */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(Object.is(value, -0) ? 0 : value);
}

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  return typeof value === 'number' ? csvNumber(value) : csvText(value);
}

/** A whole CSV document: a header line, then one line per row, CRLF line ends (RFC 4180). */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header.map(csvText), ...rows.map((row) => row.map(csvCell))].map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** Money rounded to the cent, shares and probabilities to 6 decimals: readable without losing anything that matters. */
export const cents = (value: number): number => Math.round(value * 100) / 100;
export const fraction = (value: number): number => Math.round(value * 1e6) / 1e6;
