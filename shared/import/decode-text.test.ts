import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from './decode-text';

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
const utf16 = (s: string, bigEndian: boolean): number[] =>
  [...s].flatMap((c) => {
    const code = c.charCodeAt(0);
    return bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8];
  });

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('代码,名称')]))).toEqual({ text: '代码,名称', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from(utf8('Stück;Kurs')))).toEqual({ text: 'Stück;Kurs', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...utf16('a\tb\r\n腾讯', false)]))).toEqual({ text: 'a\tb\r\n腾讯', encoding: 'utf-16le' });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...utf16('a\tb', true)]))).toEqual({ text: 'a\tb', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    expect(decodeText(Uint8Array.from(utf16('symbol,qty\nNVDA,1\n', false))).encoding).toBe('utf-16le');
    expect(decodeText(Uint8Array.from(utf16('symbol,qty\nNVDA,1\n', true))).text).toBe('symbol,qty\nNVDA,1\n');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // 'Stück' and '€' as single Windows-1252 bytes
    const bytes = Uint8Array.from([0x53, 0x74, 0xfc, 0x63, 0x6b, 0x3b, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: 'Stück;€', encoding: 'windows-1252' });
  });

  it('maps 0x80–0x9F as Windows-1252 (not Latin-1, which is what Node 20 TextDecoder gives for that label)', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x8a, 0x93, 0x94, 0x96, 0x9f, 0x81]))).toBe('€…Š“”–Ÿ\u0081');
    expect(decodeWindows1252(Uint8Array.from([0x41, 0xe4, 0xf6, 0xfc, 0xdf, 0xa0]))).toBe('Aäöüß\u00a0');
  });
});
