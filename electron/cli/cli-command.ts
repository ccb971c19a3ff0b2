import type { ParseArgsConfig } from 'node:util';
import type { ApiClient } from '../../shared/api';

export type CliIo = { out: (text: string) => void; err: (text: string) => void };
export type CliValues = Record<string, string | boolean | undefined>;

/** One CLI command: its options (node:util parseArgs), its help line, and what it does. Returns the exit code. */
export type CliCommand = {
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run: (api: ApiClient, args: { values: CliValues; positionals: string[] }, io: CliIo) => Promise<number>;
};

/** Options every command takes. */
export const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const satisfies CliCommand['options'];
