import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiClient, type ApiClient } from '../../shared/api';
import { confStoreFactory } from '../../electron/backend/conf-store';
import { startBackend } from '../../electron/backend/start-backend';

export const appRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixture = (path: string): string => readFileSync(join(appRoot, 'tests/fixtures/import', path)).toString('base64');
export const freshDataDir = (): string => mkdtempSync(join(tmpdir(), 'aftershock-it-'));

/** A real back end over a conf store in `dataDir`, reached through the typed client as the UI would. */
export function openBackend(dataDir: string): ApiClient {
  const backend = startBackend({ appRoot, dataDir, host: 'cli', storeFactory: confStoreFactory, log: () => {} });
  return createApiClient({ invoke: (name, input) => backend.call(name, input), subscribe: backend.onEvent });
}
