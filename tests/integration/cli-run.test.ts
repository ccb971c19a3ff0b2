import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { makeScenario } from '../../shared/engine/fixtures';
import { appRoot, freshDataDir } from './backend-helpers';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', freshDataDir()], appRoot, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const sample = join(appRoot, 'resources/sample-portfolio.csv');

describe('aftershock run', () => {
  it('prints identical JSON with --workers 1 and --workers 2, but for the worker count itself', async () => {
    const args = ['run', sample, '--scenario', 'ai-capex-bust-no-ease', '--paths', '4000', '--seed', '11', '--json'];
    const one = await cli([...args, '--workers', '1']);
    const two = await cli([...args, '--workers', '2']);
    expect([one.code, two.code]).toEqual([0, 0]);
    const a = JSON.parse(one.out) as { meta: { workers: number; runId: string } };
    const b = JSON.parse(two.out) as { meta: { workers: number; runId: string } };
    expect([a.meta.workers, b.meta.workers]).toEqual([1, 2]);
    // Everything but the worker count and the run's own id is the same.
    const same = (j: typeof a) => JSON.stringify({ ...j, meta: { ...j.meta, workers: 0, runId: '' } });
    expect(same(b)).toBe(same(a));
  });

  it('loses exactly value × β × shock on one linear holding (paths 0)', async () => {
    // NVDA 100 @ 100 = 10,000; ai_equity loads 1.0 on AI_EQ; AI_EQ −30 % → loss 10,000 × 1.0 × 0.30 = 3,000.
    // USD cash 5,000 loses 0.
    const dir = mkdtempSync(join(tmpdir(), 'aftershock-golden-'));
    const file = join(dir, 'one.csv');
    writeFileSync(file, 'symbol,name,quantity,price,currency\nNVDA,NVIDIA Corp,100,100,USD\nUSD,US Dollar cash,5000,1,USD\n');
    const res = await cli(['run', file, '--shock', 'AI_EQ=-30%', '--paths', '0', '--json']);
    expect(res.code).toBe(0);
    const json = JSON.parse(res.out) as { phaseOne: { meanLoss: number; byExposure: Record<string, number>; byHolding: { symbol: string; loss: number }[] } };
    expect(json.phaseOne.meanLoss).toBe(3000);
    expect(json.phaseOne.byExposure.ai_equity).toBe(3000);
    expect(json.phaseOne.byHolding.find((h) => h.symbol === 'USD')?.loss ?? 0).toBe(0);
  });

  it('a 2×-levered book breached in week 4 of phase two: --json carries phaseTwo.marginCall (hand-computed)', async () => {
    // SPY (equity) 100 and NVDA (AI equity) 100 on a 100 margin loan, maintenance 30 %, impact cost 0 (impactY 0).
    // Phase one: EQ and AI_EQ −25 % → 150 of longs, equity 50 ≥ 45 required. Phase two (custom regime): from week 4
    // EQ falls to −0.25·(1 + 1.6·(1 − 2^{−4(t−3)})), −62.5 % in week 4; AI_EQ holds at −25 % until week 4, then
    // overshoots back up. Dividends accrue at the defaults (equity 1.5 %, AI equity 0.5 % a year): 100·0.02/52 a week.
    // Week 4: longs 37.5 + 75 = 112.5, equity 112.5 − 100 + 4·(2/52) = 12.6538 < 33.75 required → deficit 21.0962,
    // y = 21.0962/0.3 = 70.3205 sold (SPY's 37.5 first — equal cost, index order — then 32.8205 of NVDA); equity
    // stays 12.6538 (no cost). Week 52: SPY would be at 0.35, NVDA at 1 + 0.25·(4 − 5·2^{−12}) = 1.99969: the units
    // sold (100 of SPY, 32.8205/0.75 of NVDA) would be worth 35 + 43.761·1.99969 = 122.508 against the 70.3205
    // they fetched: 52.19 locked in.
    const dir = mkdtempSync(join(tmpdir(), 'aftershock-margin-'));
    const book = join(dir, 'levered.csv');
    writeFileSync(book, 'symbol,name,quantity,price,currency,exposure,adv_usd\nSPY,SPDR S&P 500,100,1,USD,equity,1000000000\nNVDA,NVIDIA,100,1,USD,ai_equity,1000000000\nMARGIN LOAN,Margin loan balance,-100,1,USD,cash,\n');
    const regime = { custom: { EQ: { retrace: -1.6, lagWeeks: 3, halfLifeWeeks: 0.25 }, AI_EQ: { retrace: 5, lagWeeks: 4, halfLifeWeeks: 4 } } };
    const scenarioFile = join(dir, 'drawdown.json');
    writeFileSync(scenarioFile, JSON.stringify(makeScenario({ id: 'drawdown', shocks: { EQ: -0.25, AI_EQ: -0.25 }, regime, liquidity: { impactY: 0 }, paths: 0 })));
    const res = await cli(['run', book, '--scenario', scenarioFile, '--paths', '0', '--json']);
    expect(res.code).toBe(0);
    type Json = { phaseOne: { marginCall: { triggered: boolean } }; phaseTwo: { p50: number[]; marginCall: { probability: number; medianWeek: number | null; lockedLoss: number; meanPath: { week: number | null; lockedLoss: number } } } };
    const json = JSON.parse(res.out) as Json;
    const deficit = 0.3 * 112.5 - (12.5 + 8 / 52);
    const y = deficit / 0.3;
    const locked = 100 * 0.35 + ((y - 37.5) / 0.75) * (1 + 0.25 * (4 - 5 * 2 ** -12)) - y;
    expect(json.phaseOne.marginCall.triggered).toBe(false);
    expect(json.phaseTwo.marginCall).toEqual({ probability: 1, medianWeek: 4, lockedLoss: expect.closeTo(locked, 9), meanPath: { triggered: true, week: 4, lockedLoss: expect.closeTo(locked, 9) } });
    expect(locked).toBeCloseTo(52.19, 2);
    expect(json.phaseTwo.p50[4]).toBeCloseTo(12.5 + 8 / 52, 9);
    const human = await cli(['run', book, '--scenario', scenarioFile, '--paths', '0']);
    expect(human.out).toMatch(/ {2}Margin call in phase two +week 4 on the mean path; 100% of paths, the first in week 4 \(median\)/);
  });

  it('explains bad shocks and unknown scenarios with exit 2', async () => {
    expect(await cli(['run', sample, '--shock', 'HY=400%'])).toMatchObject({ code: 2, err: expect.stringMatching(/HY is measured in bp/) });
    expect(await cli(['run', sample, '--scenario', 'nope'])).toMatchObject({ code: 2, err: expect.stringMatching(/no scenario with the id “nope”/) });
  });

  it('prints a readable summary with units', async () => {
    const res = await cli(['run', sample, '--paths', '2000']);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/VaR 95 % \/ 99 % +\$[\d,]+ \/ \$[\d,]+/);
    expect(res.out).toMatch(/HY +\+400 bp/);
  });

  it('prints the summary in Chinese with --lang zh-CN, and the same JSON whatever the language', async () => {
    const args = ['run', sample, '--paths', '2000', '--seed', '5'];
    const zh = await cli([...args, '--lang', 'zh-CN']);
    expect(zh.code).toBe(0);
    expect(zh.out).toMatch(/^ {2}风险价值 VaR 95 % \/ 99 % +\$[\d,]+ \/ \$[\d,]+$/m);
    expect(zh.out).toMatch(/^第二阶段 — 恢复$/m);
    expect(zh.out).toMatch(/^ {2}HY +\+400 bp$/m);
    expect(zh.err).toMatch(/^已保存为运行 /m);
    // --json is for programs: the same keys, codes and values in any language (but for the new run's own id).
    const json = async (lang: string) => {
      const res = await cli([...args, '--json', '--lang', lang]);
      expect(res.code).toBe(0);
      const parsed = JSON.parse(res.out) as { meta: { runId: string } };
      return JSON.stringify({ ...parsed, meta: { ...parsed.meta, runId: '' } });
    };
    expect(await json('zh-CN')).toBe(await json('en'));
  });
});
