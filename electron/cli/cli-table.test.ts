import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../shared/text/display-width';
import { labelledLines, tableLines } from './cli-table';

describe('tableLines', () => {
  it('pads columns by terminal columns, so Chinese cells line up with ASCII ones', () => {
    const lines = tableLines(
      [
        ['代码', '市值（USD）'],
        ['NVDA', '$60,000.00'],
        ['MARA 2031', '无汇率'],
      ],
      ['left', 'right'],
    );
    expect(lines).toEqual(['代码       市值（USD）', 'NVDA        $60,000.00', 'MARA 2031       无汇率']);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });

  it('indents, cuts trailing spaces and leaves missing cells empty', () => {
    expect(tableLines([['a', 'b'], ['长标签']], ['left', 'left'], '  ')).toEqual(['  a       b', '  长标签']);
  });

  it('puts the values of label–value pairs in one column', () => {
    const lines = labelledLines([
      ['追加保证金', 'US$1'],
      ['风险价值 VaR 95 % / 99 %', 'US$2 / US$3'],
    ]);
    const valueColumn = lines.map((l) => displayWidth(l.slice(0, l.indexOf('US$'))));
    expect(valueColumn).toEqual([28, 28]);
  });
});
