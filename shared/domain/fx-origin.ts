import type { FxOrigin, FxRate } from './settings';

/**
 * A rate's provenance, also for rates saved before origins were recorded: their `source` was free text — “entered by
 * hand” (Settings), “command line”, a default's basis, once with a repository path in parentheses. Those read as
 * what they were; a repository path is never shown.
 */
export type FxProvenance =
  | { kind: 'default'; asOf: string; note: string }
  | { kind: 'settings'; on: string; note: string }
  | { kind: 'file'; fileName: string; importedAt: string }
  | { kind: 'commandLine' }
  | { kind: 'unrecorded'; note: string };

/** The old wording of a rate added in Settings, and of a rate given to `import --fx`. */
const LEGACY_SETTINGS = 'entered by hand';
const LEGACY_COMMAND_LINE = 'command line';
/** “(tests/fixtures/import/ok/ibkr-activity.csv)”: a file path in parentheses. */
const PATH_IN_PARENS = /\s*\((?:[\w.-]+\/)+[\w.-]+\)/g;

/** A note without file paths, trimmed. */
export const withoutPaths = (note: string): string => note.replace(PATH_IN_PARENS, '').trim();

/** What a saved rate without an origin most likely was. */
export function legacyOrigin(rate: Pick<FxRate, 'asOf' | 'source'>): FxOrigin | null {
  const source = rate.source.trim();
  if (source === LEGACY_SETTINGS) return { kind: 'settings', on: rate.asOf };
  if (source === LEGACY_COMMAND_LINE) return { kind: 'commandLine' };
  return null;
}

export function fxProvenance(rate: FxRate): FxProvenance {
  const origin = rate.origin ?? legacyOrigin(rate);
  const note = origin && rate.origin === undefined && origin.kind !== 'default' ? '' : withoutPaths(rate.source);
  if (!origin) return { kind: 'unrecorded', note };
  switch (origin.kind) {
    case 'default':
      return { kind: 'default', asOf: rate.asOf, note };
    case 'settings':
      return { kind: 'settings', on: origin.on, note };
    case 'file':
      return { kind: 'file', fileName: origin.fileName, importedAt: origin.importedAt };
    case 'commandLine':
      return { kind: 'commandLine' };
  }
}

/**
 * Gives every saved rate an origin: one equal to a built-in default (same rate, same date) becomes that default (with
 * its current wording); the old Settings and command-line wordings become those origins; any other text was typed in
 * Settings and stays as the user's note, without file paths. Rates that have an origin are returned unchanged.
 */
export function migrateFxRates(rates: Record<string, FxRate>, defaults: Record<string, FxRate>): Record<string, FxRate> {
  return Object.fromEntries(
    Object.entries(rates).map(([code, rate]) => {
      if (rate.origin) return [code, rate];
      const builtIn = defaults[code];
      if (builtIn && builtIn.usdPerUnit === rate.usdPerUnit && builtIn.asOf === rate.asOf) return [code, builtIn];
      const origin = legacyOrigin(rate) ?? { kind: 'settings' as const, on: rate.asOf };
      const note = legacyOrigin(rate) ? '' : withoutPaths(rate.source);
      return [code, { ...rate, source: note, origin }];
    }),
  );
}

/** Whether any rate still lacks an origin. */
export const needsFxMigration = (rates: Record<string, FxRate>): boolean => Object.values(rates).some((r) => r.origin === undefined);
