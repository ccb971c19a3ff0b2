import { describe, expect, it } from 'vitest';
import { draftOptions, draftProblems, INITIAL_DRAFT } from './fit-draft';

describe('the fit form', () => {
  it('makes the options of a valid draft', () => {
    expect(draftOptions(INITIAL_DRAFT)).toEqual({ method: 'ledoit-wolf', window: null, mapping: {}, levelUnit: 'auto' });
    expect(draftOptions({ ...INITIAL_DRAFT, method: 'ewma', lambdaText: '0,97', mapping: { 'GPU rent index': 'GPU_RENT' } })).toEqual({
      method: 'ewma',
      lambda: 0.97,
      window: null,
      mapping: { 'GPU rent index': 'GPU_RENT' },
      levelUnit: 'auto',
    });
    expect(draftOptions({ ...INITIAL_DRAFT, method: 'sample', from: '2020-02-01', to: '2020-06-30' })).toMatchObject({ window: { from: '2020-02-01', to: '2020-06-30' } });
  });

  it('names the field that is wrong, and makes no options then', () => {
    expect(draftProblems({ ...INITIAL_DRAFT, method: 'ewma', lambdaText: '1' }).lambda).toBe('models.lambda.invalid');
    expect(draftProblems({ ...INITIAL_DRAFT, method: 'ewma', lambdaText: '' }).lambda).toBe('models.lambda.invalid');
    // λ does not matter to the other estimators.
    expect(draftProblems({ ...INITIAL_DRAFT, lambdaText: 'x' })).toEqual({ lambda: null, window: null });
    expect(draftProblems({ ...INITIAL_DRAFT, from: '2020-01-01' }).window).toBe('models.window.invalid');
    expect(draftProblems({ ...INITIAL_DRAFT, from: '2020-03-01', to: '2020-01-01' }).window).toBe('models.window.invalid');
    expect(draftOptions({ ...INITIAL_DRAFT, to: '2020-01-01' })).toBeNull();
  });
});
