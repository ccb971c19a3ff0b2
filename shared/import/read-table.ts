import type { IssueColumn, MessageArg } from '../domain/import-text';
import type { ImportIssue } from '../domain/portfolio';
import { assignColumns, detectFormat, findHeaderRow, firstWideRow, headerCurrency } from './detect-format';
import { headerSignature, normaliseHeader } from './header-aliases';
import { countText } from '../text/count-text';
import { listedColumns } from './column-list';
import { importText, refuse, word, type ImportMessageKey } from './import-messages';
import { inferNameColumn } from './name-column';
import { detectDecimalMark } from './parse-number';
import type { Row } from './parse-rows';
import { findSections, sectionIssue, type Section } from './secondary-sections';
import { blankLineCollector, rowText } from './skipped-lines';
import { classifyRow, fieldCell } from './table-rows';
import type { ColumnMapping, Field, PendingTotal, RawRecord, ReadResult } from './types';

const trimTrailing = (cells: readonly string[]): string[] => {
  const out = cells.map((c) => c.trim());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};
/** The file's headers (the first of them, clipped, and how many more), or the importer's word for none. */
const listColumns = (columns: readonly string[]): MessageArg => {
  if (columns.length === 0) return word('import.noColumns');
  const { list, more } = listedColumns(columns);
  return more === 0 ? list : word('import.columnsAndMore', { list, count: countText(more) });
};

/** Each field's column: the header the file gives it and its number counted from 1. */
function fieldColumns(header: readonly string[], col: Partial<Record<Field, number>>): Partial<Record<Field, IssueColumn>> {
  const out: Partial<Record<Field, IssueColumn>> = {};
  for (const [field, index] of Object.entries(col) as Array<[Field, number | undefined]>) {
    if (index === undefined) continue;
    const name = (header[index] ?? '').trim();
    out[field] = name === '' ? { number: index + 1 } : { name, number: index + 1 };
  }
  return out;
}

/** Most columns a header may have: broker exports have dozens; the column mapping lists every one in each of its menus. */
export const MAX_COLUMNS = 1_000;
const tooManyColumns = (row: Row, columns: readonly string[]): ReadResult | null =>
  columns.length <= MAX_COLUMNS
    ? null
    : refuse(importText('tooManyColumns', { line: row.line, count: countText(columns.length), max: countText(MAX_COLUMNS) }));

function refuseWithoutHeader(rows: readonly Row[], mapping: ColumnMapping | undefined): ReadResult {
  const guess = (mapping ? findHeaderRow(rows) : null) ?? firstWideRow(rows);
  const columns = guess === null ? [] : trimTrailing(rows[guess]?.cells ?? []);
  const wide = guess === null ? null : tooManyColumns(rows[guess]!, columns);
  if (wide) return wide;
  const keys = new Set(columns.map(normaliseHeader));
  const missing = Object.entries(mapping ?? {}).find(([, h]) => typeof h === 'string' && h.trim() !== '' && !keys.has(normaliseHeader(h)));
  if (missing) {
    const [field, column = ''] = missing as [Field, string | undefined];
    const said = importText('mappedColumnMissing', { column, field: word(`import.fieldName.${field}`), columns: listColumns(columns) }, { name: column });
    return refuse(said, columns);
  }
  return refuse(importText('noHeader', { columns: listColumns(columns) }), columns);
}

/** Rows of a table with a header row → raw records, stated totals and line remarks. */
export function readTable(rows: readonly Row[], delimiter: string, mapping?: ColumnMapping): ReadResult {
  const headerIndex = findHeaderRow(rows, mapping);
  if (headerIndex === null) return refuseWithoutHeader(rows, mapping);
  const header = rows[headerIndex] ?? { line: 1, cells: [] };
  const columns = trimTrailing(header.cells);
  const wide = tooManyColumns(header, columns);
  if (wide) return wide;
  const spec = detectFormat(header.cells);
  const col = assignColumns(header.cells, spec, mapping);
  if (col.quantity === undefined && col.marketValue === undefined) {
    return refuse(importText('noQuantityColumn', { columns: listColumns(columns) }), columns);
  }
  if (col.symbol === undefined && col.name === undefined) {
    return refuse(importText('noSymbolColumn', { columns: listColumns(columns) }), columns);
  }
  const headerKey = headerSignature(columns);
  const currencyHint = headerCurrency(header.cells, col.marketValue) ?? headerCurrency(header.cells, col.price) ?? spec.defaultCurrency;
  const width = header.cells.length;
  const kinds = rows.map((row, index) => classifyRow(row, index, { headerIndex, headerKey, col }));
  const sections = findSections(rows, kinds, headerIndex);
  const inSection = (index: number): Section | undefined => sections.find((s) => index >= s.from && index <= s.to);
  const dataRows = rows.filter((_, i) => kinds[i] === 'record' && !inSection(i)).map((r) => r.cells);
  const nameByContent = mapping?.name ? null : inferNameColumn(header.cells, col, dataRows);
  if (nameByContent !== null) col.name = nameByContent;
  const cellColumns = fieldColumns(header.cells, col);
  const issues: ImportIssue[] = [];
  const records: RawRecord[] = [];
  const totals: PendingTotal[] = [];
  const blanks = blankLineCollector(issues);
  const cell = (cells: readonly string[], field: Field): string => fieldCell(cells, col, field);
  const skipped = (row: Row, severity: ImportIssue['severity'], key: ImportMessageKey): void =>
    void issues.push({ line: row.line, severity, ...importText(key), value: rowText(row.cells, delimiter) });

  rows.forEach((row, index) => {
    if (index === headerIndex) return;
    const section = inSection(index);
    if (section) {
      blanks.flush();
      if (index === section.from) issues.push(sectionIssue(rows, section, delimiter));
      return;
    }
    const kind = kinds[index];
    if (kind === 'blank') return blanks.blank(row.line);
    blanks.flush();
    const cells = row.cells;
    if (kind === 'preamble') return skipped(row, 'info', 'preamble');
    if (kind === 'text' || kind === 'sectionTitle') return skipped(row, 'info', 'textLine');
    if (kind === 'repeatedHeader') return skipped(row, 'warning', 'repeatedHeader');
    if (kind === 'emptyTotal') return skipped(row, 'info', 'emptyTotalRow');
    if (kind === 'total') {
      const account = cell(cells, 'account');
      const currency = cell(cells, 'currency').toUpperCase();
      totals.push({
        line: row.line,
        label: cell(cells, 'symbol') || cell(cells, 'name') || (cells.find((c) => c.trim() !== '') ?? '').trim(),
        valueText: cell(cells, 'marketValue'),
        currency: /^[A-Z]{3}$/.test(currency) ? currency : currencyHint,
        ...(cellColumns.marketValue ? { column: cellColumns.marketValue } : {}),
        covers: (h) => account === '' || h.account === account,
        inBase: false,
      });
      return skipped(row, 'info', 'totalRow');
    }
    const extras = cells.slice(width);
    const firstExtra = extras.findIndex((c) => c.trim() !== '');
    if (firstExtra >= 0) {
      const column = { number: width + firstExtra + 1 };
      issues.push({ line: row.line, severity: 'warning', ...importText('extraFields', {}, column), value: rowText(extras, delimiter) });
    }
    const picked: RawRecord['cells'] = {};
    for (const field of Object.keys(col) as Field[]) picked[field] = cell(cells, field);
    records.push({ line: row.line, cells: picked, currencyHint, columns: cellColumns });
  });
  blanks.flush();
  if (records.length === 0) return refuse(importText('noDataRows'), columns);

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
