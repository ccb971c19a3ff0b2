import { describe, expect, it } from 'vitest';
import { templateParts } from './template-parts';

describe('templateParts', () => {
  it('splits a message at its placeholders, keeping the literal text between them', () => {
    // 'sources.statement.withAssumption' is '{text}. {assumption}'.
    expect(templateParts('sources.statement.withAssumption', ['text', 'assumption'])).toEqual([{ slot: 'text' }, { text: '. ' }, { slot: 'assumption' }]);
    // 'sources.cite.withFact' is '{label}: “{fact}”'.
    expect(templateParts('sources.cite.withFact', ['label', 'fact'])).toEqual([{ slot: 'label' }, { text: ': “' }, { slot: 'fact' }, { text: '”' }]);
  });
});
