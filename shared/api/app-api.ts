import { z } from 'zod';
import { defineCall } from './define';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'web', 'cli']),
  dataDir: z.string(),
  /** Set when a store file could not be read at start-up: it was moved aside (kept) and the app started clean. */
  recoveredFrom: z.array(z.string()),
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
