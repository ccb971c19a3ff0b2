import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDirFromArgs } from '../backend/data-dir';
import type { Backend } from '../backend/backend';
import { startBackend } from '../backend/start-backend';
import { recoveryText } from '../../shared/i18n/recovery-text';
import { t } from '../../shared/i18n/translate';
import { installMenu } from './app-menu';
import { electronPrinter } from './electron-printer';
import { electronStoreFactory } from './electron-store-factory';
import { wireIpc } from './ipc-bridge';
import { createMainWindow, rendererUrl } from './main-window';
import { applySecurityBaseline, sandboxEveryRenderer } from './session-policy';
import { utilityLauncher } from './utility-launcher';

// Only wiring lives here: every behaviour is in electron/backend, reached through the contract.
const mainDir = dirname(fileURLToPath(import.meta.url));
const customDataDir = dataDirFromArgs(process.argv);
if (customDataDir) app.setPath('userData', customDataDir);
// Electron's security checklist: session-policy.ts and window-options.ts, given the real objects here.
sandboxEveryRenderer(app);

let window: BrowserWindow | null = null;
let backend: Backend | null = null;

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

void app.whenReady().then(() => {
  applySecurityBaseline({ app, session: session.defaultSession, shell });
  const started = startBackend({
    appRoot: app.getAppPath(),
    dataDir: app.getPath('userData'),
    host: 'electron',
    storeFactory: electronStoreFactory,
    launchWorker: utilityLauncher(mainDir),
    printPdf: electronPrinter(BrowserWindow),
    systemLocales: [...app.getPreferredSystemLanguages(), app.getLocale()],
  });
  backend = started;
  // The window's banner shows what start-up recovered from; the log (a terminal that started the app) says it too.
  started.info.recovery.forEach((note) => console.error(t('cli.recovery', { text: recoveryText(note) })));
  wireIpc(ipcMain, started, () => window, rendererUrl(mainDir));
  installMenu({ window: () => window, emit: (e) => started.emit(e), version: started.info.version });
  window = createMainWindow(BrowserWindow, mainDir);
  window.on('closed', () => (window = null));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createMainWindow(BrowserWindow, mainDir);
  });
});

app.on('will-quit', () => backend?.dispose());

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
