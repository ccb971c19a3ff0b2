import { describe, expect, it } from 'vitest';
import { parseRows } from './parse-rows';
import { englishRef } from './import-messages';
import { findSections, lineRange, sectionIssue } from './secondary-sections';
import { classifyRow, type TableShape } from './table-rows';

const SHAPE: TableShape = { headerIndex: 0, headerKey: 'symbol|quantity|price|value', col: { symbol: 0, quantity: 1, price: 2, marketValue: 3 } };

/** Rows, their kinds and the sections, for a file whose header is its first line. */
function sectionsOf(lines: string[]) {
  const { rows } = parseRows(lines.join('\n'), ',');
  const kinds = rows.map((row, i) => classifyRow(row, i, SHAPE));
  const sections = findSections(rows, kinds, 0);
  return { rows, kinds, sections, issues: sections.map((s) => sectionIssue(rows, s, ',')) };
}

describe('sections after the holdings', () => {
  it('skips a titled transactions section with its own header, totals and footer as ONE info remark', () => {
    const { kinds, issues } = sectionsOf([
      'symbol,quantity,price,value', //          1 header
      'NVDA,10,182.40,1824.00', //               2
      'AMD,5,241.35,1206.75', //                 3
      '', //                                     4 ← the section starts after the last table row
      'Transactions', //                         5 title
      'Date,Action,Symbol,Quantity,Amount', //   6 another table's header
      '11/18/2026,Buy,NVDA,5,-900.00', //        7
      'Total,,,-900.00', //                      8 its total: no check figure
      '"Prices are delayed."', //                9
    ]);
    expect(kinds).toEqual(['header', 'record', 'record', 'blank', 'sectionTitle', 'otherHeader', 'record', 'total', 'text']);
    // Lines 4..9 are 9 − 4 + 1 = 6 physical lines.
    expect(issues).toMatchObject([
      {
        line: 4,
        severity: 'info',
        message: 'Lines 4–9: a transactions section after the holdings was skipped (6 lines); trades are not positions.',
        value: 'Transactions',
      },
    ]);
  });

  it('knows a transactions table by its header alone (a date and an action column)', () => {
    const { sections } = sectionsOf(['symbol,quantity,price,value', 'NVDA,10,1,10', 'Run Date,Action,Symbol,Amount ($)', '11/18/2026,Buy,NVDA,-900']);
    expect(sections).toEqual([{ from: 2, to: 3, kind: 'transactions' }]);
  });

  it('ends a section where the positions header comes again, and goes on with the positions', () => {
    const { sections, kinds } = sectionsOf([
      'symbol,quantity,price,value',
      'NVDA,10,1,10',
      'Account Summary', //             2
      'Total Market Value,,,10', //     3
      'symbol,quantity,price,value', // 4 the next account's positions
      'AMD,5,1,5',
    ]);
    expect(sections).toEqual([{ from: 2, to: 3, kind: 'totals' }]);
    expect(kinds.slice(4)).toEqual(['repeatedHeader', 'record']);
  });

  it('makes a footer of blank and text lines one remark of notes, but leaves a single last note alone', () => {
    const footer = sectionsOf(['symbol,quantity,price,value', 'NVDA,10,1,10', '', '"Data is delayed."', '', '"Downloaded Nov-20"']);
    expect(footer.sections).toEqual([{ from: 2, to: 5, kind: 'notes' }]);
    expect(sectionsOf(['symbol,quantity,price,value', 'NVDA,10,1,10', '"Data is delayed."']).sections).toEqual([]);
    // Blank lines alone, or a total row last, are no section either.
    expect(sectionsOf(['symbol,quantity,price,value', 'NVDA,10,1,10', '', '', 'Total,,,10']).sections).toEqual([]);
  });

  it('a table of other columns that might hold positions is a warning, not info', () => {
    const { issues } = sectionsOf(['symbol,quantity,price,value', 'NVDA,10,1,10', 'Symbol,Description,Contracts,Strike,Value', 'NVDA 250117C00150000,NVDA Jan 2027 150 Call,2,150,5']);
    expect(issues.map((i) => [i.line, i.severity, i.message])).toEqual([
      [3, 'warning', 'Lines 3–4: another table with different columns was skipped (2 lines); if it holds positions, export them as a file of their own.'],
    ]);
  });

  it('starts no section before the first holding, and none for a title in the rows of a holding', () => {
    expect(sectionsOf(['symbol,quantity,price,value', 'Transactions', 'NVDA,10,1,10']).sections).toEqual([]);
    expect(sectionsOf(['symbol,quantity,price,value', 'NVDA,10,1,10', 'Income,5,1,5']).sections).toEqual([]);
  });

  it('counts the physical lines of a quoted field that spans lines', () => {
    const { issues } = sectionsOf(['symbol,quantity,price,value', 'NVDA,10,1,10', 'Notes', '"first line', 'second line"']);
    // Line 3 is the title, the quoted note spans lines 4 and 5: 3 lines.
    expect(issues[0]?.message).toBe('Lines 3–5: notes and disclaimers after the holdings were skipped (3 lines).');
  });

  it('says "Line" and "1 line" for a single line', () => {
    const english = ({ lines, count }: ReturnType<typeof lineRange>) => ({ lines: englishRef(lines), count: englishRef(count) });
    expect(english(lineRange(12, 12))).toEqual({ lines: 'Line 12', count: '1 line' });
    expect(english(lineRange(14, 31))).toEqual({ lines: 'Lines 14–31', count: '18 lines' });
  });
});
