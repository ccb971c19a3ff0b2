import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, HandlerDetails } from 'electron';

/**
 * Small stand-ins for the Electron objects the security policy is given, for the tests (Electron's binary cannot run
 * in them): each records what the policy asked of it, and lets a test fire the events Electron would.
 */
export type FakeEvent = { preventDefault: () => void; prevented: boolean; url?: string; isMainFrame?: boolean };
export const fakeEvent = (fields: { url?: string; isMainFrame?: boolean } = {}): FakeEvent => {
  const event: FakeEvent = { ...fields, prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
};

type OpenHandler = (details: HandlerDetails) => { action: 'deny' | 'allow' };

export class FakeContents extends EventEmitter {
  openHandler: OpenHandler | null = null;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  /** What the page asking for a new window gets; a link's request unless `over` says otherwise. */
  open(url: string, over: Partial<HandlerDetails> = {}): { action: string } {
    return this.openHandler!({ url, frameName: '', features: '', disposition: 'foreground-tab', referrer: { url: '', policy: 'default' }, ...over });
  }
}

type PermissionCallback = (granted: boolean) => void;
export class FakeSession {
  requestHandler: ((contents: unknown, permission: string, callback: PermissionCallback) => void) | null = null;
  checkHandler: ((...args: unknown[]) => boolean) | null = null;
  deviceHandler: ((...args: unknown[]) => boolean) | null = null;
  headersListener: ((details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void) | null = null;
  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['deviceHandler']): void {
    this.deviceHandler = handler;
  }
  webRequest = { onHeadersReceived: (listener: FakeSession['headersListener']) => void (this.headersListener = listener) };
  /** Whether a permission request for `permission` was granted. */
  request(permission: string): boolean | undefined {
    let granted: boolean | undefined;
    this.requestHandler!(null, permission, (answer) => (granted = answer));
    return granted;
  }
  headersFor(responseHeaders: Record<string, string[]>): Record<string, string[]> | undefined {
    let out: Record<string, string[]> | undefined;
    this.headersListener!({ responseHeaders }, (response) => (out = response.responseHeaders));
    return out;
  }
}

export class FakeApp extends EventEmitter {
  sandboxed = false;
  enableSandbox(): void {
    this.sandboxed = true;
  }
}

export class FakeShell {
  opened: string[] = [];
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }
}

/** A BrowserWindow class that records the options of every window made from it. */
export function fakeWindowClass() {
  const made: BrowserWindowConstructorOptions[] = [];
  class FakeWindow extends EventEmitter {
    webContents = { printToPDF: async () => Buffer.from('%PDF-1.7'), send: () => {} };
    constructor(options: BrowserWindowConstructorOptions) {
      super();
      made.push(options);
    }
    loadURL = async () => {};
    loadFile = async () => {};
    show = () => {};
    destroy = () => {};
    isDestroyed = () => false;
    isMinimized = () => false;
  }
  return { FakeWindow, made };
}
