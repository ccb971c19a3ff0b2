import type { Holding } from '../domain/holding';
import type { ImportIssue } from '../domain/portfolio';
import { buildHolding, type BuildContext } from './build-holding';
import { importText } from './import-messages';
import type { RawRecord } from './types';

/** `${account}|${symbol}`, with '#2', '#3' … on repeats. */
export function assignIds(holdings: ReadonlyArray<Omit<Holding, 'id'>>): Holding[] {
  const seen = new Map<string, number>();
  return holdings.map((h) => {
    const base = `${h.account}|${h.symbol}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}#${n}`, ...h };
  });
}

/** Every record → a holding or a line remark; one whole-file remark when a currency had to be assumed. */
export function buildHoldings(records: readonly RawRecord[], ctx: BuildContext): { holdings: Holding[]; issues: ImportIssue[] } {
  const built: Array<Omit<Holding, 'id'>> = [];
  const issues: ImportIssue[] = [];
  let assumed = false;
  for (const record of records) {
    const result = buildHolding(record, ctx);
    if (result.kind === 'skipped') {
      issues.push(result.issue);
      continue;
    }
    built.push(result.holding);
    issues.push(...result.issues);
    assumed ||= result.currencyAssumed;
  }
  if (assumed) issues.unshift({ line: null, severity: 'warning', ...importText('currencyAssumed', { currency: ctx.fallbackCurrency }) });
  return { holdings: assignIds(built), issues };
}
