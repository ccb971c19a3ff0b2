import { describe, expect, it } from 'vitest';
import { t } from './translate';

describe('message catalogue', () => {
  it('fills placeholders and leaves an unknown one visible', () => {
    expect(t('portfolio.col.value', { currency: 'EUR' })).toBe('Value (EUR)');
    expect(t('portfolio.chipTitle', { tag: 'Bitcoin', source: 'your override' })).toBe('Bitcoin — your override');
    expect(t('portfolio.chipTitle', { tag: 'Bitcoin' })).toBe('Bitcoin — {source}');
  });
});
