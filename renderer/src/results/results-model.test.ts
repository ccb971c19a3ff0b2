import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/format';
import { translate } from '../i18n/translate';
import { makeResult } from './result-fixture';
import {
  atWeek,
  exposureLossRows,
  factorRows,
  formatFactorMove,
  attributionBasis,
  attributionTotal,
  attributionView,
  hasBothViews,
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

  it('sorts holdings by loss with the loss as a share of their own value', () => {
    // NVDA 15,000 of 30,000; IBIT 6,000 of 12,000; TLT −1,000 of 10,000.
    const rows = holdingLossRows(makeResult());
    expect(rows.map((r) => [r.symbol, r.ofValue, r.index])).toEqual([
      ['NVDA', 0.5, 1],
      ['IBIT', 0.5, 2],
      ['TLT', -0.1, 0],
    ]);
  });

  it('switches the phase-one parts to the mean path’s, whose total is the mean path’s loss', () => {
    const result = makeResult();
    expect(hasBothViews(result)).toBe(true);
    expect(attributionTotal(result)).toBe(20_000);
    const mean = attributionView(result, 'meanPath');
    expect(mean.phaseOne.byHolding.map((h) => h.loss)).toEqual([-1_000, 14_600, 5_900]);
    expect(mean.phaseOne.byExposure).toEqual({ govt: -1_000, ai_equity: 14_600, btc: 5_900 });
    expect(attributionTotal(mean)).toBe(19_500);
    expect(mean.phaseOne.meanLoss).toBe(20_000);
    expect(attributionView(result, 'paths')).toBe(result);
    expect(attributionBasis(result, fmt, translate)).toBe('expected over 1,000 paths, margin-sale costs included');
    expect(attributionBasis(mean, fmt, translate)).toBe('on the deterministic mean path');
    // A run saved before attribution over paths: its parts are the mean path's without forced-sale costs.
    const legacy = makeResult();
    legacy.phaseOne.attribution = 'meanPath';
    delete legacy.phaseOne.meanPath;
    expect(hasBothViews(legacy)).toBe(false);
    expect(attributionTotal(legacy)).toBe(20_000);
    expect(attributionBasis(legacy, fmt, translate)).toMatch(/^on the mean path, forced-sale costs excluded/);
  });

  it('lists the core shocks first, then the propagated factors, in matrix order', () => {
    const rows = factorRows(makeResult().phaseOne.factors, { HY: 300, AI_EQ: -0.4 });
    expect(rows.slice(0, 3).map((r) => [r.factor, r.shocked])).toEqual([
      ['AI_EQ', true],
      ['HY', true],
      ['EQ', false],
    ]);
    expect(rows).toHaveLength(19);
    expect(rows.find((r) => r.factor === 'RATE')?.unit).toBe('bp');
    expect(rows.at(-1)?.factor).toBe('FX_GBP');
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
