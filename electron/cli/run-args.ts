import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ApiClient } from '../../shared/api';
import { t } from '../../shared/i18n/translate';
import type { CliIo, CliValues } from './cli-command';

/** The run a command is about: the RUN_ID given, or with --latest the newest saved run; null (sentence on stderr) when neither. */
export async function runIdFrom(api: ApiClient, values: CliValues, positionals: readonly string[], io: CliIo): Promise<string | null> {
  const given = positionals[0];
  if (given && values.latest) {
    io.err(t('cli.runOrLatest'));
    return null;
  }
  if (given) return given;
  if (!values.latest) return null;
  const newest = (await api['runs.list']({}))[0];
  if (!newest) io.err(t('cli.noRuns'));
  return newest?.runId ?? null;
}

/** Writes a file named on the command line (making its folder); false (sentence on stderr) when it cannot. */
export function writeArgFile(file: string, data: string | Uint8Array, io: CliIo): boolean {
  try {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(file, data);
    return true;
  } catch (err) {
    io.err(t('cli.cannotWrite', { file, details: err instanceof Error ? err.message : String(err) }));
    return false;
  }
}

/** A size for people: 12.3 kB. */
export const sizeText = (bytes: number): string => new Intl.NumberFormat('en-US', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(bytes / 1000);
