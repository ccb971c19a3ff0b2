import { describe, expect, it } from 'vitest';
import { makeHolding } from '../engine/fixtures';
import { withLanguage } from '../i18n/translate';
import { buildReportHtml } from './build-report-html';
import { fixtureRun, fixtureScenario } from './report-fixture';

/**
 * Phase two's margin calls in the report: a 2×-levered book (100 of equity and 100 of AI equity on a 100 loan, both
 * −25 % in phase one: equity 50 ≥ 45 required) whose EQ keeps falling in week 4 (m = −0.625) while AI_EQ holds at
 * −25 %: long value 112.5, equity 12.5 < 33.75 required → a call in week 4 on the mean path.
 */
const holdings = [makeHolding('SPY', 100, 'equity', { advValue: 1e9 }), makeHolding('NVDA', 100, 'ai_equity', { advValue: 1e9 }), makeHolding('LOAN', -100, 'cash')];
const scenario = fixtureScenario({
  shocks: { EQ: -0.25, AI_EQ: -0.25 },
  regime: { custom: { EQ: { retrace: -1.6, lagWeeks: 3, halfLifeWeeks: 0.25 }, AI_EQ: { retrace: 5, lagWeeks: 4, halfLifeWeeks: 4 } } },
  paths: 200,
});
const run = fixtureRun({ holdings, scenario });
const build = () => buildReportHtml({ runs: [run], paper: 'a4', exportedAt: '2026-02-03T04:05:06.000Z', appName: 'Aftershock' });

describe('the report on phase-two margin calls', () => {
  it('the run has the call on the mean path in week 4', () => {
    expect(run.record.result.phaseTwo.marginCall?.meanPath.week).toBe(4);
  });

  it('says it in the headline rows, the phase-two section and on the fan', () => {
    const html = build();
    expect(html).toContain('Margin call in phase two');
    expect(html).toContain('week 4 on the mean path');
    expect(html).toContain('<h3>Margin calls during the recovery</h3>');
    expect(html).toContain('equity falls below the maintenance requirement in week 4');
    expect(html).toContain('Margin call, week 4');
    expect(html).toContain('Loss locked in by phase-two sales (mean)');
    expect(html).toContain('coupons and dividends accrued in cash included');
  });

  it('in Chinese, translated at render (the rows are message keys)', () => {
    const html = withLanguage('zh-CN', build);
    expect(html).toContain('第二阶段的追加保证金');
    expect(html).toContain('均值路径上在第 4 周');
    expect(html).toContain('恢复期间的追加保证金');
    expect(html).not.toContain('Margin call in phase two');
  });

  it('a run saved before phase-two calls says it does not know', () => {
    const old = structuredClone(run);
    delete old.record.result.phaseTwo.marginCall;
    delete old.record.result.phaseTwo.income;
    const html = buildReportHtml({ runs: [old], paper: 'a4', exportedAt: '2026-02-03T04:05:06.000Z', appName: 'Aftershock' });
    expect(html).toContain('saved before margin calls during phase two were modelled');
  });
});
