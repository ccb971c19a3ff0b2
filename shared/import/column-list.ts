import { clipQuoted } from '../text/clip-text';

/** Columns a list of a file's columns names; a file of thousands of columns (or a 1 MB header) says how many more. */
export const LISTED_COLUMNS = 30;

/** The first LISTED_COLUMNS columns, each clipped, joined; and how many are left unnamed. */
export function listedColumns(columns: readonly string[]): { list: string; more: number } {
  return { list: columns.slice(0, LISTED_COLUMNS).map(clipQuoted).join(', '), more: Math.max(0, columns.length - LISTED_COLUMNS) };
}
