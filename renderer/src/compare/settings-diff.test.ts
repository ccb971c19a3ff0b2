import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { translate } from '../i18n/translate';
import { makeRecord, testScenario } from '../results/result-fixture';
import { regimeText, settingsDiff } from './settings-diff';

const withScenario = (id: string, scenario: Scenario, seed = 7) => {
  const record = makeRecord(id);
  return { ...record, meta: { ...record.meta, scenario, seed } };
};

describe('settings diff', () => {
  it('lists nothing for runs with the same settings', () => {
    expect(settingsDiff([makeRecord('a'), makeRecord('b')], 'en-US', translate)).toEqual([]);
  });

  it('lists only what differs, written in its unit', () => {
    const other: Scenario = {
      ...testScenario,
      phaseOne: { shocks: { AI_EQ: -0.3, HY: 350, BTC: -0.45 }, horizonWeeks: 13 },
      correlationConvergence: 0.7,
      phaseTwo: { regime: 'no-ease', horizonWeeks: 26 },
      liquidity: { ...testScenario.liquidity, cashNeed: 50_000 },
    };
    const rows = settingsDiff([withScenario('a', testScenario), withScenario('b', other, 99)], 'en-US', translate);
    expect(rows.map((r) => [r.label, ...r.values])).toEqual([
      ['Shock: AI equities', '-40.0%', '-30.0%'],
      ['Shock: Bitcoin', 'not shocked (propagated)', '-45.0%'],
      ['Shock horizon', '4 weeks', '13 weeks'],
      ['Correlation convergence λ', '0.50', '0.70'],
      ['Recovery regime', 'Central banks ease', 'No easing (sticky inflation)'],
      ['Cash need', 'none', '$50,000.00'],
      ['Seed', '7', '99'],
    ]);
  });

  it('names the portfolio when the runs are of different books (a what-if beside its original)', () => {
    const a = makeRecord('a');
    const w = { ...a, runId: 'w', meta: { ...a.meta, portfolioId: 'w-1', portfolioName: 'Sample — what-if' } };
    expect(settingsDiff([a, w], 'en-US', translate).map((r) => [r.id, ...r.values])).toEqual([['portfolio', 'Sample', 'Sample — what-if']]);
  });

  it('compares bp shocks and custom regimes by value', () => {
    const custom: Scenario = { ...testScenario, phaseOne: { ...testScenario.phaseOne, shocks: { AI_EQ: -0.4, HY: 500 } }, phaseTwo: { regime: { custom: { BTC: { retrace: 1.2, lagWeeks: 4, halfLifeWeeks: 6 } } }, horizonWeeks: 26 } };
    const rows = settingsDiff([withScenario('a', testScenario), withScenario('b', custom)], 'en-US', translate);
    expect(rows.map((r) => r.values)).toEqual([
      ['+350 bp', '+500 bp'],
      ['Central banks ease', 'Custom: BTC retrace 1.20, lag 4 wk, half-life 6.0 wk'],
    ]);
    expect(regimeText({ custom: {} }, translate, 'en-US')).toBe('Custom: every factor stays at its shock');
  });
});
