import { describe, expect, it } from 'vitest';
import { parseRows } from './parse-rows';
import { classifyRow, type RowKind, type TableShape } from './table-rows';

const SHAPE: TableShape = { headerIndex: 0, headerKey: 'symbol|name|quantity|value', col: { symbol: 0, name: 1, quantity: 2, marketValue: 3 } };
const kindOf = (line: string): RowKind => {
  const row = parseRows(`symbol,name,quantity,value\n${line}`, ',').rows[1];
  if (!row) throw new Error('no row');
  return classifyRow(row, 1, SHAPE);
};

describe('the kind of a row', () => {
  it.each([
    [',,,', 'blank'],
    ['Symbol,Name,Quantity,Value,,', 'repeatedHeader'],
    ['Date,Action,Symbol,Amount', 'otherHeader'],
    ['Trade Date,Settlement Date,Description,Net Amount', 'otherHeader'],
    ['成交日期,证券代码,证券名称,成交数量', 'otherHeader'],
    ['Transactions', 'sectionTitle'],
    ['Account Activity:,,,', 'sectionTitle'],
    ['交易记录,,,', 'sectionTitle'],
    ['"Data is delayed."', 'text'],
    ['Total,,,1824.00', 'total'],
    ['Total,,,', 'emptyTotal'],
    ['NVDA,NVIDIA Corp,10,1824.00', 'record'],
    // Text cells under the positions header, but with a number: a holding, not another table's header.
    ['Cash,Cash and sweep,--,2500.00', 'record'],
    // One header word only: a holding (its number is missing), not a table.
    ['Symbol,Pending,,', 'record'],
  ])('%j is %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });
});
