import { maxWidth, padEndWidth, padStartWidth } from '../../shared/text/display-width';

export type Align = 'left' | 'right';

/**
 * Rows of cells as lines of a plain-text table: each column as wide as its widest cell in terminal columns (a Chinese
 * character takes two), two spaces between columns, `align` per column (numbers right), trailing spaces cut.
 */
export function tableLines(rows: readonly (readonly string[])[], align: readonly Align[], indent = ''): string[] {
  const count = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: count }, (_, c) => maxWidth(rows.map((r) => r[c] ?? '')));
  return rows.map(
    (r) => indent + r.map((cell, c) => (align[c] === 'right' ? padStartWidth(cell, widths[c] ?? 0) : padEndWidth(cell, widths[c] ?? 0))).join('  ').trimEnd(),
  );
}

/** Label and value pairs with the values in one column: `  Mean loss   $1,234`. */
export const labelledLines = (pairs: readonly (readonly [string, string])[], indent = '  '): string[] => tableLines(pairs, ['left', 'left'], indent);
