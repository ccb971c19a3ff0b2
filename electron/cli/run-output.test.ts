import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../shared/api';
import { Scenario } from '../../shared/domain/scenario';
import { runJson } from '../../shared/export/run-json';
import { untranslatedWords } from '../../shared/i18n/ascii-allow-list';
import { withLanguage } from '../../shared/i18n/translate';
import { fixtureRun } from '../../shared/report/report-fixture';
import { displayWidth } from '../../shared/text/display-width';
import { runText } from './run-output';

const builtIn = Scenario.parse(JSON.parse(readFileSync(new URL('../../resources/scenarios/ai-capex-bust-ease.json', import.meta.url), 'utf8')));
/** A built-in scenario (its name has a Chinese text) on the fixture book, 400 paths. */
const { record } = fixtureRun({ scenario: { ...builtIn, run: { ...builtIn.run, paths: 400 } } });

/**
 * The same run, but with a margin call, another one in week 6 of phase two, and no recovery within the horizon: the
 * other branch of each line.
 */
const stricken: RunRecord = {
  ...record,
  result: {
    ...record.result,
    phaseOne: { ...record.result.phaseOne, marginCall: { ...record.result.phaseOne.marginCall, triggered: true, lockedInLoss: 12_345 } },
    phaseTwo: {
      ...record.result.phaseTwo,
      medianWeeksToRecover: null,
      marginCall: { probability: 0.25, medianWeek: 6, lockedLoss: 4_321, meanPath: { triggered: true, week: 6, lockedLoss: 5_000 } },
    },
  },
};

/** The book's own data and the run's ids, which stay as they are in any language. */
const withoutData = (text: string, r: RunRecord) => text.replaceAll(r.meta.portfolioName, '').replaceAll(r.meta.inputHash.slice(0, 12), '');

/** The lines of the section under `heading`, up to the next line that is not indented. */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => !l.startsWith('  '));
  return end === -1 ? rest : rest.slice(0, end);
}

/** Where a labelled line's value starts, in terminal columns: after the first gap of two or more spaces past the indent. */
const valueColumn = (line: string): number => {
  const gap = /\s{2,}/.exec(line.slice(2));
  expect(gap).not.toBeNull();
  return displayWidth(line.slice(0, 2 + gap!.index + gap![0].length));
};

describe('runText', () => {
  it('writes every word in Chinese under zh-CN, but for the book’s own names and the run’s hash', () => {
    for (const r of [record, stricken]) {
      for (const locale of ['en-US', 'zh-CN']) {
        const text = withLanguage('zh-CN', () => runText(r, locale));
        expect(untranslatedWords(withoutData(text, r))).toEqual([]);
      }
    }
    const text = withLanguage('zh-CN', () => runText(stricken, 'zh-CN'));
    expect(text).toContain('第一阶段 — 冲击');
    expect(text).toMatch(/ {2}风险价值 VaR 95 % \/ 99 % +US\$[\d,]+ \/ US\$[\d,]+/);
    expect(text).toMatch(/ {2}追加保证金 +是 — 锁定的亏损 US\$12,345/);
    expect(text).toMatch(/ {2}恢复时间中位数 +52周内未恢复/);
    expect(text).toMatch(/ {2}截至第 52 周回到冲击前价值 +[\d.]+% 的路径/);
    expect(text).toMatch(/ {2}HY +\+400 bp/);
    expect(text).toMatch(/ {2}第二阶段的追加保证金 +均值路径上在第 6 周；25% 的路径，首次在第 6 周（中位数）/);
    expect(text).toMatch(/ {2}第二阶段强制平仓锁定的亏损（平均） +US\$4,321/);
    expect(text).toMatch(/ {2}截至第 52 周的票息和股息 +US\$[\d,]+/);
    expect(text.split('\n')[1]).toMatch(/^400 条路径，随机种子 \d+，1 个工作进程，用时 [\d.]+秒；输入哈希 f{12}$/);
  });

  it('names a built-in scenario and each exposure in the language', () => {
    const zh = withLanguage('zh-CN', () => runText(record));
    expect(zh.split('\n')[0]).toBe('AI 资本开支泡沫破裂——央行宽松 — Fixture <book>');
    expect(section(zh, '按敞口的亏损').map((l) => l.trim().split(/\s{2,}/)[0])).toEqual(expect.arrayContaining(['比特币', 'AI 股票', '矿企债务']));
  });

  it('keeps English under en, with the units by the numbers', () => {
    const en = withLanguage('en', () => runText(stricken));
    expect(en).toMatch(/ {2}Margin call +yes — locked-in loss \$12,345/);
    expect(en).toMatch(/ {2}Median time to recover +not within 52 weeks/);
    expect(en).toMatch(/ {2}VaR 95 % \/ 99 % +\$[\d,]+ \/ \$[\d,]+/);
    expect(en).toMatch(/ {2}Margin call in phase two +week 6 on the mean path; 25% of paths, the first in week 6 \(median\)/);
    expect(en).toMatch(/ {2}Locked in by phase-two sales \(mean\) +\$4,321/);
    expect(withLanguage('en', () => runText(record))).toMatch(/ {2}Margin call in phase two +none on the mean path; [\d.]+% of paths/);
    // A run saved before phase-two calls and income has no such lines.
    const old = { ...record, result: { ...record.result, phaseTwo: { ...record.result.phaseTwo, marginCall: undefined, income: undefined } } };
    expect(withLanguage('en', () => runText(old))).not.toMatch(/phase two +|Coupons/);
    expect(withLanguage('en', () => runText(record))).toMatch(/ {2}Median time to recover +\d+ weeks?$/m);
  });

  it('starts the values of each labelled section in one column, counting a Chinese character as two', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const text = withLanguage(language, () => runText(stricken));
      const headings = language === 'en' ? ['Phase one — the shock', 'Phase two — recovery'] : ['第一阶段 — 冲击', '第二阶段 — 恢复'];
      for (const heading of headings) {
        const lines = section(text, heading);
        expect(lines.length).toBeGreaterThanOrEqual(4);
        expect(new Set(lines.map(valueColumn)).size).toBe(1);
      }
      // Money by exposure is right-aligned: every line ends at the same column.
      const exposures = section(text, language === 'en' ? 'Loss by exposure' : '按敞口的亏损');
      expect(new Set(exposures.map(displayWidth)).size).toBe(1);
    }
  });
});

describe('the run JSON', () => {
  it('carries phase two’s margin call: probability, median first week, locked-in loss, and the mean path’s', () => {
    const json = JSON.parse(JSON.stringify(runJson(stricken))) as { phaseTwo: { marginCall: Record<string, unknown>; income: { mean: number } } };
    expect(json.phaseTwo.marginCall).toEqual({ probability: 0.25, medianWeek: 6, lockedLoss: 4_321, meanPath: { triggered: true, week: 6, lockedLoss: 5_000 } });
    expect(json.phaseTwo.income.mean).toBeGreaterThan(0);
  });

  it('is the same in every language: keys, codes and values', () => {
    const en = withLanguage('en', () => JSON.stringify(runJson(fixtureRun({ scenario: record.meta.scenario }).record)));
    const zh = withLanguage('zh-CN', () => JSON.stringify(runJson(fixtureRun({ scenario: record.meta.scenario }).record)));
    expect(zh).toBe(en);
    expect(zh).not.toMatch(/[\u3400-\u9fff]/);
  });
});
