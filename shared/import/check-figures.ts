import { fxToBase } from '../domain/valuation';
import type { Holding } from '../domain/holding';
import type { ImportIssue, Portfolio } from '../domain/portfolio';
import { englishRef, importText } from './import-messages';
import { convertCents, decimalToCents, formatCents } from './money';
import { parseNumber } from './parse-number';
import type { CheckFigure, PendingTotal } from './types';

/** Amounts may differ by rounding, at most this many cents. */
const TOLERANCE_CENTS = 1;

/** Compares each stated total with the sum of the holdings it covers; a warning when they disagree. */
export function checkTotals(
  totals: readonly PendingTotal[],
  holdings: readonly Holding[],
  fileFx: Portfolio['fileFx'],
): { figures: CheckFigure[]; issues: ImportIssue[] } {
  const figures: CheckFigure[] = [];
  const issues: ImportIssue[] = [];
  for (const total of totals) {
    const parsed = parseNumber(total.valueText);
    const expectedCents = parsed.kind === 'number' ? decimalToCents(parsed.decimal) : null;
    if (expectedCents === null) continue;
    const covered = holdings.filter(total.covers);
    const currencies = [...new Set(covered.map((h) => h.currency))];
    const currency = total.currency ?? (currencies.length === 1 ? (currencies[0] ?? null) : null);
    if (currency === null) continue;
    let actualCents = 0;
    let comparable = true;
    for (const h of covered) {
      if (!total.inBase) {
        if (h.currency === currency) actualCents += h.marketValueCents;
        continue;
      }
      const rate = fxToBase(h.currency, currency, {}, fileFx);
      if (rate === null || !Number.isFinite(rate)) comparable = false;
      else actualCents += rate === 1 ? h.marketValueCents : convertCents(h.marketValueCents, rate);
    }
    if (!comparable) continue;
    const { label } = total;
    figures.push({
      line: total.line,
      ...(typeof label === 'string' ? { label } : { label: englishRef(label), labelRef: label }),
      expectedCents,
      actualCents,
      currency,
    });
    if (Math.abs(expectedCents - actualCents) > TOLERANCE_CENTS) {
      const params = { label, expected: formatCents(expectedCents), actual: formatCents(actualCents), currency };
      issues.push({ line: total.line, severity: 'warning', ...importText('checkMismatch', params, total.column), value: total.valueText });
    }
  }
  return { figures, issues };
}
