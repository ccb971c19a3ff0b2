import { describe, expect, it } from 'vitest';
import { issueText } from '../../../shared/import/issue-text';
import { translator } from '../../../shared/i18n/translate';
import { BASE64_CHUNK_BYTES, bytesToBase64, bytesToBase64Async, readAsBase64, sizeProblem } from './file-reading';

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256);
const reference = (b: Uint8Array) => Buffer.from(b).toString('base64');

describe('bytesToBase64', () => {
  it('matches a one-shot encoding for every length around the chunk edges', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      for (const chunk of [3, 6, 9]) expect(bytesToBase64(bytes(n), chunk), `${n}/${chunk}`).toBe(reference(bytes(n)));
    }
    const big = bytes(BASE64_CHUNK_BYTES * 2 + 5);
    expect(bytesToBase64(big)).toBe(reference(big));
  });

  it('refuses a chunk size that would put padding in the middle', () => {
    expect(() => bytesToBase64(bytes(10), 4)).toThrow(RangeError);
    expect(() => bytesToBase64(bytes(10), 0)).toThrow(RangeError);
  });

  it('gives the same answer when yielding between chunks, and reads a Blob', async () => {
    const data = bytes(3 * 70 + 1);
    expect(await bytesToBase64Async(data, 3)).toBe(reference(data));
    expect(await readAsBase64(new Blob([data]))).toBe(reference(data));
  });
});

describe('sizeProblem', () => {
  it('accepts up to the limit and refuses above it with a sentence naming the file and sizes', () => {
    expect(sizeProblem({ name: 'a.csv', size: 50 * 1024 * 1024 }, 'en-US')).toBeNull();
    const refusal = sizeProblem({ name: 'big.csv', size: 60 * 1024 * 1024 }, 'en-US');
    expect(refusal?.message).toBe('big.csv is 60 MB, over the 50 MB limit: export fewer rows or split it into smaller files.');
    // Said in the reader's language when shown, from its key.
    expect(refusal && issueText(refusal, translator('zh-CN'))).toBe('big.csv 大小为 60 MB，超过 50 MB 的上限：请少导出一些行，或拆分成多个较小的文件。');
  });
});
