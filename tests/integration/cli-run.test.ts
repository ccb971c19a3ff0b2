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

  it('gives a USD book in a USD base exactly the numbers it gave before the regional and currency factors', async () => {
    // Recorded on main just before FACTORS grew from 11 to 19 (with per-symbol Treasury durations and phase-two income
    // already in): the sample book (all USD), seed 42,
    // 3,000 paths. The new factors draw their normals after the groups' (simulate-batch.ts) and keep out of a book
    // that reads none of them, so every figure below is bit for bit the same, in phase one and phase two.
    const args = ['run', sample, '--paths', '3000', '--seed', '42', '--json'];
    type Out = {
      phaseOne: { meanLoss: number; var95: number; var99: number; es975: number; meanPath: { loss: number }; byExposure: Record<string, number> };
      phaseTwo: { p50: number[]; p5: number[]; recoveryProbability: number[]; medianWeeksToRecover: number | null; defaults: { expected: number } };
    };
    const noEase = await cli([...args, '--scenario', 'ai-capex-bust-no-ease']);
    expect(noEase.code).toBe(0);
    const a = JSON.parse(noEase.out) as Out;
    expect([a.phaseOne.meanLoss, a.phaseOne.var95, a.phaseOne.var99, a.phaseOne.es975, a.phaseOne.meanPath.loss]).toEqual([
      102164.83897124755, 145019.82756791345, 166933.38272176072, 165815.6409554248, 100420.45733374167,
    ]);
    expect(a.phaseOne.byExposure.ai_equity).toBe(32499.782927355875);
    expect(a.phaseOne.byExposure.miner_debt).toBe(12550.926334113277);
    expect([a.phaseTwo.p50[52], a.phaseTwo.p5[26], a.phaseTwo.recoveryProbability[52], a.phaseTwo.defaults.expected]).toEqual([
      96234.625, 40943.6171875, 0.10866666666666666, 1.7612861310474095,
    ]);
    const adHoc = await cli([...args, '--shock', 'EQ=-20%,HY=+300bp']);
    expect(adHoc.code).toBe(0);
    const b = JSON.parse(adHoc.out) as Out;
    expect([b.phaseOne.meanLoss, b.phaseOne.var95, b.phaseOne.var99, b.phaseOne.es975, b.phaseOne.meanPath.loss]).toEqual([
      115636.42534764101, 163664.17962742457, 182329.54826214875, 181621.47680139268, 118337.75693977438,
    ]);
    expect([b.phaseTwo.p50[52], b.phaseTwo.p5[26], b.phaseTwo.medianWeeksToRecover, b.phaseTwo.defaults.expected]).toEqual([
      235195.0625, 126773.140625, 18, 1.5475573164910044,
    ]);
  });

  it('a Hong Kong stock in HKD (00700, tagged by the five-digit rule) loses 20 % of its USD value under EQ_CN −20 % (paths 0)', async () => {
    // The Futu export's row: 100 × 612.50 = 61,250 HKD; at the built-in 0.1282 USD per HKD that is 7,852.25 USD.
    // equity_cn loads 1.0 on EQ_CN and nothing else: r = −0.20. With the peg pinned (FX_HKD = 0 %) φ = 0, so the loss
    // is 7,852.25 × 0.20 = 1,570.45 exactly.
    const dir = mkdtempSync(join(tmpdir(), 'aftershock-hkd-'));
    const file = join(dir, 'futu.csv');
    writeFileSync(file, '代码,名称,持有数量,现价,市值,交易货币\n00700,腾讯控股,100,612.500,61250.00,HKD\n');
    type Out = { phaseOne: { startValue: number; meanLoss: number; byExposure: Record<string, number>; factors: Record<string, number> } };
    const pinned = await cli(['run', file, '--shock', 'EQ_CN=-20%,FX_HKD=0%', '--paths', '0', '--json']);
    expect(pinned.code).toBe(0);
    const a = JSON.parse(pinned.out) as Out;
    expect(a.phaseOne.startValue).toBe(7852.25);
    expect(a.phaseOne.meanLoss).toBe(7852.25 * 0.2);
    expect(a.phaseOne.byExposure).toEqual({ equity_cn: 7852.25 * 0.2 });
    // EQ_CN alone: the peg is not pinned, and the Hong Kong dollar takes its conditional move f_HKD (a fraction of a
    // per cent, inside the 7.75–7.85 band): loss = 7,852.25 × (1 − 0.8 × (1 + f_HKD)), the 20 % plus the currency.
    const free = await cli(['run', file, '--shock', 'EQ_CN=-20%', '--paths', '0', '--json']);
    expect(free.code).toBe(0);
    const b = JSON.parse(free.out) as Out;
    const fHkd = b.phaseOne.factors.FX_HKD!;
    expect(Math.abs(fHkd)).toBeGreaterThan(0);
    expect(Math.abs(fHkd)).toBeLessThan(0.0065);
    expect(b.phaseOne.meanLoss).toBeCloseTo(7852.25 * (1 - 0.8 * (1 + fHkd)), 9);
  });

  it('EUR cash loses exactly 10 % of its USD value under FX_EUR −10 % (paths 0)', async () => {
    // 1,000 EUR at the built-in 1.1536 USD per EUR = 1,153.60 USD; φ = f_EUR = −0.10 → loss 1,153.60 × 0.10; USD cash 0.
    const dir = mkdtempSync(join(tmpdir(), 'aftershock-eur-'));
    const file = join(dir, 'eur.csv');
    writeFileSync(file, 'symbol,name,quantity,price,currency\nEUR,Euro cash,1000,1,EUR\nUSD,US Dollar cash,500,1,USD\n');
    const res = await cli(['run', file, '--shock', 'FX_EUR=-10%', '--paths', '0', '--json']);
    expect(res.code).toBe(0);
    const json = JSON.parse(res.out) as { phaseOne: { meanLoss: number; byHolding: { symbol: string; loss: number; value: number }[] } };
    const eur = json.phaseOne.byHolding.find((h) => h.symbol === 'EUR')!;
    expect(eur.value).toBe(1153.6);
    expect(eur.loss).toBe(1153.6 * 0.1);
    expect(json.phaseOne.byHolding.find((h) => h.symbol === 'USD')?.loss).toBe(0);
    expect(json.phaseOne.meanLoss).toBe(1153.6 * 0.1);
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
