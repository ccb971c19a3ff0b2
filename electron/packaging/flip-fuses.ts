/**
 * `npm run fuses -- PACKAGED_BINARY [--asar yes|no] [--reset-adhoc-signature]`: flips the Electron fuses of a packaged
 * Aftershock (fuses.ts says which and why), then reads them back from the binary and prints them. PACKAGED_BINARY is
 * the executable (Windows, Linux) or the .app (macOS); run it after packaging and before code signing. With no --asar,
 * the asar fuses follow whether resources/app.asar is there. A packaging tool for developers: English only.
 */
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { parseArgs } from 'node:util';
import { applyFuses } from './fuses';

const STATE: Record<number, string> = { [FuseState.ENABLE]: 'on', [FuseState.DISABLE]: 'off', [FuseState.REMOVED]: 'removed', [FuseState.INHERIT]: 'inherit' };

/** The fuse wire of a binary as lines such as `RunAsNode: off`. */
export async function fuseLines(binary: string): Promise<string[]> {
  const wire = await getCurrentFuseWire(binary);
  return Object.entries(wire)
    .filter(([key]) => key !== 'version')
    .map(([key, state]) => `${FuseV1Options[Number(key)] ?? `fuse ${key}`}: ${STATE[state as number] ?? String(state)}`);
}

const parseOptions = (argv: string[]) =>
  parseArgs({ args: argv, options: { asar: { type: 'string' }, 'reset-adhoc-signature': { type: 'boolean' } }, allowPositionals: true, strict: true });

export async function main(argv: string[], log: (line: string) => void): Promise<number> {
  const usage = 'Usage: npm run fuses -- PACKAGED_BINARY [--asar yes|no] [--reset-adhoc-signature]';
  let args: ReturnType<typeof parseOptions>;
  try {
    args = parseOptions(argv);
  } catch (err) {
    log(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
    return 2;
  }
  const { values, positionals } = args;
  const binary = positionals[0];
  if (!binary || positionals.length > 1 || (values.asar !== undefined && values.asar !== 'yes' && values.asar !== 'no')) {
    log(usage);
    return 2;
  }
  let config: Awaited<ReturnType<typeof applyFuses>>;
  try {
    config = await applyFuses(binary, {
      ...(values.asar !== undefined ? { asar: values.asar === 'yes' } : {}),
      resetAdHocSignature: values['reset-adhoc-signature'] === true,
    });
  } catch (err) {
    log(`Could not flip the fuses of ${binary}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  log(`Flipped the fuses of ${binary} (packaged as app.asar: ${config[FuseV1Options.OnlyLoadAppFromAsar] ? 'yes' : 'no'}):`);
  for (const line of await fuseLines(binary)) log(`  ${line}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2), (line) => console.log(line));
