import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../electron/backend/chromium-printer';
import { runCli } from '../../electron/cli/run-cli';
import { appRoot, freshDataDir } from './backend-helpers';
import { hasPoppler, readPdf } from './pdf-tools';

const sample = join(appRoot, 'resources/sample-portfolio.csv');

/** One data folder per test: run, then report and export from the same saved runs. */
function cliIn(dataDir: string) {
  return async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...args, '--data-dir', dataDir], appRoot, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}
const savedId = (err: string) => /Saved as run ([0-9a-f-]+)\./.exec(err)?.[1] ?? '';

const saved = process.env.AFTERSHOCK_CHROMIUM;
afterEach(() => {
  if (saved === undefined) delete process.env.AFTERSHOCK_CHROMIUM;
  else process.env.AFTERSHOCK_CHROMIUM = saved;
});

describe('aftershock report and export', () => {
  it('writes a self-contained HTML report of the latest run, and a comparison, without a browser', { timeout: 120_000 }, async () => {
    const dir = freshDataDir();
    const cli = cliIn(dir);
    const first = await cli(['run', sample, '--paths', '1000', '--seed', '3']);
    const second = await cli(['run', sample, '--scenario', 'ai-capex-bust-no-ease', '--paths', '1000', '--seed', '4']);
    expect([first.code, second.code]).toEqual([0, 0]);
    process.env.AFTERSHOCK_CHROMIUM = join(dir, 'no-such-chromium');

    const file = join(dir, 'out', 'report.html');
    const html = await cli(['report', '--latest', '--out', file]);
    expect(html).toMatchObject({ code: 0, err: expect.stringMatching(/Wrote the HTML report of run [0-9a-f-]+ to .*report\.html/) });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('<!doctype html>')).toBe(true);
    expect(text).toContain('AI capex bust — no easing');
    expect(text).toContain('Seed</dt><dd>4</dd>');
    expect(text).not.toMatch(/<script/i);

    const compared = join(dir, 'compare.htm');
    const comparison = await cli(['report', savedId(first.err), '--compare', savedId(second.err), '--out', compared, '--paper', 'letter']);
    expect(comparison.code).toBe(0);
    expect(readFileSync(compared, 'utf8')).toContain('<h2>Comparison</h2>');
    expect(readFileSync(compared, 'utf8')).toContain('size:letter portrait');

    // A PDF without a Chromium: a sentence on how to get one, and nothing written.
    const pdf = await cli(['report', '--latest', '--out', join(dir, 'r.pdf')]);
    expect(pdf.code).toBe(2);
    expect(pdf.err).toMatch(/No Chromium was found .*apt-get install chromium.*AFTERSHOCK_CHROMIUM.*--format html/);
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
  });

  it.skipIf(!findChromium() || !hasPoppler())('prints a PDF when a Chromium is there', { timeout: 120_000 }, async () => {
    const dir = freshDataDir();
    const cli = cliIn(dir);
    expect((await cli(['run', sample, '--paths', '500'])).code).toBe(0);
    const out = join(dir, 'r.pdf');
    const res = await cli(['report', '--latest', '--out', out, '--paper', 'letter']);
    expect(res).toMatchObject({ code: 0, err: expect.stringMatching(/Wrote the PDF report/) });
    const pdf = readPdf(readFileSync(out).toString('base64'));
    expect(pdf.pages).toBeGreaterThan(3);
    expect(pdf.pageSize).toMatch(/^612 x 792/);
  });

  it.skipIf(!findChromium() || !hasPoppler())('prints the report in Chinese with --lang zh-CN: Chinese words, no English labels', { timeout: 120_000 }, async () => {
    const dir = freshDataDir();
    const cli = cliIn(dir);
    expect((await cli(['run', sample, '--paths', '500'])).code).toBe(0);
    const out = join(dir, 'r.pdf');
    const res = await cli(['--lang', 'zh-CN', 'report', '--latest', '--out', out]);
    expect(res).toMatchObject({ code: 0, err: expect.stringMatching(/PDF 报告写入/) });
    const pdf = readPdf(readFileSync(out).toString('base64'));
    for (const heading of ['压力测试报告', '摘要', '第一阶段：冲击', '假设', '冲击前价值', '运行时间']) expect(pdf.flat).toContain(heading);
    for (const english of ['Stress report', 'Value before the shock', 'Run on', 'Summary', 'Phase one']) expect(pdf.flat).not.toContain(english);
    // Mostly Chinese: what stays in Latin letters is the book's tickers and names, codes, and the sources as cited.
    const cjk = pdf.text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    const latinWords = pdf.text.match(/[A-Za-z]{2,}/g)?.length ?? 0;
    expect(cjk).toBeGreaterThan(latinWords);
  });

  it('exports a run’s tables as CSV and the run as JSON', { timeout: 120_000 }, async () => {
    const dir = freshDataDir();
    const cli = cliIn(dir);
    const run = await cli(['run', sample, '--paths', '500', '--json']);
    expect(run.code).toBe(0);
    const id = savedId(run.err);
    const holdings = join(dir, 'holdings.csv');
    expect(await cli(['export', id, '--what', 'holdings', '--out', holdings])).toMatchObject({ code: 0, err: expect.stringMatching(/Wrote holdings of run/) });
    const csv = readFileSync(holdings, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('account,symbol,name,currency,quantity,price,market_value,value_base,base_currency,exposures,exposure_sources,phase_one_loss,loss_pct_of_value,default_probability,forced_sale_proceeds,forced_sale_cost');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(21);
    expect(csv).toContain('Brokerage,MARGIN LOAN,Margin loan balance,USD,-40000,1,-40000,-40000,USD,cash 1,');

    const fan = await cli(['export', '--latest', '--what', 'fan']);
    expect(fan.code).toBe(0);
    expect(fan.out.split('\r\n')).toHaveLength(54);

    const json = await cli(['export', '--latest', '--what', 'json']);
    expect(JSON.parse(json.out)).toEqual(JSON.parse(run.out));

    expect(await cli(['export', '--latest', '--what', 'everything'])).toMatchObject({ code: 2, err: expect.stringMatching(/--what takes one of holdings, exposures, fan, ladder, json/) });
    expect(await cli(['export', '--what', 'fan'])).toMatchObject({ code: 2, err: expect.stringMatching(/Name a saved run by its id, or pass --latest/) });
    expect(await cli(['report', '--latest'])).toMatchObject({ code: 2, err: expect.stringMatching(/--out FILE/) });
    expect(await cli(['report', '--latest', '--out', 'x.pdf', '--paper', 'a3'])).toMatchObject({ code: 2, err: expect.stringMatching(/--paper takes a4 or letter/) });
    expect(await cli(['report', 'no-such-run', '--format', 'html', '--out', join(dir, 'x.html')])).toMatchObject({ code: 2, err: expect.stringMatching(/no-such-run/) });
  });
});
