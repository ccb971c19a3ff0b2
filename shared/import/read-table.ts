import type { ImportIssue } from '../domain/portfolio';
import { assignColumns, detectFormat, findHeaderRow, firstWideRow, headerCurrency } from './detect-format';
import { headerSignature, normaliseHeader } from './header-aliases';
import { fillMessage } from './import-messages';
import { detectDecimalMark, parseNumber } from './parse-number';
import type { Row } from './parse-rows';
import { blankLineCollector, isBlankRow, rowText } from './skipped-lines';
import type { ColumnMapping, Field, PendingTotal, RawRecord, ReadResult } from './types';

const TOTAL = /^(?:(?:account|grand|portfolio|overall|sub)[\s-]*)?totals?\b|\btotals?$|^(?:summe|gesamt|gesamtsumme|合计|总计|总额|合計|總計)/i;

const trimTrailing = (cells: readonly string[]): string[] => {
  const out = cells.map((c) => c.trim());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};
const listColumns = (columns: readonly string[]): string => (columns.length > 0 ? columns.join(', ') : '(none)');

function refuseWithoutHeader(rows: readonly Row[], mapping: ColumnMapping | undefined): ReadResult {
  const guess = (mapping ? findHeaderRow(rows) : null) ?? firstWideRow(rows);
  const columns = guess === null ? [] : trimTrailing(rows[guess]?.cells ?? []);
  const keys = new Set(columns.map(normaliseHeader));
  const missing = Object.entries(mapping ?? {}).find(([, h]) => typeof h === 'string' && h.trim() !== '' && !keys.has(normaliseHeader(h)));
  if (missing) {
    return { ok: false, reason: fillMessage('mappedColumnMissing', { column: missing[1] ?? '', field: missing[0], columns: listColumns(columns) }), columns };
  }
  return { ok: false, reason: fillMessage('noHeader', { columns: listColumns(columns) }), columns };
}

/** Rows of a table with a header row → raw records, stated totals and line remarks. */
export function readTable(rows: readonly Row[], delimiter: string, mapping?: ColumnMapping): ReadResult {
  const headerIndex = findHeaderRow(rows, mapping);
  if (headerIndex === null) return refuseWithoutHeader(rows, mapping);
  const header = rows[headerIndex] ?? { line: 1, cells: [] };
  const columns = trimTrailing(header.cells);
  const spec = detectFormat(header.cells);
  const col = assignColumns(header.cells, spec, mapping);
  if (col.quantity === undefined && col.marketValue === undefined) {
    return { ok: false, reason: fillMessage('noQuantityColumn', { columns: listColumns(columns) }), columns };
  }
  if (col.symbol === undefined && col.name === undefined) {
    return { ok: false, reason: fillMessage('noSymbolColumn', { columns: listColumns(columns) }), columns };
  }
  const headerKey = headerSignature(columns);
  const firstKey = normaliseHeader(header.cells[0] ?? '');
  const currencyHint = headerCurrency(header.cells, col.marketValue) ?? headerCurrency(header.cells, col.price) ?? spec.defaultCurrency;
  const width = header.cells.length;
  const issues: ImportIssue[] = [];
  const records: RawRecord[] = [];
  const totals: PendingTotal[] = [];
  const blanks = blankLineCollector(issues);
  const cell = (cells: readonly string[], field: Field): string => {
    const i = col[field];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };

  rows.forEach((row, index) => {
    if (index === headerIndex) return;
    if (isBlankRow(row.cells)) return blanks.blank(row.line);
    blanks.flush();
    const cells = row.cells;
    const value = (): string => rowText(cells, delimiter);
    if (index < headerIndex) return void issues.push({ line: row.line, severity: 'info', message: fillMessage('preamble'), value: value() });
    const filled = cells.filter((c) => c.trim() !== '');
    if (cells.length === 1 || (filled.length === 1 && (filled[0] ?? '').trim().length > 30)) {
      return void issues.push({ line: row.line, severity: 'info', message: fillMessage('textLine'), value: value() });
    }
    if (normaliseHeader(cells[0] ?? '') === firstKey && trimTrailing(cells).map(normaliseHeader).join('|') === headerKey) {
      return void issues.push({ line: row.line, severity: 'warning', message: fillMessage('repeatedHeader'), value: value() });
    }
    const label = cell(cells, 'symbol') || cell(cells, 'name') || (filled[0] ?? '').trim();
    if (TOTAL.test(label) && parseNumber(cell(cells, 'quantity')).kind === 'missing') {
      const valueText = cell(cells, 'marketValue');
      if (parseNumber(valueText).kind === 'missing') {
        return void issues.push({ line: row.line, severity: 'info', message: fillMessage('emptyTotalRow'), value: value() });
      }
      const account = cell(cells, 'account');
      const currency = cell(cells, 'currency').toUpperCase();
      totals.push({
        line: row.line,
        label,
        valueText,
        currency: /^[A-Z]{3}$/.test(currency) ? currency : currencyHint,
        covers: (h) => account === '' || h.account === account,
        inBase: false,
      });
      return void issues.push({ line: row.line, severity: 'info', message: fillMessage('totalRow'), value: value() });
    }
    const extras = cells.slice(width);
    if (extras.some((c) => c.trim() !== '')) {
      issues.push({ line: row.line, severity: 'warning', message: fillMessage('extraFields'), value: rowText(extras, delimiter) });
    }
    const picked: RawRecord['cells'] = {};
    for (const field of Object.keys(col) as Field[]) picked[field] = cell(cells, field);
    records.push({ line: row.line, cells: picked, currencyHint });
  });
  blanks.flush();
  if (records.length === 0) return { ok: false, reason: fillMessage('noDataRows'), columns };

  // The first few thousand values decide the decimal mark well enough.
  const samples = records.slice(0, 2000).flatMap((r) => [r.cells.quantity, r.cells.price, r.cells.marketValue].filter((v): v is string => !!v));
  return {
    ok: true,
    format: mapping && Object.keys(mapping).length > 0 ? 'mapped' : spec.id,
    records,
    totals,
    issues,
    columns,
    headerSignature: headerKey,
    decimalMark: spec.decimalMark ?? detectDecimalMark(samples, delimiter),
    fileFx: null,
    defaultAccount: '',
    defaultAssetClass: spec.assetClass,
  };
}
