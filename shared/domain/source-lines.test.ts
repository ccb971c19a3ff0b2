import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CitedLine, type SourceLine } from './citation';
import { lineToText, linesToText, textToLine, textToLines } from './source-lines';

describe('source lines as editable text', () => {
  it('writes citations and the assumption in brackets at the end', () => {
    expect(lineToText({ text: 'AI_EQ −40 %: NVDA', cite: ['nvda-2022', 'nasdaq-2021-22'], assumption: 'the exact value' })).toBe(
      'AI_EQ −40 %: NVDA [nvda-2022, nasdaq-2021-22] [assumption: the exact value]',
    );
    expect(lineToText({ text: 'Horizon 52 weeks', assumption: true })).toBe('Horizon 52 weeks [assumption]');
    expect(lineToText('free text')).toBe('free text');
  });

  it('reads them back, tolerating spacing; a line with no brackets is free text', () => {
    expect(textToLine('  BTC −48 % [btc-2025-26,seed-000]  ')).toEqual({ text: 'BTC −48 %', cite: ['btc-2025-26', 'seed-000'] });
    expect(textToLine('Horizon 52 weeks [assumption]')).toEqual({ text: 'Horizon 52 weeks', assumption: true });
    expect(textToLine('λ 0.5 [assumption:   a choice ]')).toEqual({ text: 'λ 0.5', assumption: 'a choice' });
    expect(textToLine('My own note (see p. 3)')).toBe('My own note (see p. 3)');
    // Brackets that are not ids stay text; a bracket alone is not a statement.
    expect(textToLine('Shock [see Table 2]')).toBe('Shock [see Table 2]');
    expect(textToLine('[nvda-2022]')).toBe('[nvda-2022]');
  });

  it('drops blank lines', () => {
    expect(textToLines('a\n\n  \nb [x-1]\r\n')).toEqual(['a', { text: 'b', cite: ['x-1'] }]);
  });

  // Property: any cited line (without brackets in its words) survives a trip through the text unchanged.
  it('round-trips every cited line', () => {
    const words = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/[[\]\n\r]/g, '').trim()).filter((s) => s !== '');
    const id = fc.array(fc.constantFrom('a', 'b', 'nvda', '2022', 'x1'), { minLength: 1, maxLength: 3 }).map((p) => p.join('-'));
    const line = fc.record(
      { text: words, cite: fc.array(id, { minLength: 1, maxLength: 3 }), assumption: fc.oneof(words, fc.constant(true as const)) },
      { requiredKeys: ['text'] },
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), (lines) => {
        const parsed = CitedLine.array().parse(lines);
        const typed: SourceLine[] = parsed.filter((l) => l.cite !== undefined || l.assumption !== undefined);
        expect(textToLines(linesToText(typed))).toEqual(typed);
      }),
    );
  });
});
