import type { CheckFigure } from '../../../shared/import/types';
import type { ImportIssue } from '../../../shared/domain/portfolio';

export type Severity = ImportIssue['severity'];
/** Most serious first: errors are rows left out, warnings rows kept with a caveat, info lines skipped harmlessly. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type IssueGroup = { severity: Severity; issues: ImportIssue[] };

/** Whole-file remarks (no line) first, then by physical line; the order within a line is kept. */
const byLine = (a: ImportIssue, b: ImportIssue): number => (a.line ?? 0) - (b.line ?? 0);

/** How many issues of each severity. */
export function severityCounts(issues: readonly ImportIssue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/** Every issue, grouped by severity (most serious first, empty groups left out), each group by line. */
export function groupIssues(issues: readonly ImportIssue[]): IssueGroup[] {
  return SEVERITIES.map((severity) => ({ severity, issues: issues.filter((i) => i.severity === severity).sort(byLine) })).filter(
    (group) => group.issues.length > 0,
  );
}

/** A stated total and the imported sum differ by more than a cent. */
export const checkFigureDiffers = (figure: CheckFigure): boolean => Math.abs(figure.expectedCents - figure.actualCents) > 1;
