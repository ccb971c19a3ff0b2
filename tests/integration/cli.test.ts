import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { appRoot, freshDataDir } from './backend-helpers';

type Expected = Record<string, { holdings: { symbol: string; marketValue: number; currency: string; tag?: string; tagOneOf?: string[] }[] }>;
const importDir = join(appRoot, 'tests/fixtures/import');
const okExpected = JSON.parse(readFileSync(join(importDir, 'expected.json'), 'utf8')) as Expected;
const notOkExpected = JSON.parse(readFileSync(join(importDir, 'not-ok/expected.json'), 'utf8')) as Record<string, { outcome: string }>;

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, appRoot, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('aftershock --lang', () => {
  it('writes help and tables in Chinese with --lang zh-CN or a Chinese LANG, and keeps --json the same', async () => {
    const help = await cli(['--lang', 'zh-CN', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('命令：');
    expect((await cli(['--help'], { LANG: 'zh_CN.UTF-8' })).out).toContain('命令：');
    // LC_ALL comes before LANG, and an English LC_ALL keeps English.
    expect((await cli(['--help'], { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).out).toContain('Commands:');
    const dir = freshDataDir();
    const zh = await cli(['portfolio', '--lang=zh-CN', '--data-dir', dir]);
    expect(zh.out).toContain('市值（USD）');
    const en = await cli(['portfolio', '--json', '--data-dir', dir]);
    const zhJson = await cli(['portfolio', '--json', '--lang', 'zh-CN', '--data-dir', dir]);
    expect(zhJson.out).toBe(en.out);
  });

  it('refuses a language it does not have, naming the choices, with exit 2', async () => {
    const res = await cli(['--lang', 'fr', 'portfolio']);
    expect(res.code).toBe(2);
    expect(res.err).toBe('--lang must be one of en | zh-CN (got fr).');
  });
});

describe('aftershock import', () => {
  it.each(Object.keys(okExpected))('imports %s as expected.json says', async (file) => {
    const res = await cli(['import', join(importDir, 'ok', file), '--json', '--fx', 'HKD=0.128', '--data-dir', freshDataDir()]);
    expect(res.code).toBe(0);
    const json = JSON.parse(res.out) as { holdings: { symbol: string; marketValue: number; currency: string; exposures: { tag: string }[] }[] };
    const want = okExpected[file]!.holdings;
    expect(json.holdings.map((h) => h.symbol)).toEqual(want.map((h) => h.symbol));
    json.holdings.forEach((h, i) => {
      expect(Math.round(h.marketValue * 100)).toBe(Math.round(want[i]!.marketValue * 100));
      expect(h.currency).toBe(want[i]!.currency);
      // The expectations predate regional equity tags: a regional tag (futu-cn.csv's Hong Kong codes are equity_cn)
      // satisfies an expected `equity`, as in import-fixtures.test.ts.
      const got = h.exposures[0]?.tag;
      const asWritten = got !== undefined && ['equity_cn', 'equity_eu', 'equity_jp'].includes(got) ? 'equity' : got;
      expect(want[i]!.tagOneOf ?? [want[i]!.tag]).toContain(asWritten);
    });
  });

  it.each(Object.entries(notOkExpected).filter(([, e]) => e.outcome === 'rejected').map(([f]) => f))(
    'rejects %s with exit 2 and the reason on stderr',
    async (file) => {
      const res = await cli(['import', join(importDir, 'not-ok', file), '--json', '--data-dir', freshDataDir()]);
      expect(res.code).toBe(2);
      expect(res.out).toBe('');
      expect(res.err.length).toBeGreaterThan(20);
    },
  );

  it('imports a file with bad rows (exit 0) and lists each problem with its line', async () => {
    const res = await cli(['import', join(importDir, 'not-ok/bad-rows.csv'), '--data-dir', freshDataDir()]);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/line 3 +error/);
    expect(res.out).toMatch(/line 7 +error/);
  });

  it('names the format in words, shows a bond’s face value, and lists the value warning and the one skipped section', async () => {
    const res = await cli(['import', join(importDir, 'extra/mismatch-name-transactions.csv'), '--data-dir', freshDataDir()]);
    expect(res.code).toBe(0);
    expect(res.out.split('\n')[0]).toBe('Detected format: Generic CSV with recognised column names');
    expect(res.out).toMatch(/^MARA 2\.125 09\/01\/2031 +20,000 face +\$17,300\.00/m);
    expect(res.out).toContain('Problems (0 error, 1 warning, 1 info):');
    expect(res.out).toMatch(/line 3 +warning +Quantity × price is 2,280\.00 USD, but the file gives a market value of 2,000\.00 USD/);
    expect(res.out).toMatch(/line 7 +info +Lines 7–15: a transactions section after the holdings was skipped \(9 lines\)/);
    const json = JSON.parse((await cli(['import', join(importDir, 'extra/mismatch-name-transactions.csv'), '--json', '--data-dir', freshDataDir()])).out) as { format: string; formatName: string };
    expect(json).toMatchObject({ format: 'aliases', formatName: 'Generic CSV with recognised column names' });
  });

  it('saves with --save NAME and shows it in portfolios', async () => {
    const dir = freshDataDir();
    await cli(['import', join(importDir, 'ok/generic.csv'), '--save', 'Generic', '--data-dir', dir]);
    expect((await cli(['portfolios', '--data-dir', dir])).out).toMatch(/\* p-\w+ {2}Generic {2}\(12 holdings\)/);
  });

  it('explains a bad option and a missing file', async () => {
    expect((await cli(['import', '--frobnicate'])).code).toBe(2);
    const missing = await cli(['import', '/nope/x.csv', '--data-dir', freshDataDir()]);
    expect(missing).toMatchObject({ code: 2, err: 'Cannot read /nope/x.csv: no such file.' });
  });
});

describe('npm run -s cli -- portfolio --json (a real process)', () => {
  it('prints the sample holdings as JSON', () => {
    const out = execFileSync('npx', ['tsx', 'electron/cli/index.ts', 'portfolio', '--json', '--data-dir', freshDataDir()], { cwd: appRoot, encoding: 'utf8' });
    const json = JSON.parse(out) as { holdings: { symbol: string }[]; totalBase: number };
    expect(json.holdings).toHaveLength(20);
    expect(json.totalBase).toBe(238600.33);
  });
});
