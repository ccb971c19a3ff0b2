import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { SECURE_WEB_PREFERENCES } from './window-policy';

/** Where the renderer comes from: the dev server under `npm run dev`, else the built files. */
export function rendererUrl(mainDir: string): string {
  const dev = process.env.ELECTRON_RENDERER_URL;
  if (dev) return dev;
  return new URL(`file://${join(mainDir, '../renderer/index.html')}`).href;
}

export function createMainWindow(mainDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1320,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Aftershock',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: join(mainDir, '../preload/index.cjs'),
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl(mainDir));
  return window;
}
