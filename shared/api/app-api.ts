import { z } from 'zod';
import { defineCall } from './define';

/**
 * What start-up had to recover from, never silent. `keptAside`: a file that could not be read, moved aside and kept
 * (listed at every start while the kept file is there; `reason` is known when it was moved at this start).
 * `runsRelisted`: saved runs found in the runs folder that the store did not list, listed again.
 */
export const RecoveryNote = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('keptAside'),
    what: z.enum(['store', 'portfolio', 'scenario', 'run']),
    /** The path the file had, to rename it back to. */
    original: z.string(),
    kept: z.string(),
    /** When it was moved aside (ISO), from the kept file's name. */
    at: z.string().nullable(),
    reason: z.string().nullable(),
  }),
  z.object({ kind: z.literal('runsRelisted'), dir: z.string(), count: z.number().int().positive() }),
]);
export type RecoveryNote = z.infer<typeof RecoveryNote>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'web', 'cli']),
  dataDir: z.string(),
  recovery: z.array(RecoveryNote),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appCalls = {
  'app.info': defineCall({ input: z.object({}), output: AppInfo, summary: 'Name, version, host and data folder.' }),
};

/** Commands from the native menu (File › Import CSV…, Export…, Print…), pushed to the UI to act on. */
export const MENU_COMMANDS = ['import-csv', 'export', 'print'] as const;

export const appEvents = {
  'app.command': z.object({ command: z.enum(MENU_COMMANDS) }),
};
