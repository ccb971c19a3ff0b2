import { describe, expect, it } from 'vitest';
import { t } from './translate';

describe('message catalogue', () => {
  it('fills placeholders and leaves an unknown one visible', () => {
    expect(t('portfolio.col.value', { currency: 'EUR' })).toBe('Value (EUR)');
    expect(t('portfolio.chipTitle', { tag: 'Bitcoin', source: 'your override' })).toBe('Bitcoin — your override');
    expect(t('portfolio.chipTitle', { tag: 'Bitcoin' })).toBe('Bitcoin — {source}');
  });
});

describe('catalogue parts', () => {
  it('never define the same key twice (a later part would silently win)', async () => {
    const { CATALOGUE_PARTS, messagesEn } = await import('./messages-en');
    const total = CATALOGUE_PARTS.reduce<number>((n, part) => n + Object.keys(part).length, 0);
    expect(total).toBe(Object.keys(messagesEn).length);
  });
});
