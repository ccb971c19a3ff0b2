/** Text → bytes in the encodings broker files arrive in (and some they should not), for the import fuzz cases. */

export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16le-bom', 'utf-16be', 'utf-16be-bom', 'latin-1', 'gbk-ish'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const LINE_ENDINGS = ['\n', '\r\n', '\r', 'mixed'] as const;
export type LineEnding = (typeof LINE_ENDINGS)[number];

const utf8 = new TextEncoder();

/** A small deterministic generator (xorshift32): the same seed gives the same bytes, without fast-check's per-value cost. */
export function xorshift(seed: number): () => number {
  let s = seed | 0 || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const start = bom ? 2 : 0;
  const out = new Uint8Array(start + text.length * 2);
  if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out[start + i * 2] = bigEndian ? code >> 8 : code & 0xff;
    out[start + i * 2 + 1] = bigEndian ? code & 0xff : code >> 8;
  }
  return out;
}

/** Latin-1: a character above U+00FF becomes '?', as a lossy "Save as ANSI" does. */
function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out[i] = code > 0xff ? 0x3f : code;
  }
  return out;
}

/** GBK-shaped bytes: ASCII as it is, every other UTF-16 unit as a lead byte 0x81–0xFE and a trail byte 0x40–0xFE. */
function gbkIsh(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out.push(code);
    else out.push(0x81 + (code % 0x7e), 0x40 + ((code >> 7) % 0xbf));
  }
  return Uint8Array.from(out);
}

export function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return utf8.encode(text);
    case 'utf-8-bom':
      return concat([Uint8Array.of(0xef, 0xbb, 0xbf), utf8.encode(text)]);
    case 'utf-16le':
    case 'utf-16le-bom':
      return utf16(text, false, encoding.endsWith('bom'));
    case 'utf-16be':
    case 'utf-16be-bom':
      return utf16(text, true, encoding.endsWith('bom'));
    case 'latin-1':
      return latin1(text);
    case 'gbk-ish':
      return gbkIsh(text);
  }
}

/** Each line in its own encoding (`pick` chooses by line number): a file pasted together from several sources. */
export function encodeMixed(lines: readonly string[], pick: (index: number) => Encoding): Uint8Array {
  return concat(lines.map((line, i) => encode(`${line}\n`, pick(i))));
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Lines joined by one line ending, or for 'mixed' by \n, \r\n and \r in turn as `next` says. */
export function joinLines(lines: readonly string[], ending: LineEnding, next: () => number): string {
  if (ending !== 'mixed') return lines.join(ending);
  const ends = ['\n', '\r\n', '\r'];
  return lines.map((line, i) => (i === lines.length - 1 ? line : line + ends[next() % 3])).join('');
}

/** `size` random bytes; `bias` makes them text-like (mostly printable ASCII and delimiters) instead of uniform. */
export function randomBytes(size: number, seed: number, bias: 'uniform' | 'textish'): Uint8Array {
  const next = xorshift(seed);
  const out = new Uint8Array(size);
  const textish = utf8.encode('abcXYZ019.,;\t"\n\r -$()%€');
  for (let i = 0; i < size; i += 1) {
    const r = next();
    out[i] = bias === 'uniform' || r % 8 === 0 ? r & 0xff : (textish[(r >>> 8) % textish.length] ?? 0x20);
  }
  return out;
}

/** Byte damage after encoding: flips, NULs, deletions and insertions at positions drawn from `seed`. */
export function damageBytes(bytes: Uint8Array, seed: number, count: number): Uint8Array {
  const next = xorshift(seed);
  let out = bytes;
  for (let k = 0; k < count && out.length > 0; k += 1) {
    const at = next() % out.length;
    const kind = next() % 4;
    if (kind === 0) out = Uint8Array.from(out, (b, i) => (i === at ? b ^ (1 << (next() % 8)) : b));
    else if (kind === 1) out = concat([out.subarray(0, at), Uint8Array.of(0), out.subarray(at)]);
    else if (kind === 2) out = concat([out.subarray(0, at), out.subarray(at + 1 + (next() % 4))]);
    else out = concat([out.subarray(0, at), randomBytes(1 + (next() % 8), next(), 'uniform'), out.subarray(at)]);
  }
  return out;
}
