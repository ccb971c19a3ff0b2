import { describe, expect, it } from 'vitest';
import { oddsPhrase, oddsSentence, rangeSentence } from './plausibility-text';

describe('plausibility odds in words', () => {
  it('rounds to two significant figures and names huge counts in words, never 1e+40', () => {
    expect(oddsPhrase({ kind: 'years', years: 43.9558 }, 'en-US')).toBe('about once in 44 years');
    expect(oddsPhrase({ kind: 'years', years: 24_517 }, 'en-US')).toBe('about once in 25,000 years');
    expect(oddsPhrase({ kind: 'years', years: 390_903_878 }, 'en-US')).toBe('about once in 390 million years');
    expect(oddsPhrase({ kind: 'perYear', timesPerYear: 4.011 }, 'en-US')).toBe('about 4 times a year');
    expect(oddsPhrase({ kind: 'beyond', limitYears: 1e9 }, 'en-US')).toBe('less than once in 1 billion years');
    expect(oddsPhrase({ kind: 'years', years: 24_517 }, 'de-DE')).toBe('about once in 25.000 years');
  });

  it('says d, the horizon and the odds in one sentence', () => {
    // d = 2 over 52 weeks: once in 44 years (plausibility-odds.test.ts).
    expect(oddsSentence(2, 52, 'en-US')).toBe(
      'd = 2.0: if the model’s normal distribution were right, a move at least this far in the shock’s direction within 52 weeks would come about once in 44 years.',
    );
    expect(oddsSentence(15.03, 12, 'en-US')).toContain('less than once in 1 billion years');
    expect(oddsSentence(4.03, 0.2, 'en-US')).toContain('within 0.2 weeks');
  });

  it('gives the built-ins’ range for scale, computed from their d', () => {
    expect(rangeSentence([{ id: 'x', name: 'A', sigma: 6.48 }, { id: 'x', name: 'Flash', sigma: 3.94 }, { id: 'x', name: 'Replay', sigma: 15.03 }], 'en-US')).toBe(
      'For scale, the built-in scenarios range from d = 3.9 (“Flash”) to d = 15.0 (“Replay”).',
    );
    expect(rangeSentence([], 'en-US')).toBeNull();
  });
});
