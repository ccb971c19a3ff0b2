import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipQuoted, QUOTE_LIMIT } from './clip-text';

describe('clipQuoted', () => {
  it('keeps text up to the limit whole', () => {
    const text = 'x'.repeat(QUOTE_LIMIT);
    expect(clipQuoted(text)).toBe(text);
    expect(clipQuoted('Qty')).toBe('Qty');
  });
  it('clips a 1 MB cell to its first 80 and last 30 characters', () => {
    // 'a'×80 + 'b'×999,890 + 'c'×30 → the a's, an ellipsis, the c's: 111 characters.
    const text = `${'a'.repeat(80)}${'b'.repeat(999_890)}${'c'.repeat(30)}`;
    expect(clipQuoted(text)).toBe(`${'a'.repeat(80)}…${'c'.repeat(30)}`);
  });
  it('moves a cut that would fall inside an emoji to its edge', () => {
    // '😀' is two UTF-16 units: at 79–80 the head stops before it (79 units); at the tail's first unit it is left out.
    expect(clipQuoted(`${'a'.repeat(79)}😀${'b'.repeat(200)}`)).toBe(`${'a'.repeat(79)}…${'b'.repeat(30)}`);
    expect(clipQuoted(`${'a'.repeat(200)}😀${'c'.repeat(29)}`)).toBe(`${'a'.repeat(80)}…${'c'.repeat(29)}`);
  });
  it('never splits a surrogate pair and is never longer than 111 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 400 }), (text) => {
        const clipped = clipQuoted(text);
        expect(clipped.length).toBeLessThanOrEqual(Math.max(text.length, 111));
        // A lone surrogate would not survive a round trip through UTF-8.
        expect(new TextDecoder().decode(new TextEncoder().encode(clipped))).toBe(clipped);
        if (text.length > QUOTE_LIMIT) {
          expect(text.startsWith(clipped.slice(0, clipped.indexOf('…')))).toBe(true);
          expect(text.endsWith(clipped.slice(clipped.lastIndexOf('…') + 1))).toBe(true);
        } else expect(clipped).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
