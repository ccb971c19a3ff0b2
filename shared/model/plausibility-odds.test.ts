import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../domain/scenario';
import { prepareRun } from '../engine/prepare';
import { DEFAULT_RESOURCES } from './default-resources';
import { log10TailProbability, log10YearsBetween, ODDS_LIMIT_YEARS, oddsReading, scenarioPlausibility, severityRange, yearsBetween } from './plausibility-odds';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('plausibility as odds under the normal model', () => {
  // Hand computations, N = (h/52)/Φ(−d) with Φ(−d) from tables (mpmath.ncdf):
  it('turns d and the horizon into years between such moves', () => {
    // d = 2, h = 52: Φ(−2) = 0.0227501319; N = 1/0.0227501319 = 43.956 years.
    expect(rel(yearsBetween(2, 52), 43.9558)).toBeLessThan(1e-5);
    // d = 1, h = 52: Φ(−1) = 0.1586552539; N = 6.3030 years.
    expect(rel(yearsBetween(1, 52), 6.30297)).toBeLessThan(1e-5);
    // d = 3, h = 13: Φ(−3) = 0.0013498980; N = 0.25/0.0013498980 = 185.199 years.
    expect(rel(yearsBetween(3, 13), 185.199)).toBeLessThan(1e-5);
    // d = 5, h = 4: Φ(−5) = 2.8665157e−7; N = (4/52)/2.8665157e−7 = 0.0769231/2.8665157e−7 = 268,349 years.
    expect(rel(yearsBetween(5, 4), 268_349)).toBeLessThan(1e-5);
  });

  it('reads as times a year, years, or beyond a billion years', () => {
    // d = 0.5, h = 4: Φ(−0.5) = 0.3085375; N = 0.0769231/0.3085375 = 0.249314 years → 4.011 times a year.
    const often = oddsReading(0.5, 4);
    expect(often.kind).toBe('perYear');
    expect(often.kind === 'perYear' && rel(often.timesPerYear, 4.0110)).toBeLessThan(1e-4);
    expect(oddsReading(2, 52)).toEqual({ kind: 'years', years: yearsBetween(2, 52) });
    // d = 6.5, h = 13: Φ(−6.5) = 4.016e−11; N = 0.25/4.016e−11 = 6.2e9 > 1e9.
    expect(oddsReading(6.5, 13)).toEqual({ kind: 'beyond', limitYears: ODDS_LIMIT_YEARS });
    // d = 0 (no shock): Φ(0) = 1/2, N = 2·h/52 — with h = 13, half a year: twice a year.
    expect(oddsReading(0, 13)).toEqual({ kind: 'perYear', timesPerYear: 2 });
  });

  it('stays finite far in the tail, where Φ(−d) itself underflows', () => {
    // ln Φ(−40) = −800 − ln 40 − ½ ln 2π + ln(1 − 1/1600 + …) = −800 − 3.68888 − 0.91894 − 0.00062 = −804.60844;
    // log₁₀ = −804.60844 / 2.302585 = −349.4370.
    expect(log10TailProbability(40)).toBeCloseTo(-349.437, 3);
    expect(oddsReading(40, 13).kind).toBe('beyond');
    expect(oddsReading(1e6, 13).kind).toBe('beyond');
    // The asymptotic series and the direct value agree where both hold (d = 30).
    const d = 30;
    const d2 = d * d;
    const asymptotic = (-d2 / 2 - Math.log(d) - 0.5 * Math.log(2 * Math.PI) + Math.log(1 - 1 / d2 + 3 / d2 ** 2 - 15 / d2 ** 3)) / Math.LN10;
    expect(Math.abs(log10TailProbability(d) - asymptotic)).toBeLessThan(1e-9);
    expect(log10TailProbability(30.000001)).toBeLessThan(log10TailProbability(30));
  });

  it('gives rarer odds for a larger d, and proportionally rarer ones for a longer horizon', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true }), fc.double({ min: 0.1, max: 104, noNaN: true }), (d, step, h) => {
        expect(log10YearsBetween(d + step, h)).toBeGreaterThan(log10YearsBetween(d, h));
        if (d < 35) expect(rel(yearsBetween(d, 2 * h), 2 * yearsBetween(d, h))).toBeLessThan(1e-9);
      }),
    );
  });

  it('scores a scenario as the engine does in phase one', () => {
    const dir = new URL('../../resources/scenarios/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const scenario = Scenario.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
      const engine = prepareRun({ baseCurrency: 'USD', holdings: [], scenario, resources: DEFAULT_RESOURCES }).deterministic.plausibility;
      const mine = scenarioPlausibility(scenario, DEFAULT_RESOURCES.factorModel);
      expect(mine.sigma, file).toBeCloseTo(engine.sigma, 12);
      expect(mine.mahalanobis, file).toBeCloseTo(engine.mahalanobis, 10);
    }
  });

  it('finds the mildest and the most severe', () => {
    const range = severityRange([
      { id: 'x', name: 'b', sigma: 3 },
      { id: 'x', name: 'a', sigma: 2.1 },
      { id: 'x', name: 'c', sigma: 7.3 },
      { id: 'x', name: 'd', sigma: 2.1 },
    ]);
    expect(range).toEqual({ lowest: { id: 'x', name: 'a', sigma: 2.1 }, highest: { id: 'x', name: 'c', sigma: 7.3 } });
    expect(severityRange([])).toBeNull();
  });
});
