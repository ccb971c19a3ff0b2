import type { IssueColumn } from '../domain/import-text';
import type { ImportIssue, Portfolio } from '../domain/portfolio';
import { normaliseHeader } from './header-aliases';
import { importText, refuse, sentence, word } from './import-messages';
import { parseNumber } from './parse-number';
import type { Row } from './parse-rows';
import { lineRange } from './secondary-sections';
import { isBlankRow, rowText } from './skipped-lines';
import type { Field, PendingTotal, RawRecord, ReadResult } from './types';

type Line = {
  line: number;
  kind: string;
  get: (column: string) => string;
  /** The column of the file a header names, for the remarks about a cell: the header as written and its number from 1. */
  column: (header: string) => IssueColumn | undefined;
  raw: readonly string[];
};
const KINDS = new Set(['Header', 'Data', 'Total', 'SubTotal', 'Notes', 'MetaInfo']);
const READ = new Set(['Account Information', 'Net Asset Value', 'Open Positions', 'Forex Balances', 'Financial Instrument Information']);

/** An IBKR activity statement: every line is 'Section,Header|Data|Total,…'. */
export function isIbkrStatement(rows: readonly Row[]): boolean {
  const lines = rows.filter((r) => !isBlankRow(r.cells)).slice(0, 40);
  const first = lines[0]?.cells;
  if (first?.[0]?.trim() === 'Statement' && KINDS.has(first[1]?.trim() ?? '')) return true;
  const tagged = lines.filter((r) => KINDS.has(r.cells[1]?.trim() ?? '')).length;
  return lines.length > 0 && tagged / lines.length > 0.9 && lines.some((r) => r.cells[0]?.trim() === 'Open Positions');
}

/** Groups lines by section; each line reads its cells by the section's latest Header. */
function sections(rows: readonly Row[]): Map<string, Line[]> {
  const out = new Map<string, Line[]>();
  const headers = new Map<string, Map<string, { index: number; header: string }>>();
  for (const row of rows) {
    if (isBlankRow(row.cells)) continue;
    const name = (row.cells[0] ?? '').trim();
    const kind = (row.cells[1] ?? '').trim();
    if (kind === 'Header') headers.set(name, new Map(row.cells.slice(2).map((c, i) => [normaliseHeader(c), { index: i + 2, header: c.trim() }])));
    const index = headers.get(name);
    const get = (column: string): string => {
      const i = index?.get(normaliseHeader(column))?.index;
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    const column = (header: string): IssueColumn | undefined => {
      const found = index?.get(normaliseHeader(header));
      return found && { name: found.header, number: found.index + 1 };
    };
    const list = out.get(name) ?? [];
    list.push({ line: row.line, kind, get, column, raw: row.cells });
    out.set(name, list);
  }
  return out;
}

const data = (lines: readonly Line[] | undefined): Line[] => (lines ?? []).filter((l) => l.kind === 'Data');

/** The columns of a line that fields were read from (field → header of its section). */
function columnsOf(l: Line, headers: Partial<Record<Field, string>>): Partial<Record<Field, IssueColumn>> {
  const out: Partial<Record<Field, IssueColumn>> = {};
  for (const [field, header] of Object.entries(headers) as Array<[Field, string]>) {
    const column = l.column(header);
    if (column) out[field] = column;
  }
  return out;
}
const POSITION_COLUMNS = { symbol: 'Symbol', quantity: 'Quantity', price: 'Close Price', marketValue: 'Value', currency: 'Currency', assetClass: 'Asset Category' };
const FOREX_COLUMNS = { symbol: 'Description', quantity: 'Quantity', marketValue: 'Quantity', currency: 'Description', assetClass: 'Asset Category' };
/** The section names this reader looks for, as the statement writes them (they stay as they are in every language). */
const POSITIONS = 'Open Positions';
const FOREX = 'Forex Balances';
const NAV = 'Net Asset Value';

/** Positions from 'Open Positions', cash from 'Forex Balances', FX and check figures from the statement itself. */
export function readIbkr(rows: readonly Row[], delimiter: string): ReadResult {
  const bySection = sections(rows);
  const issues: ImportIssue[] = [];
  const info = new Map(data(bySection.get('Account Information')).map((l) => [l.get('Field Name'), l.get('Field Value')]));
  const account = info.get('Account') ?? '';
  const forex = data(bySection.get('Forex Balances'));
  const base = info.get('Base Currency') || forex[0]?.get('Currency') || 'USD';
  const instruments = new Map(data(bySection.get('Financial Instrument Information')).map((l) => [l.get('Symbol'), l]));
  const positionHeader = rows.find((r) => r.cells[0]?.trim() === 'Open Positions' && r.cells[1]?.trim() === 'Header');
  const columns = (positionHeader?.cells.slice(2) ?? []).map((c) => c.trim()).filter((c) => c !== '');
  const records: RawRecord[] = [];
  const totals: PendingTotal[] = [];

  for (const l of bySection.get('Open Positions') ?? []) {
    const discriminator = l.get('DataDiscriminator');
    if (l.kind === 'Data' && (discriminator === '' || discriminator === 'Summary')) {
      const symbol = l.get('Symbol');
      const fii = instruments.get(symbol);
      records.push({
        line: l.line,
        currencyHint: null,
        columns: columnsOf(l, POSITION_COLUMNS),
        cells: {
          symbol, quantity: l.get('Quantity'), price: l.get('Close Price'), marketValue: l.get('Value'), currency: l.get('Currency'),
          assetClass: l.get('Asset Category'), name: fii?.get('Description') ?? '', securityType: fii?.get('Type') ?? '',
        },
      });
    } else if (l.kind === 'Total' || l.kind === 'SubTotal') {
      const category = l.get('Asset Category');
      const currency = l.get('Currency');
      const valueText = l.get('Value');
      const comparable = category !== '' && /^[A-Z]{3}$/.test(currency) && parseNumber(valueText).kind === 'number';
      if (comparable) {
        const label = word('import.total.ibkrPositions', { section: POSITIONS, category, currency });
        const column = l.column('Value');
        totals.push({
          line: l.line, label, valueText, currency, inBase: false, ...(column ? { column } : {}),
          covers: (h) => h.assetClass === category && h.currency === currency,
        });
      }
      issues.push({ line: l.line, severity: 'info', ...importText(comparable ? 'totalRow' : 'emptyTotalRow'), value: rowText(l.raw, delimiter) });
    }
  }

  const rates: Record<string, number> = {};
  for (const l of forex) {
    const currency = l.get('Description').toUpperCase();
    const quantity = l.get('Quantity');
    records.push({
      line: l.line, currencyHint: null, columns: columnsOf(l, FOREX_COLUMNS),
      cells: { symbol: currency, quantity, price: '1', marketValue: quantity, currency, assetClass: l.get('Asset Category') || 'Forex' },
    });
    const rate = Number(l.get('Close Price'));
    if (currency !== base && /^[A-Z]{3}$/.test(currency) && Number.isFinite(rate) && rate > 0) rates[currency] = rate;
  }

  const nav = data(bySection.get('Net Asset Value')).find((l) => l.get('Asset Class') === 'Total');
  if (nav && parseNumber(nav.get('Current Total')).kind === 'number') {
    const column = nav.column('Current Total');
    totals.push({
      line: nav.line, label: word('import.total.ibkrNav', { section: NAV }), valueText: nav.get('Current Total'), currency: base, covers: () => true,
      inBase: true, ...(column ? { column } : {}),
    });
    issues.push({ line: nav.line, severity: 'info', ...importText('totalRow'), value: rowText(nav.raw, delimiter) });
  }

  for (const [name, lines] of bySection) {
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (!READ.has(name) && first && last) {
      issues.push({ line: first.line, severity: 'info', ...sentence('import.issue.sectionNamed', { section: name, ...lineRange(first.line, last.line) }) });
    }
  }
  if (records.length === 0) return refuse(importText('ibkrNoPositions', { positions: POSITIONS, forex: FOREX }), columns);

  const fileFx: Portfolio['fileFx'] = /^[A-Z]{3}$/.test(base) && Object.keys(rates).length > 0 ? { base, rates } : null;
  return {
    ok: true, format: 'ibkr', records, totals, issues, columns,
    headerSignature: ['ibkr', ...columns.map(normaliseHeader)].join('|'),
    decimalMark: '.', fileFx, defaultAccount: account, defaultAssetClass: null,
  };
}
