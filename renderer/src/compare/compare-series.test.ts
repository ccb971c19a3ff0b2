import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/format';
import { translate } from '../i18n/translate';
import { makeRecord, makeResult, testScenario } from '../results/result-fixture';
import { exposureGroups, overlayRows, seriesLabels } from './compare-series';

const fmt = createFormatters('en-US', 'USD');

describe('compare series', () => {
  it('names each run by its scenario, adding the date only when two runs share a name', () => {
    const a = makeRecord('a');
    const b = { ...makeRecord('b'), createdAt: '2026-11-21T09:00:00Z' };
    const c = makeRecord('c');
    c.meta = { ...c.meta, scenario: { ...testScenario, name: 'No easing' } };
    expect(seriesLabels([a, c], fmt, translate)).toEqual(['AI capex bust', 'No easing']);
    const [first, second] = seriesLabels([a, b], fmt, translate);
    expect(first).toMatch(/^AI capex bust \(Nov 20, 2026/);
    expect(second).toMatch(/^AI capex bust \(Nov 21, 2026/);
  });

  it('tells a what-if from its original by the portfolio when they share the scenario', () => {
    const a = makeRecord('a');
    const w = { ...makeRecord('w'), createdAt: '2026-11-21T09:00:00Z' };
    w.meta = { ...w.meta, portfolioName: 'Sample — what-if' };
    expect(seriesLabels([a, w], fmt, translate)).toEqual(['AI capex bust · Sample', 'AI capex bust · Sample — what-if']);
    // Two runs of the same portfolio among them: the date again.
    expect(seriesLabels([a, w, makeRecord('b')], fmt, translate)[1]).toMatch(/^AI capex bust \(Nov 21, 2026/);
  });

  it('lines the fans up by week, every four weeks to the longest horizon, with each run’s median and 5–95 range', () => {
    const rows = overlayRows([makeRecord('a', makeResult(10)), makeRecord('b', makeResult(6))]);
    expect(rows.map((r) => r.week)).toEqual([0, 4, 6, 8, 10]);
    expect(rows[1]?.cells).toEqual([
      { p5: 72_000, p50: 82_000, p95: 92_000 },
      { p5: 72_000, p50: 82_000, p95: 92_000 },
    ]);
    // Past the second run's horizon: nothing for it.
    expect(rows[4]?.cells[1]).toBeNull();
  });

  it('groups the loss by exposure, largest first across runs, with zero where a run has none', () => {
    const a = makeResult();
    const b = makeResult();
    b.phaseOne.byExposure = { btc: 25_000, miner_debt: 4_000 };
    expect(exposureGroups([makeRecord('a', a), makeRecord('b', b)])).toEqual({
      tags: ['btc', 'ai_equity', 'miner_debt', 'govt'],
      losses: [
        [6_000, 15_000, 0, -1_000],
        [25_000, 0, 4_000, 0],
      ],
    });
  });
});
