import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { appRoot, freshDataDir } from './backend-helpers';

const example = join(appRoot, 'resources/examples/synthetic-price-history.csv');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, appRoot, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('aftershock fit', () => {
  it('prints the comparison, saves under a name (again: in its place), lists it, and a run uses it', async () => {
    const dir = freshDataDir();
    const res = await cli(['fit', example, '--map', 'GPU rent index=GPU_RENT', '--save', 'Example', '--data-dir', dir]);
    expect(res.code).toBe(0);
    expect(res.out).toContain('synthetic-price-history.csv: Ledoit–Wolf shrinkage towards constant correlation (intensity 0.0');
    expect(res.out).toMatch(/^ {2}BTC +60\.0% +\d+\.\d% +[+-]\d+%$/m);
    expect(res.out).toMatch(/^ {2}ALT +85\.0% +— +—$/m);
    expect(res.out).toMatch(/^ {2}HY +150 bp +\d+ bp +[+-]\d+%$/m);
    expect(res.err).toMatch(/^Saved as the factor model “Example” \(model-[0-9a-f]{8}\)/);
    const again = await cli(['fit', example, '--lambda', '0.97', '--save', 'Example', '--data-dir', dir]);
    expect(again.out).toContain('RiskMetrics EWMA, λ = 0.97');
    expect(again.err).toContain('replacing the one of that name');
    const models = await cli(['models', '--json', '--data-dir', dir]);
    const list = JSON.parse(models.out) as { id: string; name: string; fit: { method: string } }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Example', fit: { method: 'ewma' } });
    const run = await cli(['run', join(appRoot, 'resources/sample-portfolio.csv'), '--model', 'Example', '--paths', '0', '--data-dir', dir]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Factor model: Example (${list[0]!.id})`);
    expect((await cli(['run', join(appRoot, 'resources/sample-portfolio.csv'), '--model', 'Nope', '--paths', '0', '--data-dir', dir])).err).toContain('There is no saved factor model “Nope”');
  });

  it('in Chinese, and as JSON with the window’s sample covariance', async () => {
    const zh = await cli(['fit', example, '--lang', 'zh-CN', '--data-dir', freshDataDir()]);
    expect(zh.out).toContain('年化波动率：默认值与拟合值');
    expect(zh.out).toMatch(/提示 +“GPU rent index”列不是因子代码/);
    const json = await cli(['fit', example, '--window', '2020-01-01..2020-12-31', '--json', '--data-dir', freshDataDir()]);
    const fit = JSON.parse(json.out) as { ok: boolean; summary: { method: string; firstDate: string; lastDate: string } };
    expect(fit).toMatchObject({ ok: true, summary: { method: 'sample', firstDate: '2020-01-03', lastDate: '2020-12-25' } });
  });

  it('names the line and column of a bad value and refuses a file it cannot fit, with exit 2', async () => {
    const bad = await cli(['fit', join(appRoot, 'tests/fixtures/history/bad-values.csv'), '--data-dir', freshDataDir()]);
    expect(bad.code).toBe(0);
    expect(bad.out).toContain('warning  line 14: the value “abc” in column BTC is not a number');
    const refused = await cli(['fit', join(appRoot, 'tests/fixtures/history/monthly.csv'), '--data-dir', freshDataDir()]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('monthly.csv cannot be fitted:');
    expect(refused.err).toContain('daily or weekly prices are needed');
    expect((await cli(['fit', example, '--window', '2020-13-01..2021-01-01', '--data-dir', freshDataDir()])).err).toContain('--window takes FROM..TO');
  });
});
