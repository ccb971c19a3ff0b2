import type { MessageArg } from '../domain/import-text';
import type { ImportIssue } from '../domain/portfolio';
import { buildHoldings } from './build-holdings';
import { checkTotals } from './check-figures';
import { decodeText } from './decode-text';
import { detectDelimiter } from './detect-delimiter';
import { isIbkrStatement, readIbkr } from './ibkr-statement';
import { importText, refuse } from './import-messages';
import { parseRows } from './parse-rows';
import { readTable } from './read-table';
import { sizeWord, sniffBytes } from './sniff-bytes';
import { sniffText } from './sniff-text';
import type { ColumnMapping, ImportOutcome, Overrides } from './types';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export type ImportOptions = { fileName: string; overrides?: Overrides; mapping?: ColumnMapping; maxBytes?: number };

const byLine = (a: ImportIssue, b: ImportIssue): number => (a.line ?? 0) - (b.line ?? 0);

const usefulMapping = (mapping?: ColumnMapping): ColumnMapping | undefined =>
  mapping && Object.values(mapping).some((h) => typeof h === 'string' && h.trim() !== '') ? mapping : undefined;

/** The whole pipeline; may throw on a bug, which importHoldings turns into a refusal. */
export function runImport(bytes: Uint8Array, options: ImportOptions): ImportOutcome {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > limit) return refuse(importText('tooLarge', { size: sizeWord(bytes.length), limit: sizeWord(limit) }));
  const refusedBytes = sniffBytes(bytes);
  if (refusedBytes) return refuse(refusedBytes);
  const decoded = decodeText(bytes);
  const refusedText = sniffText(decoded.text, options.fileName);
  if (refusedText) return refuse(refusedText);

  const delimiter = detectDelimiter(decoded.text);
  const parsed = parseRows(decoded.text, delimiter);
  const mapping = usefulMapping(options.mapping);
  const read = !mapping && isIbkrStatement(parsed.rows) ? readIbkr(parsed.rows, delimiter) : readTable(parsed.rows, delimiter, mapping);
  if (!read.ok) return read;

  const built = buildHoldings(read.records, {
    decimalMark: read.decimalMark ?? '.',
    defaultAccount: read.defaultAccount,
    defaultAssetClass: read.defaultAssetClass,
    fallbackCurrency: 'USD',
    ...(options.overrides ? { overrides: options.overrides } : {}),
  });
  const checked = checkTotals(read.totals, built.holdings, read.fileFx);
  const issues: ImportIssue[] = [
    ...(decoded.encoding === 'windows-1252' ? [{ line: null, severity: 'info' as const, ...importText('readAsWindows1252') }] : []),
    ...parsed.unterminatedQuoteLines.map((line): ImportIssue => ({ line, severity: 'warning', ...importText('unterminatedQuote') })),
    ...read.issues,
    ...built.issues,
    ...checked.issues,
  ].sort(byLine);

  if (built.holdings.length === 0) {
    const problems = built.issues.filter((i) => i.severity === 'error');
    const first = problems[0];
    if (!first) return refuse(importText('noDataRows'), read.columns);
    // The first problem goes in as a message of its own, so that it is said in the reader's language too.
    const said: MessageArg = first.key ? { key: first.key, ...(first.params ? { params: first.params } : {}) } : first.message;
    return refuse(importText('noHoldings', { count: problems.length, line: first.line ?? '?', first: said }), read.columns);
  }
  return {
    ok: true,
    format: read.format,
    holdings: built.holdings,
    fileFx: read.fileFx,
    issues,
    checkFigures: checked.figures,
    headerSignature: read.headerSignature,
    columns: read.columns,
  };
}
