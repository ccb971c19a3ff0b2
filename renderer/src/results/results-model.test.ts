import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/format';
import { translate } from '../i18n/use-t';
import { makeResult } from './result-fixture';
import {
  atWeek,
  exposureLossRows,
  factorRows,
  formatFactorMove,
  holdingLossRows,
  horizonWeeks,
  lossText,
  medianPoints,
  recoveryOdds,
  shortHash,
  sigmaBand,
} from './results-model';

const fmt = createFormatters('en-US', 'USD');

describe('week lookup', () => {
  it('reads a series at a week, and answers null past the horizon', () => {
    const { phaseTwo } = makeResult(26);
    expect(atWeek(phaseTwo, phaseTwo.p50, 0)).toBe(80_000);
    expect(atWeek(phaseTwo, phaseTwo.p50, 13)).toBe(86_500);
    expect(atWeek(phaseTwo, phaseTwo.p50, 52)).toBeNull();
    expect(horizonWeeks(phaseTwo)).toBe(26);
    expect(horizonWeeks({ weeks: [] })).toBe(0);
  });

  it('gives the median at weeks 4, 13, 26 and 52 with the change against the start', () => {
    const points = medianPoints(makeResult(26));
    expect(points.map((p) => p.week)).toEqual([4, 13, 26, 52]);
    expect(points[0]).toEqual({ week: 4, value: 82_000, change: expect.closeTo(-0.18, 10) });
    expect(points[2]?.value).toBe(93_000);
    expect(points[3]).toEqual({ week: 52, value: null, change: null });
  });

  it('reads the recovery odds at week 52, or at the horizon when it is shorter', () => {
    expect(recoveryOdds(makeResult(26).phaseTwo)).toEqual({ week: 26, probability: 0.5 });
    expect(recoveryOdds(makeResult(104).phaseTwo)).toEqual({ week: 52, probability: 0.25 });
  });
});

describe('tables', () => {
  it('sorts exposures by loss and shares them of the total loss', () => {
    const rows = exposureLossRows(makeResult());
    expect(rows.map((r) => r.key)).toEqual(['ai_equity', 'btc', 'govt']);
    expect(rows[0]?.share).toBeCloseTo(0.75);
    expect(rows[2]?.share).toBeCloseTo(-0.05);
  });

  it('answers no share when there is no net loss', () => {
    const result = makeResult();
    result.phaseOne.byExposure = { govt: -500, cash: 0 };
    expect(exposureLossRows(result).map((r) => r.share)).toEqual([null, null]);
  });

  it('sorts holdings by loss with their share of the start value', () => {
    const rows = holdingLossRows(makeResult());
    expect(rows.map((r) => [r.symbol, r.share])).toEqual([
      ['NVDA', 0.15],
      ['IBIT', 0.06],
      ['TLT', -0.01],
    ]);
  });

  it('lists the core shocks first, then the propagated factors, in matrix order', () => {
    const rows = factorRows(makeResult().phaseOne.factors, { HY: 300, AI_EQ: -0.4 });
    expect(rows.slice(0, 3).map((r) => [r.factor, r.shocked])).toEqual([
      ['AI_EQ', true],
      ['HY', true],
      ['EQ', false],
    ]);
    expect(rows).toHaveLength(11);
    expect(rows.find((r) => r.factor === 'RATE')?.unit).toBe('bp');
  });
});

describe('formatting', () => {
  it('shows fraction factors as signed % and bp factors as signed whole numbers', () => {
    expect(formatFactorMove({ move: -0.4, unit: 'fraction' }, fmt)).toBe('-40.0%');
    expect(formatFactorMove({ move: 0.052, unit: 'fraction' }, fmt)).toBe('+5.2%');
    expect(formatFactorMove({ move: 350, unit: 'bp' }, fmt)).toBe('+350');
    expect(formatFactorMove({ move: -45.6, unit: 'bp' }, fmt)).toBe('-46');
    expect(translate('results.factors.bp', { value: formatFactorMove({ move: 350, unit: 'bp' }, fmt) })).toBe('+350 bp');
  });

  it('writes losses as positive amounts and gains as gains', () => {
    expect(lossText(1234.567, fmt, translate)).toBe('$1,234.57');
    expect(lossText(-300, fmt, translate)).toBe('$300.00 gain');
    expect(lossText(-0.001, fmt, translate)).toBe('$0.00');
  });

  it('puts the sigma into words', () => {
    expect([0.5, 1.5, 3.2, 4.5].map(sigmaBand)).toEqual(['ordinary', 'unusual', 'severe', 'extreme']);
  });

  it('shortens the input hash', () => {
    expect(shortHash('abcdef0123456789')).toBe('abcdef012345');
  });
});
