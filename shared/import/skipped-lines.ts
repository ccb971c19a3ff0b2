import type { ImportIssue } from '../domain/portfolio';
import { importText } from './import-messages';

/** Collects blank lines and reports each run of them once (info). */
export function blankLineCollector(issues: ImportIssue[]): { blank: (line: number) => void; flush: () => void } {
  let from: number | null = null;
  let to = 0;
  const flush = (): void => {
    if (from === null) return;
    const count = to - from + 1;
    issues.push({
      line: from,
      severity: 'info',
      ...(count === 1 ? importText('blankLine') : importText('blankLines', { count, from, to })),
    });
    from = null;
  };
  const blank = (line: number): void => {
    if (from !== null && line !== to + 1) flush();
    if (from === null) from = line;
    to = line;
  };
  return { blank, flush };
}

export const isBlankRow = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/** Raw text of a row for an issue's `value`, kept short. */
export function rowText(cells: readonly string[], delimiter: string): string {
  const text = cells.join(delimiter === '\t' ? '\t' : delimiter);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
