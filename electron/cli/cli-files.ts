import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ApiClient, ImportPreview } from '../../shared/api';
import { MAX_IMPORT_BYTES } from '../../shared/api';
import { t } from '../../shared/i18n/translate';
import { issueText, refusalOf } from '../../shared/import/issue-text';
import type { CliIo } from './cli-command';

/** Reads a file named on the command line; null (with the sentence on stderr) when it cannot be read. */
export function readArgFile(file: string, io: CliIo, maxBytes = MAX_IMPORT_BYTES): Buffer | null {
  try {
    if (statSync(file).size > maxBytes) throw new Error(t('cli.tooLarge', { file }));
    return readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.err(code === 'ENOENT' ? t('cli.noSuchFile', { file }) : code ? t('cli.cannotRead', { file, details: (err as Error).message }) : (err as Error).message);
    return null;
  }
}

/** Reads and previews a CSV named on the command line; null (reason on stderr) when it is unreadable or refused. */
export async function previewArgFile(
  api: ApiClient,
  file: string,
  io: CliIo,
  valuation: { baseCurrency?: string; fxUsdPerUnit?: Record<string, number> } = {},
): Promise<Extract<ImportPreview, { ok: true }> | null> {
  const bytes = readArgFile(file, io);
  if (!bytes) return null;
  const preview = await api['imports.preview']({ fileName: basename(file), dataBase64: bytes.toString('base64'), ...valuation });
  if (!preview.ok) {
    io.err(t('cli.rejected', { file, reason: issueText(refusalOf(preview)) }));
    return null;
  }
  return preview;
}
