import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { IPC_CHANNELS } from '../../shared/api';
import type { PdfPrinter } from '../backend/pdf-printer';
import { FakeContents, fakeEvent, type FakeApp, type FakeSession } from './security-fakes';
import { mainWindowOptions, printWindowOptions } from './window-options';

/**
 * electron/main/index.ts itself, run on fakes of the Electron module (its binary cannot run here): it must hand the
 * real app, session, shell, ipcMain and BrowserWindow to the policies that security-checklist.test.ts checks.
 */
vi.mock('electron', async () => {
  const { FakeApp, FakeSession, FakeShell, fakeWindowClass } = await import('./security-fakes');
  const app = new FakeApp();
  let sandboxedWhenReadyAsked: boolean | null = null;
  Object.assign(app, {
    whenReady: () => {
      sandboxedWhenReadyAsked = app.sandboxed;
      return Promise.resolve();
    },
    sandboxedWhenReadyAsked: () => sandboxedWhenReadyAsked,
    requestSingleInstanceLock: () => true,
    setPath: () => {},
    getPath: () => '/tmp/aftershock-wiring',
    getAppPath: () => '/tmp/aftershock-app',
    getPreferredSystemLanguages: () => ['en-US'],
    getLocale: () => 'en-US',
    quit: () => {},
    name: 'Aftershock',
  });
  const windows = fakeWindowClass();
  const handlers = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  return {
    app,
    BrowserWindow: Object.assign(windows.FakeWindow, { getAllWindows: () => [] }),
    session: { defaultSession: new FakeSession() },
    shell: new FakeShell(),
    ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => Promise<unknown>) => handlers.set(channel, handler), handlers },
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: () => {} },
    dialog: {},
    utilityProcess: {},
    madeWindows: windows.made,
  };
});

const started = vi.hoisted(() => ({ options: null as null | { printPdf?: unknown } }));
vi.mock('../backend/start-backend', () => ({
  startBackend: (options: { printPdf?: unknown }) => {
    started.options = options;
    return { call: async () => ({ ok: true, value: 'called' }), onEvent: () => () => {}, emit: () => {}, dispose: () => {}, info: { version: '0.0.0', dataDir: '/tmp', recovery: [] } };
  },
}));
vi.mock('./electron-store-factory', () => ({ electronStoreFactory: () => ({}) }));

type Fakes = {
  app: FakeApp & { sandboxedWhenReadyAsked: () => boolean | null };
  session: { defaultSession: FakeSession };
  ipcMain: { handlers: Map<string, (...args: unknown[]) => Promise<unknown>> };
  madeWindows: BrowserWindowConstructorOptions[];
};
const fakes = electron as unknown as Fakes;
const mainDir = dirname(fileURLToPath(new URL('./index.ts', import.meta.url)));

describe('electron/main/index.ts wires the security baseline to the real objects', () => {
  beforeAll(async () => {
    await import('./index');
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('sandboxes every renderer before it waits for the app to be ready', () => {
    expect(fakes.app.sandboxedWhenReadyAsked()).toBe(true);
  });

  it('gives the default session the policy: permissions refused, the CSP on every response', () => {
    const session = fakes.session.defaultSession;
    expect(session.request('media')).toBe(false);
    expect(session.checkHandler?.(null, 'notifications', 'file:///', {})).toBe(false);
    expect(session.headersFor({})).toHaveProperty('Content-Security-Policy');
  });

  it('guards each web contents created: no navigation, no new window', () => {
    const contents = new FakeContents();
    fakes.app.emit('web-contents-created', fakeEvent(), contents);
    const navigation = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-navigate', navigation);
    expect(navigation.prevented).toBe(true);
    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
  });

  it('opens the main window with mainWindowOptions', () => {
    expect(fakes.madeWindows[0]).toEqual(mainWindowOptions(mainDir));
  });

  it('answers IPC only from the app’s own page', async () => {
    const handler = fakes.ipcMain.handlers.get(IPC_CHANNELS.call)!;
    expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, 'portfolios.get', {})).toMatchObject({ ok: false, error: { code: 'rejected' } });
  });

  it('prints PDFs in a hidden window made with printWindowOptions', async () => {
    const printPdf = started.options?.printPdf as PdfPrinter;
    await printPdf('<p>x</p>', { paper: 'letter', footerLine: 'x' });
    expect(fakes.madeWindows.at(-1)).toEqual(printWindowOptions());
  });
});
