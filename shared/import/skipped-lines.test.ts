import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../domain/portfolio';
import { blankLineCollector, isBlankRow, rowText } from './skipped-lines';

describe('skipped lines', () => {
  it('reports each run of blank lines once', () => {
    const issues: ImportIssue[] = [];
    const c = blankLineCollector(issues);
    [3, 4, 5, 9].forEach(c.blank);
    c.flush();
    expect(issues).toEqual([
      { line: 3, severity: 'info', message: '3 blank lines skipped (lines 3–5).', key: 'import.msg.blankLines', params: { count: 3, from: 3, to: 5 } },
      { line: 9, severity: 'info', message: 'Blank line skipped.', key: 'import.msg.blankLine' },
    ]);
  });
  it('knows blank rows and shortens long text', () => {
    expect(isBlankRow(['', ' ', '\t'])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
    expect(rowText(['a', 'b'], ';')).toBe('a;b');
    expect(rowText(['x'.repeat(300)], ',')).toHaveLength(200);
  });
});
