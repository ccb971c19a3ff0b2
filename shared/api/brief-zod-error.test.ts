import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { briefZodError } from './brief-zod-error';

describe('briefZodError', () => {
  it('lists every problem of a short list as zod does', () => {
    const error = z.array(z.string()).safeParse([1, 2]).error!;
    expect(briefZodError(error)).toBe(z.prettifyError(error));
  });
  it('lists the first 10 of 100,000 problems and says how many more', () => {
    const error = z.array(z.string()).safeParse(Array(100_000).fill(5)).error!;
    const text = briefZodError(error);
    // Ten "✖ …" entries (at [0] … [9]), then one line for the 99,990 others.
    expect(text.match(/✖/g)).toHaveLength(10);
    expect(text).toContain('→ at [9]');
    expect(text).not.toContain('→ at [10]');
    expect(text.endsWith('… and 99,990 more problems.')).toBe(true);
  });
});
