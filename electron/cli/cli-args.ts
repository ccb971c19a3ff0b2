import { parseArgs } from 'node:util';
import { t } from '../../shared/i18n/translate';
import type { CliCommand, CliValues } from './cli-command';

type Options = CliCommand['options'];
export type ParsedArgs = { ok: true; values: CliValues; positionals: string[] } | { ok: false; message: string };

/** A value that starts with a dash but is a number (`-5`, `-0.5`, `-.5`, `-25%`): no option is named like that. */
const NEGATIVE_NUMBER = /^-\.?\d/;

/**
 * A command's arguments, read with node:util parseArgs (strict) after two things it gets wrong for us: `--paths -5`
 * is the value −5 (parseArgs calls it ambiguous, in English), and a value-taking option with nothing after it, or
 * followed by another option, is refused in a sentence of the catalogue that names it; so are unknown options and a
 * value given to an on/off option. Everything after `--` is positional, as with parseArgs.
 */
export function parseCommandArgs(command: string, args: readonly string[], options: Options): ParsedArgs {
  const normalised: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      normalised.push(...args.slice(i));
      break;
    }
    const inline = /^--([^=]+)=(.*)$/s.exec(arg);
    if (inline) {
      if (options[inline[1]!]?.type === 'string' && inline[2] === '') return { ok: false, message: t('cli.arg.needsValue', { option: inline[1]! }) };
      normalised.push(arg);
      continue;
    }
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    if (name === null || options[name]?.type !== 'string') {
      normalised.push(arg);
      continue;
    }
    const next = args[i + 1];
    if (next === undefined || next === '' || (next.startsWith('-') && !NEGATIVE_NUMBER.test(next))) {
      return { ok: false, message: t('cli.arg.needsValue', { option: name }) };
    }
    normalised.push(`--${name}=${next}`);
    i++;
  }
  const loose = parseArgs({ args: normalised, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of loose.tokens) {
    if (token.kind !== 'option') continue;
    const known = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!known) return { ok: false, message: t('cli.arg.unknownOption', { option: token.rawName, command }) };
    if (known.type === 'boolean' && token.value !== undefined) return { ok: false, message: t('cli.arg.takesNoValue', { option: token.name, value: token.value }) };
  }
  try {
    const parsed = parseArgs({ args: normalised, options, allowPositionals: true, strict: true });
    return { ok: true, values: parsed.values as CliValues, positionals: parsed.positionals };
  } catch (err) {
    // Not reached for what is checked above; kept so that whatever else parseArgs refuses still exits 2 with its reason.
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
