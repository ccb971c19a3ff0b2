import type { ParseArgsConfig } from 'node:util';
import type { ApiClient } from '../../shared/api';
import type { MessageKey } from '../../shared/i18n/translate';
import type { NumberRule } from './number-args';

export type CliIo = { out: (text: string) => void; err: (text: string) => void };
export type CliValues = Record<string, string | boolean | undefined>;

/** One CLI command: its options (node:util parseArgs), its help line, and what it does. Returns the exit code. */
export type CliCommand = {
  usage: string;
  /** The help line's catalogue key: written when help is shown, in the language of the moment. */
  summary: MessageKey;
  options: NonNullable<ParseArgsConfig['options']>;
  /** The numeric options and what each takes: checked before the command runs (a sentence and exit 2 otherwise). */
  numbers?: Record<string, NumberRule>;
  run: (api: ApiClient, args: { values: CliValues; positionals: string[] }, io: CliIo) => Promise<number>;
};

/** Options every command takes. */
export const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const satisfies CliCommand['options'];

/** A bad argument: its message is the whole sentence for stderr (exit 2), without the “Failed:” of unexpected errors. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}
