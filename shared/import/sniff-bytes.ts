import { fillMessage } from './import-messages';

type Magic = { bytes: readonly number[]; kind: string | null };

// kind null = an office workbook, which gets its own advice.
const MAGICS: readonly Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF document' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip-compressed archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'a RAR archive' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: null },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: null },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Refuses empty files and well-known binary formats before any decoding; null = go on. */
export function sniffBytes(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return fillMessage('empty');
  const magic = MAGICS.find((m) => startsWith(bytes, m.bytes));
  if (!magic) return null;
  return magic.kind === null ? fillMessage('excelWorkbook') : fillMessage('binaryKnown', { kind: magic.kind });
}

/** Human size: '1.2 MB', '820 KB', '12 bytes'. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
