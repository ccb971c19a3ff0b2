import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTORS } from '../../domain/scenario';
import { DEFAULT_RESOURCES } from '../default-resources';
import { matrix, minEigenvalue } from '../linalg';
import { exampleHistoryCsv, EXAMPLE_SPEC } from './example-history';
import { fitHistory } from './fit-history';
import { FactorModelSnapshot } from './fit-types';
import { completeModel, mergeModel } from './merge-model';

const defaults = DEFAULT_RESOURCES.factorModel;
const i = (f: (typeof FACTORS)[number]) => FACTORS.indexOf(f);

describe('mergeModel', () => {
  it('takes the block’s specs and the pairs both of whose factors are in it; everything else is the default', () => {
    const spec = { volAnnual: 0.5, stressSign: 1 as const, basis: 'test basis' };
    const { model, repair } = mergeModel(defaults, {
      factors: { BTC: spec, EQ: { ...spec, volAnnual: 0.1 } },
      order: ['BTC', 'EQ'],
      matrix: [
        [1, 0.5],
        [0.5, 1],
      ],
      description: 'd',
      correlationBasis: 'b',
    });
    expect(repair).toBeNull();
    expect(model.factors.BTC.volAnnual).toBe(0.5);
    expect(model.factors.EQ.volAnnual).toBe(0.1);
    expect(model.factors.HY).toEqual(defaults.factors.HY);
    const m = model.correlation.matrix;
    expect(m[i('BTC')]![i('EQ')]).toBe(0.5);
    expect(m[i('EQ')]![i('BTC')]).toBe(0.5);
    expect(m[i('BTC')]![i('HY')]).toBe(defaults.correlation.matrix[i('BTC')]![i('HY')]);
    expect(m[i('AI_EQ')]![i('EQ')]).toBe(defaults.correlation.matrix[i('AI_EQ')]![i('EQ')]);
  });
});

const fitted = fitHistory(exampleHistoryCsv(), 'example.csv', { mapping: { 'GPU rent index': 'GPU_RENT' } }, defaults);
if (!fitted.ok) throw new Error('the example must fit');
const fit = fitted;

describe('completeModel', () => {
  it('gives back a snapshot of today’s factors exactly (a re-run uses the very same numbers)', () => {
    const { model, added, repair } = completeModel(FactorModelSnapshot.parse(JSON.parse(JSON.stringify(fit.model))), defaults);
    expect(added).toEqual([]);
    expect(repair).toBeNull();
    expect(JSON.stringify(model)).toBe(JSON.stringify(fit.model));
  });

  it('fills the factors a snapshot was made without with their defaults, and drops factors it names that no longer exist', () => {
    // As if the snapshot were made before LIQ existed, and by a version that had a factor called OLD.
    const keep = FACTORS.filter((f) => f !== 'LIQ');
    const order = [...keep, 'OLD'];
    const at = (f: string) => FACTORS.indexOf(f as (typeof FACTORS)[number]);
    const snapshot = FactorModelSnapshot.parse({
      ...fit.model,
      factors: { ...Object.fromEntries(keep.map((f) => [f, fit.model.factors[f]])), OLD: { volAnnual: 1, stressSign: 1, basis: 'gone' } },
      correlation: { ...fit.model.correlation, order, matrix: order.map((a) => order.map((b) => (a === b ? 1 : a === 'OLD' || b === 'OLD' ? 0 : fit.model.correlation.matrix[at(a)]![at(b)]!))) },
    });
    const { model, added } = completeModel(snapshot, defaults);
    expect(added).toEqual(['LIQ']);
    expect(Object.keys(model.factors)).toEqual([...FACTORS]);
    expect(model.factors.LIQ).toEqual(defaults.factors.LIQ);
    expect(model.factors.BTC).toEqual(fit.model.factors.BTC);
    expect(minEigenvalue(matrix(FACTORS.length, model.correlation.matrix))).toBeGreaterThan(0);
  });
});

describe('the shipped example history', () => {
  it('is the generator’s output, says it is synthetic, and fits back to the covariance it was drawn from', () => {
    const shipped = readFileSync(new URL('../../../resources/examples/synthetic-price-history.csv', import.meta.url), 'utf8');
    expect(shipped).toBe(exampleHistoryCsv());
    expect(shipped.split('\n')[0]).toMatch(/^# SYNTHETIC DATA - NOT MARKET HISTORY/);
    expect(fit.summary).toMatchObject({ frequency: 'weekly', rowsRead: 261, rowsDropped: 3, rowsUsed: 258, returns: 257 });
    const n = fit.summary.returns;
    EXAMPLE_SPEC.factors.forEach((f, k) => {
      const sigma = EXAMPLE_SPEC.vols[k]!;
      expect(Math.abs(fit.model.factors[f].volAnnual - sigma), f).toBeLessThan((4 * sigma) / Math.sqrt(2 * n));
    });
  });
});
