import { describe, expect, it } from 'vitest';
import { isIbkrStatement, readIbkr } from './ibkr-statement';
import { englishRef } from './import-messages';
import { parseRows } from './parse-rows';

const statement = [
  'Statement,Header,Field Name,Field Value', //                                                             1
  'Account Information,Header,Field Name,Field Value', //                                                   2
  'Account Information,Data,Account,U1', //                                                                  3
  'Account Information,Data,Base Currency,USD', //                                                           4
  'Open Positions,Header,DataDiscriminator,Asset Category,Currency,Symbol,Quantity,Close Price,Value', //   5
  'Open Positions,Data,Summary,Stocks,USD,NVDA,10,182.4,1824', //                                            6
  'Open Positions,Data,Lot,Stocks,USD,NVDA,10,182.4,1824', //                                                7 lot: not a second holding
  'Open Positions,Total,,Stocks,USD,,,,1824', //                                                             8
  'Forex Balances,Header,Asset Category,Currency,Description,Quantity,Close Price', //                       9
  'Forex Balances,Data,Forex,USD,GBP,100,1.25', //                                                          10
  'Net Asset Value,Header,Asset Class,Current Total', //                                                    11
  'Net Asset Value,Data,Total,1949', //                                                                     12
  'Codes,Header,Code,Meaning', //                                                                           13
].join('\n');
const rowsOf = (text: string) => parseRows(text, ',').rows;

describe('IBKR activity statement', () => {
  it('is recognised by its section layout', () => {
    expect(isIbkrStatement(rowsOf(statement))).toBe(true);
    expect(isIbkrStatement(rowsOf('symbol,quantity\nNVDA,1\n'))).toBe(false);
  });

  it('reads Summary positions, cash per currency, FX, check figures and skipped sections', () => {
    const r = readIbkr(rowsOf(statement), ',');
    if (!r.ok) throw new Error(r.reason);
    expect(r.format).toBe('ibkr');
    expect(r.defaultAccount).toBe('U1');
    expect(r.records.map((x) => [x.line, x.cells.symbol, x.cells.quantity, x.cells.marketValue, x.cells.currency])).toEqual([
      [6, 'NVDA', '10', '1824', 'USD'],
      [10, 'GBP', '100', '100', 'GBP'],
    ]);
    expect(r.fileFx).toEqual({ base: 'USD', rates: { GBP: 1.25 } });
    expect(r.totals.map((t) => [t.line, typeof t.label === 'string' ? t.label : englishRef(t.label), t.valueText, t.currency, t.inBase])).toEqual([
      [8, 'Open Positions total (Stocks, USD)', '1824', 'USD', false],
      [12, 'the Net Asset Value total', '1949', 'USD', true],
    ]);
    expect(r.issues.filter((i) => /section/.test(i.message)).map((i) => i.line)).toEqual([1, 13]);
    expect(r.columns).toEqual(['DataDiscriminator', 'Asset Category', 'Currency', 'Symbol', 'Quantity', 'Close Price', 'Value']);
  });

  it('refuses a statement without positions', () => {
    const r = readIbkr(rowsOf('Statement,Header,Field Name,Field Value\nStatement,Data,Title,Activity Statement\n'), ',');
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/no Open Positions/) });
  });
});
