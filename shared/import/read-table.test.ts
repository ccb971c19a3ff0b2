import { describe, expect, it } from 'vitest';
import { parseRows } from './parse-rows';
import { readTable } from './read-table';
import type { ColumnMapping, ReadResult } from './types';

const read = (text: string, mapping?: ColumnMapping, d: ',' | ';' = ','): ReadResult => readTable(parseRows(text, d).rows, d, mapping);
const ok = (result: ReadResult) => {
  if (!result.ok) throw new Error(result.reason);
  return result;
};

describe('readTable', () => {
  it('reports preamble, blank lines, text lines, repeated headers, totals and extra fields by physical line', () => {
    const text = [
      'My positions', //                  1 preamble
      '', //                              2 blank
      'symbol,quantity,price,value', //   3 header
      'NVDA,10,182.40,1824.00', //        4
      'symbol,quantity,price,value', //   5 repeated header
      'AMD,5,241.35,1206.75,x', //        6 extra field
      '"Total",,,3030.75', //             7 total
      '', //                              8
      '', //                              9
      '"Data is delayed."', //           10 text
    ].join('\n');
    const r = ok(read(text));
    expect(r.records.map((x) => [x.line, x.cells.symbol])).toEqual([[4, 'NVDA'], [6, 'AMD']]);
    // Lines 8–10 (two blanks and a note after the last table row) are one footer of notes.
    expect(r.issues.map((i) => [i.line, i.severity])).toEqual([
      [1, 'info'], [2, 'info'], [5, 'warning'], [6, 'warning'], [7, 'info'], [8, 'info'],
    ]);
    expect(r.issues.at(-1)).toMatchObject({
      line: 8, severity: 'info', key: 'import.issue.sectionNotes', message: 'Lines 8–10: notes and disclaimers after the holdings were skipped (3 lines).', value: 'Data is delayed.',
    });
    expect(r.totals).toMatchObject([{ line: 7, label: 'Total', valueText: '3030.75' }]);
    expect(r.columns).toEqual(['symbol', 'quantity', 'price', 'value']);
    expect(r.headerSignature).toBe('symbol|quantity|price|value');
  });

  it('ignores empty trailing fields silently (Fidelity rows end with a comma)', () => {
    const r = ok(read('symbol,quantity,price\nNVDA,1,2,\n'));
    expect(r.issues).toEqual([]);
  });

  it('refuses a file with no quantity or value column, listing its columns', () => {
    expect(read('Ticker,Company,Sector,Weight\nNVDA,NVIDIA,Semis,12%\n')).toEqual({
      ok: false,
      reason: 'No column gives a quantity or a market value. Columns found: Ticker, Company, Sector, Weight.',
      key: 'import.msg.noQuantityColumn',
      params: { columns: 'Ticker, Company, Sector, Weight' },
      columns: ['Ticker', 'Company', 'Sector', 'Weight'],
    });
  });

  it('refuses a file with no symbol or name column', () => {
    expect(read('quantity,price\n1,2\n')).toMatchObject({ ok: false, reason: expect.stringMatching(/symbol or a security name/) });
  });

  it('refuses a file without a recognisable header', () => {
    expect(read('NVDA,120,182.40\nAMD,60,241.35\n')).toMatchObject({ ok: false, reason: expect.stringMatching(/^No header row was found.*NVDA, 120, 182.40\.$/) });
  });

  it('refuses a header without rows', () => {
    expect(read('symbol,quantity\n\n')).toMatchObject({ ok: false, reason: 'The file has column headers but no rows of holdings below them.' });
  });

  it('uses a mapping, and names a mapped column that is missing', () => {
    const mapped = ok(read('Sym;Stk;Wert\nNVDA;10;1.824,00\n', { symbol: 'Sym', quantity: 'Stk', marketValue: 'Wert' }, ';'));
    expect(mapped.format).toBe('mapped');
    expect(mapped.decimalMark).toBe(',');
    expect(mapped.records[0]?.cells).toEqual({ symbol: 'NVDA', quantity: '10', marketValue: '1.824,00' });
    expect(read('Sym,Stk\nA,1\n', { quantity: 'Anzahl' })).toMatchObject({
      ok: false,
      reason: 'The column "Anzahl" chosen for quantity is not in the file. Columns found: Sym, Stk.',
    });
  });

  it('takes names by content from a column no alias claimed, also with a mapping that leaves the name to detection', () => {
    const text = 'Symbol,Holding,Shares,Price\nNVDA,NVIDIA Corporation,10,182.40\nAMD,Advanced Micro Devices,5,241.35\n';
    expect(ok(read(text)).records.map((r) => r.cells.name)).toEqual(['NVIDIA Corporation', 'Advanced Micro Devices']);
    expect(ok(read(text, { symbol: 'Symbol', quantity: 'Shares' })).records.map((r) => r.cells.name)).toEqual(['NVIDIA Corporation', 'Advanced Micro Devices']);
  });

  it('skips a trailing transactions section as one remark instead of reading its rows as holdings', () => {
    const text = [
      'Symbol,Quantity,Price,Market Value', //     1
      'NVDA,10,182.40,1824.00', //                 2
      'Transactions', //                           3
      'Date,Action,Symbol,Quantity,Amount', //     4
      '11/18/2026,Buy,NVDA,5,-900.00', //          5
      'Total,,,,-900.00', //                       6
    ].join('\n');
    const r = ok(read(text));
    expect(r.records.map((x) => x.line)).toEqual([2]);
    expect(r.totals).toEqual([]);
    expect(r.issues.map((i) => [i.line, i.severity, i.message])).toEqual([
      [3, 'info', 'Lines 3–6: a transactions section after the holdings was skipped (4 lines); trades are not positions.'],
    ]);
  });

  it('takes a currency from the header and the format', () => {
    const r = ok(read('Asset,Available,Locked,Total,Price (EUR),Value (EUR)\nBTC,1,0,1,80000,80000\n'));
    expect(r.format).toBe('exchange');
    expect(r.records[0]?.currencyHint).toBe('EUR');
    expect(r.defaultAssetClass).toBe('crypto');
  });
});
