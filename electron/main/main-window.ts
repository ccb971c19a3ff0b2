import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';
import { mainWindowOptions } from './window-options';

/** Electron's BrowserWindow, or a test's stand-in for it. */
export type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Where the renderer comes from: the dev server under `npm run dev`, else the built files. */
export function rendererUrl(mainDir: string): string {
  const dev = process.env.ELECTRON_RENDERER_URL;
  if (dev) return dev;
  return new URL(`file://${join(mainDir, '../renderer/index.html')}`).href;
}

/** The main window, built from mainWindowOptions (the secure preferences), shown once its page is ready. */
export function createMainWindow(Window: WindowClass, mainDir: string): BrowserWindow {
  const window = new Window(mainWindowOptions(mainDir));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl(mainDir));
  return window;
}
