import { describe, expect, it } from 'vitest';
import { silenceSentence } from './worker-exit';

describe('the hung-worker sentence', () => {
  it('names the silence in seconds: whole ones, or tenths below ten seconds', () => {
    expect(silenceSentence(30_000)).toBe('The engine process stopped answering for 30 s and was replaced; the run was stopped. Run it again.');
    expect(silenceSentence(1_500)).toMatch(/for 1\.5 s /);
    expect(silenceSentence(12_345)).toMatch(/for 12 s /);
  });
});
