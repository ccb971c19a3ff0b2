import { MAX_IMPORT_BYTES } from '../../../shared/api/imports-api';
import type { ImportText } from '../../../shared/domain/import-text';
import { sentence } from '../../../shared/import/import-messages';
import { formatFileSize } from '../format/format';

/** Bytes per base64 chunk: a multiple of 3, so the chunks' encodings join without padding in between. */
export const BASE64_CHUNK_BYTES = 3 * 16_384;
/** Chunks encoded between two yields to the event loop, so a large file does not freeze the page. */
const CHUNKS_PER_YIELD = 64;

function encodeChunk(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8_192) binary += String.fromCharCode(...bytes.subarray(i, i + 8_192));
  return btoa(binary);
}

/** Base64 of the bytes, encoded chunk by chunk (a 50 MB file never becomes one huge argument list). */
export function bytesToBase64(bytes: Uint8Array, chunkBytes = BASE64_CHUNK_BYTES): string {
  if (chunkBytes <= 0 || chunkBytes % 3 !== 0) throw new RangeError(`The chunk size must be a positive multiple of 3, not ${chunkBytes}.`);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += chunkBytes) parts.push(encodeChunk(bytes.subarray(i, i + chunkBytes)));
  return parts.join('');
}

/** The same, yielding to the event loop now and then. */
export async function bytesToBase64Async(bytes: Uint8Array, chunkBytes = BASE64_CHUNK_BYTES): Promise<string> {
  if (chunkBytes <= 0 || chunkBytes % 3 !== 0) throw new RangeError(`The chunk size must be a positive multiple of 3, not ${chunkBytes}.`);
  const parts: string[] = [];
  for (let i = 0, n = 0; i < bytes.length; i += chunkBytes, n++) {
    if (n > 0 && n % CHUNKS_PER_YIELD === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    parts.push(encodeChunk(bytes.subarray(i, i + chunkBytes)));
  }
  return parts.join('');
}

/** The sentence refusing a file over the limit (shown in the reader's language), or null when its size is fine. Checked before any byte is read. */
export function sizeProblem(file: { name: string; size: number }, locale: string, limit = MAX_IMPORT_BYTES): ImportText | null {
  if (file.size <= limit) return null;
  return sentence('import.tooLarge', {
    fileName: file.name,
    size: formatFileSize(file.size, locale),
    limit: formatFileSize(limit, locale),
  });
}

/** Reads a File (or any Blob) into base64. */
export async function readAsBase64(file: Blob): Promise<string> {
  return bytesToBase64Async(new Uint8Array(await file.arrayBuffer()));
}
