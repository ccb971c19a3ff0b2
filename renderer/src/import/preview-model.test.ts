import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../shared/domain/portfolio';
import { checkFigureDiffers, groupIssues, severityCounts } from './preview-model';

const issue = (line: number | null, severity: ImportIssue['severity'], message = `m${line}`): ImportIssue => ({ line, severity, message });

describe('preview grouping', () => {
  const issues = [issue(16, 'info'), issue(7, 'error'), issue(5, 'warning'), issue(3, 'error'), issue(null, 'info', 'cp1252'), issue(11, 'info')];

  it('counts every severity, zero included', () => {
    expect(severityCounts(issues)).toEqual({ error: 2, warning: 1, info: 3 });
    expect(severityCounts([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('groups errors, then warnings, then info, each by line with whole-file remarks first, and drops empty groups', () => {
    const groups = groupIssues(issues);
    expect(groups.map((g) => [g.severity, g.issues.map((i) => i.line)])).toEqual([
      ['error', [3, 7]],
      ['warning', [5]],
      ['info', [null, 11, 16]],
    ]);
    expect(groupIssues([issue(2, 'info')]).map((g) => g.severity)).toEqual(['info']);
  });

  it('keeps every issue: none is lost or repeated', () => {
    expect(groupIssues(issues).flatMap((g) => g.issues)).toHaveLength(issues.length);
  });
});

describe('checkFigureDiffers', () => {
  const figure = (expectedCents: number, actualCents: number) => ({ line: 14, label: 'NAV', expectedCents, actualCents, currency: 'USD' });
  it('tolerates a one-cent rounding difference and flags more', () => {
    expect(checkFigureDiffers(figure(16_790_815, 16_790_814))).toBe(false);
    expect(checkFigureDiffers(figure(100, 100))).toBe(false);
    expect(checkFigureDiffers(figure(100, 102))).toBe(true);
    expect(checkFigureDiffers(figure(100, 98))).toBe(true);
  });
});
