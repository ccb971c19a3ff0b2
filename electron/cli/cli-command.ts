import type { ParseArgsConfig } from 'node:util';
import type { ApiClient } from '../../shared/api';
import type { MessageKey } from '../../shared/i18n/translate';

export type CliIo = { out: (text: string) => void; err: (text: string) => void };
export type CliValues = Record<string, string | boolean | undefined>;

/** One CLI command: its options (node:util parseArgs), its help line, and what it does. Returns the exit code. */
export type CliCommand = {
  usage: string;
  /** The help line's catalogue key: written when help is shown, in the language of the moment. */
  summary: MessageKey;
  options: NonNullable<ParseArgsConfig['options']>;
  run: (api: ApiClient, args: { values: CliValues; positionals: string[] }, io: CliIo) => Promise<number>;
};

/** Options every command takes. */
export const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const satisfies CliCommand['options'];
