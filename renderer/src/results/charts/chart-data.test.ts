import { describe, expect, it } from 'vitest';
import { makeResult } from '../result-fixture';
import { sameValue } from '../same-result';
import { fanRows, histogramBins, sampledWeekIndexes, waterfallSteps, weekPoints, withAlpha } from './chart-data';

describe('chart data', () => {
  it('walks the waterfall from the start value by each exposure’s loss, largest first, to the shocked value', () => {
    const steps = waterfallSteps(makeResult());
    expect(steps).toEqual([
      { kind: 'start', from: 0, to: 100_000 },
      { kind: 'exposure', tag: 'ai_equity', loss: 15_000, from: 100_000, to: 85_000 },
      { kind: 'exposure', tag: 'btc', loss: 6_000, from: 85_000, to: 79_000 },
      { kind: 'exposure', tag: 'govt', loss: -1_000, from: 79_000, to: 80_000 },
      { kind: 'end', from: 0, to: 80_000 },
    ]);
  });

  it('turns the histogram into bins with shares of paths, and none for a mean-path-only run', () => {
    expect(histogramBins({ edges: [0, 10, 20, 30], counts: [1, 2, 1] })).toEqual([
      { from: 0, to: 10, mid: 5, count: 1, share: 0.25 },
      { from: 10, to: 20, mid: 15, count: 2, share: 0.5 },
      { from: 20, to: 30, mid: 25, count: 1, share: 0.25 },
    ]);
    expect(histogramBins({ edges: [5, 5], counts: [0] })).toEqual([]);
  });

  it('samples the weeks every four and the last one, for the tables', () => {
    const { phaseTwo } = makeResult(10);
    expect(fanRows(phaseTwo).map((r) => r.week)).toEqual([0, 4, 8, 10]);
    expect(fanRows(phaseTwo)[1]).toEqual({ week: 4, p5: 72_000, p25: 77_000, p50: 82_000, p75: 87_000, p95: 92_000 });
    expect(sampledWeekIndexes(phaseTwo)).toEqual([0, 4, 8, 10]);
    expect(weekPoints(phaseTwo, [1, 2]).length).toBe(2);
  });

  it('adds an alpha to a resolved colour', () => {
    expect(withAlpha('rgb(31, 95, 191)', 0.2)).toBe('rgba(31, 95, 191, 0.2)');
    expect(withAlpha('rgba(31, 95, 191, 0.5)', 0.2)).toBe('rgba(31, 95, 191, 0.2)');
    expect(withAlpha('red', 0.2)).toBe('red');
  });
});

describe('same result', () => {
  it('compares results figure for figure, regardless of key order', () => {
    const a = makeResult();
    const b = JSON.parse(JSON.stringify({ phaseTwo: a.phaseTwo, phaseOne: a.phaseOne, meta: a.meta })) as unknown;
    expect(sameValue(a, b)).toBe(true);
    const c = makeResult();
    c.phaseTwo.p50[3] = (c.phaseTwo.p50[3] ?? 0) + 1e-9;
    expect(sameValue(a, c)).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});
