import { describe, expect, it } from 'vitest';
import { blendSum, draftFrom, toBlend, toSingle, validateDraft } from './blend-draft';

const pct = (f: number) => `${Math.round(f * 1000) / 10} %`;

describe('override drafts', () => {
  it('starts from the current tags: one tag, a blend in percent, or nothing for unclassified', () => {
    expect(draftFrom([{ tag: 'equity', weight: 1, source: { kind: 'rule' } }])).toEqual({ mode: 'single', tag: 'equity' });
    expect(draftFrom([{ tag: 'unclassified', weight: 1, source: { kind: 'none' } }])).toEqual({ mode: 'single', tag: '' });
    expect(
      draftFrom([
        { tag: 'btc', weight: 0.8, source: { kind: 'rule' } },
        { tag: 'equity', weight: 0.2, source: { kind: 'rule' } },
      ]),
    ).toEqual({ mode: 'blend', rows: [{ tag: 'btc', percent: '80' }, { tag: 'equity', percent: '20' }] });
  });

  it('switches between one tag and a blend without losing the choice', () => {
    const blend = toBlend({ mode: 'single', tag: 'btc' });
    expect(blend).toEqual({ mode: 'blend', rows: [{ tag: 'btc', percent: '100' }, { tag: '', percent: '' }] });
    expect(toSingle({ mode: 'blend', rows: [{ tag: 'equity', percent: '20' }, { tag: 'btc', percent: '80' }] })).toEqual({ mode: 'single', tag: 'btc' });
  });
});

describe('validateDraft', () => {
  it('accepts one tag at 100 % and asks for a choice when none is made', () => {
    expect(validateDraft({ mode: 'single', tag: 'ai_equity' }, pct)).toEqual({ ok: true, exposures: [{ tag: 'ai_equity', weight: 1 }] });
    expect(validateDraft({ mode: 'single', tag: '' }, pct)).toEqual({ ok: false, problem: { key: 'override.error.noTag' } });
  });

  it('accepts a blend summing to 100 % (decimal commas too) and turns it into fractions summing to 1', () => {
    const result = validateDraft({ mode: 'blend', rows: [{ tag: 'btc', percent: '80' }, { tag: 'equity', percent: '20,0' }, { tag: '', percent: '' }] }, pct);
    expect(result).toEqual({ ok: true, exposures: [{ tag: 'btc', weight: 0.8 }, { tag: 'equity', weight: 0.2 }] });
    const thirds = validateDraft(
      { mode: 'blend', rows: [{ tag: 'btc', percent: '33.33' }, { tag: 'equity', percent: '33.33' }, { tag: 'credit', percent: '33.34' }] },
      pct,
    );
    expect(thirds.ok && thirds.exposures.reduce((s, e) => s + e.weight, 0)).toBeCloseTo(1, 9);
    const short = validateDraft({ mode: 'blend', rows: [{ tag: 'btc', percent: '33.33' }, { tag: 'equity', percent: '66.66' }] }, pct);
    expect(short).toMatchObject({ ok: false, problem: { key: 'override.error.sum' } });
  });

  it('says why a blend is refused, in a sentence key with its values', () => {
    const rows = (a: string, b: string) => ({ mode: 'blend' as const, rows: [{ tag: 'btc' as const, percent: a }, { tag: 'equity' as const, percent: b }] });
    expect(validateDraft(rows('70', '20'), pct)).toEqual({ ok: false, problem: { key: 'override.error.sum', params: { sum: '90 %' } } });
    expect(validateDraft(rows('abc', '20'), pct)).toEqual({ ok: false, problem: { key: 'override.error.weight', params: { value: 'abc' } } });
    expect(validateDraft(rows('0', '100'), pct)).toMatchObject({ ok: false, problem: { key: 'override.error.weight' } });
    expect(validateDraft(rows('120', '-20'), pct)).toMatchObject({ ok: false, problem: { key: 'override.error.weight' } });
    const twice = { mode: 'blend' as const, rows: [{ tag: 'btc' as const, percent: '50' }, { tag: 'btc' as const, percent: '50' }] };
    expect(validateDraft(twice, pct)).toEqual({ ok: false, problem: { key: 'override.error.duplicate', params: { tag: 'btc' } } });
    expect(validateDraft({ mode: 'blend', rows: [{ tag: '', percent: '' }] }, pct)).toEqual({ ok: false, problem: { key: 'override.error.empty' } });
    expect(validateDraft({ mode: 'blend', rows: [{ tag: '', percent: '100' }] }, pct)).toEqual({ ok: false, problem: { key: 'override.error.noTag' } });
  });

  it('sums what was typed for the running total', () => {
    expect(blendSum([{ tag: 'btc', percent: '80' }, { tag: '', percent: 'x' }, { tag: 'equity', percent: '12,5' }])).toBe(92.5);
  });
});
