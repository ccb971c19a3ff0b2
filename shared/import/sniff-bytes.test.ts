import { describe, expect, it } from 'vitest';
import { formatSize, sniffBytes } from './sniff-bytes';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffBytes', () => {
  it('refuses an empty file', () => {
    expect(sniffBytes(bytes())?.message).toBe('The file is empty.');
  });
  it.each([
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), /PNG image/],
    [ascii('%PDF-1.7'), /PDF document/],
    [bytes(0xff, 0xd8, 0xff, 0xe0), /JPEG/],
    [bytes(0x1f, 0x8b, 0x08), /gzip/],
    [bytes(0x50, 0x4b, 0x03, 0x04, 0x14), /Excel workbook/],
    [bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1), /Excel workbook/],
  ])('recognises %s', (b, reason) => {
    expect(sniffBytes(b)?.message).toMatch(reason);
  });
  it('lets text through', () => {
    expect(sniffBytes(ascii('symbol,quantity\n'))).toBeNull();
  });
  it('formats sizes', () => {
    expect(formatSize(50 * 1024 * 1024)).toBe('50.0 MB');
    expect(formatSize(2048)).toBe('2 KB');
    expect(formatSize(12)).toBe('12 bytes');
  });
});
