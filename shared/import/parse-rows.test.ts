import { describe, expect, it } from 'vitest';
import { parseRows } from './parse-rows';

describe('parseRows keeps physical line numbers', () => {
  it('counts blank lines and quoted fields that span lines', () => {
    const text = 'a,b\n"x\ny",2\n\n3,4\n';
    expect(parseRows(text, ',').rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\ny', '2'] },
      { line: 4, cells: [''] },
      { line: 5, cells: ['3', '4'] },
    ]);
  });

  it('treats CRLF and lone CR as one line end', () => {
    const { rows } = parseRows('a;b\r\n1;2\r3;4', ';');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(rows[2]?.cells).toEqual(['3', '4']);
  });

  it('keeps everything as strings', () => {
    expect(parseRows('00700,1e3,TRUE', ',').rows[0]?.cells).toEqual(['00700', '1e3', 'TRUE']);
  });

  it('reads line by line after a quote that is never closed', () => {
    const parsed = parseRows('a,b\n1,"oops\n2,3\n4,5\n', ',');
    expect(parsed.unterminatedQuoteLines).toEqual([2]);
    expect(parsed.rows.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(parsed.rows[2]?.cells).toEqual(['2', '3']);
  });

  it('has no row for a final newline, and none for an empty text', () => {
    expect(parseRows('a\n', ',').rows).toHaveLength(1);
    expect(parseRows('', ',').rows).toHaveLength(0);
  });
});
