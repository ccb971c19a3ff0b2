import type { BrowserWindow, IpcMain } from 'electron';
import { IPC_CHANNELS } from '../../shared/api';
import type { Backend } from '../backend/backend';
import { isAppUrl } from './window-policy';

/**
 * One IPC channel carries every call of the contract; the back end parses each input with its schema.
 * Calls from any frame that is not the app's own page are refused (the checklist's “validate the sender”).
 */
export function wireIpc(ipcMain: Pick<IpcMain, 'handle'>, backend: Pick<Backend, 'call' | 'onEvent'>, window: () => BrowserWindow | null, appUrl: string): void {
  ipcMain.handle(IPC_CHANNELS.call, async (event, name: unknown, input: unknown) => {
    const url = event.senderFrame?.url ?? '';
    if (!isAppUrl(url, appUrl)) {
      return { ok: false, error: { code: 'rejected', message: `Refused a call from a page that is not Aftershock's (${url}).` } };
    }
    return backend.call(name, input);
  });
  backend.onEvent((apiEvent) => {
    const target = window();
    if (target && !target.isDestroyed()) target.webContents.send(IPC_CHANNELS.event, apiEvent);
  });
}
