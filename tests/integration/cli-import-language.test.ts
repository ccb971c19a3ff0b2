import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { appRoot, freshDataDir } from './backend-helpers';

const importDir = join(appRoot, 'tests/fixtures/import');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, appRoot, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('aftershock import in the reader’s language', () => {
  it('lists each problem in Chinese with the same line, column and raw value as in English', async () => {
    const file = join(importDir, 'not-ok/bad-rows.csv');
    const en = await cli(['import', file, '--data-dir', freshDataDir()]);
    const zh = await cli(['import', file, '--lang', 'zh-CN', '--data-dir', freshDataDir()]);
    expect(en.code).toBe(0);
    expect(zh.code).toBe(0);
    // bad-rows.csv: symbol,name,quantity,price,currency — 'abc' is in column 3 of line 3, 'XYZ1' in column 5 of line 7,
    // and line 8 has a sixth field the header does not have.
    expect(en.out).toContain('Problems (3 error, 2 warning, 0 info):');
    expect(en.out).toContain('  line 3  error    The quantity "abc" is not a number; the row was not imported.  column 3 (quantity)  [abc]');
    expect(en.out).toContain('  line 8  warning  This line has more fields than the header; the extra fields were ignored.  column 6  [extra,fields]');
    expect(zh.out).toContain('问题（3 条错误，2 条警告，0 条提示）：');
    // 错误 is four columns wide in a terminal, 警告 too: padded to the same width as each other.
    expect(zh.out).toContain('  第 3 行  错误  数量“abc”不是数字；该行未导入。  第 3 列（quantity）  [abc]');
    expect(zh.out).toContain('  第 7 行  错误  货币“XYZ1”不是货币代码（应为 USD 这样的三个字母）；该行未导入。  第 5 列（currency）  [XYZ1]');
    expect(zh.out).toContain('  第 8 行  警告  此行的字段比标题行多；多出的字段已忽略。  第 6 列  [extra,fields]');
    expect(zh.out).not.toMatch(/\b(error|warning|info|line \d)/);
  });

  it('refuses a file in Chinese, and keeps --json in English with the key and column beside the message', async () => {
    const refused = await cli(['import', join(importDir, 'not-ok/empty.csv'), '--lang', 'zh-CN', '--data-dir', freshDataDir()]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/empty\.csv：文件为空。$/);
    const file = join(importDir, 'not-ok/bad-rows.csv');
    const en = await cli(['import', file, '--json', '--data-dir', freshDataDir()]);
    const zh = await cli(['import', file, '--json', '--lang', 'zh-CN', '--data-dir', freshDataDir()]);
    expect(zh.out).toBe(en.out);
    const issues = (JSON.parse(en.out) as { issues: unknown[] }).issues;
    expect(issues[0]).toEqual({
      line: 3,
      severity: 'error',
      message: 'The quantity "abc" is not a number; the row was not imported.',
      key: 'import.msg.quantityNotNumber',
      column: { name: 'quantity', number: 3 },
      value: 'abc',
    });
  });
});
