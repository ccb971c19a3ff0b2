import type { MessageRef } from '../domain/import-text';
import type { MessageKey } from '../i18n/messages-en';
import { englishRef, importText, word, type ImportSentence } from './import-messages';

type Magic = { bytes: readonly number[]; kind: MessageKey | null };

// kind null = an office workbook, which gets its own advice.
const MAGICS: readonly Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'import.kind.png' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'import.kind.jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'import.kind.gif' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'import.kind.pdf' },
  { bytes: [0x1f, 0x8b], kind: 'import.kind.gzip' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: 'import.kind.7zip' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'import.kind.rar' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: null },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: null },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Refuses empty files and well-known binary formats before any decoding; null = go on. */
export function sniffBytes(bytes: Uint8Array): ImportSentence | null {
  if (bytes.length === 0) return importText('empty');
  const magic = MAGICS.find((m) => startsWith(bytes, m.bytes));
  if (!magic) return null;
  return magic.kind === null ? importText('excelWorkbook') : importText('binaryKnown', { kind: word(magic.kind) });
}

/** A human size as a word of the catalogue: '1.2 MB', '820 KB', '12 bytes' (12 字节). */
export function sizeWord(bytes: number): MessageRef {
  if (bytes >= 1024 * 1024) return word('import.size.mb', { size: (bytes / (1024 * 1024)).toFixed(1) });
  if (bytes >= 1024) return word('import.size.kb', { size: Math.round(bytes / 1024) });
  return word('import.size.bytes', { size: bytes });
}

/** The same in English. */
export const formatSize = (bytes: number): string => englishRef(sizeWord(bytes));
