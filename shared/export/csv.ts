/** One CSV cell: a number (written as it is, never quoted), a text (neutralised and quoted as needed), or empty. */
export type CsvValue = string | number | null;

/** First characters that make a spreadsheet read a text cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * A text cell, safe to open in a spreadsheet: a text starting with `=`, `+`, `-`, `@`, tab, CR or LF gets a leading
 * single quote and is quoted; a text with a comma, quote or line break is quoted (RFC 4180, quotes doubled).
 */
export function csvText(text: string): string {
  const neutralised = FORMULA_START.test(text);
  const value = neutralised ? `'${text}` : text;
  return neutralised || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
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
