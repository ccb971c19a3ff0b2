import { mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { languageFromLocales } from '../../shared/i18n/languages';
import { setLanguage } from '../../shared/i18n/translate';
import type { AppState } from './app-state';
import { createBackend, type Backend, type BackendOptions } from './backend';
import { loadFxDefaults } from './fx-defaults';
import { openData } from './open-data';
import { openStore, storeOptions } from './open-store';
import type { StoreFactory } from './store-port';

const PackageJson = z.object({ version: z.string() });

export type StartOptions = {
  /** The folder holding package.json and resources/. */
  appRoot: string;
  dataDir: string;
  host: BackendOptions['host'];
  storeFactory: StoreFactory<AppState>;
  log?: BackendOptions['log'];
  launchWorker: BackendOptions['launchWorker'];
  workerSilenceMs?: BackendOptions['workerSilenceMs'];
  cores?: number;
  /** How reports are printed to PDF on this host (Chromium in Node hosts, printToPDF in the app). */
  printPdf?: BackendOptions['printPdf'];
  /** The OS's preferred languages (Electron's app.getPreferredSystemLanguages()): the language until one is saved. */
  systemLocales?: readonly string[];
};

/** The start-up every host shares: data folder, store (moved aside if unreadable), records from their files, defaults, services. */
export function startBackend(options: StartOptions): Backend {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const resourcesDir = join(options.appRoot, 'resources');
  const { version } = PackageJson.parse(JSON.parse(readFileSync(join(options.appRoot, 'package.json'), 'utf8')));
  const now = new Date();
  const opened = openStore(options.storeFactory, storeOptions(dataDir, version, loadFxDefaults(resourcesDir)), now);
  // Errors and reports in the language saved in the settings, else the OS's on a first start (a host can override it,
  // as the CLI's --lang does). The window saves its own detection on first start, which then decides.
  const language = opened.store.get('settings')?.language ?? (options.systemLocales ? languageFromLocales(options.systemLocales) : undefined);
  if (language) setLanguage(language);
  return createBackend({
    data: openData(dataDir, opened, now),
    host: options.host,
    version,
    dataDir,
    resourcesDir,
    log: options.log,
    launchWorker: options.launchWorker,
    workerSilenceMs: options.workerSilenceMs,
    cores: options.cores ?? availableParallelism(),
    printPdf: options.printPdf,
  });
}
