import { BRIDGE_KEY } from '../../../shared/api/bridge';
import { createApiClient, type ApiClient, type Transport } from '../../../shared/api/client';
import { createHttpTransport } from './http-transport';
import { createIpcTransport, isPreloadBridge } from './ipc-transport';
import { takeToken } from './token';

/** Electron's preload bridge when it is there; otherwise the web host over HTTP with the page's token. */
export function selectTransport(win: Window): Transport {
  const bridge: unknown = Reflect.get(win, BRIDGE_KEY);
  if (isPreloadBridge(bridge)) return createIpcTransport(bridge);
  const token = takeToken(win.location.href, win.sessionStorage, (url) =>
    win.history.replaceState(win.history.state, '', url),
  );
  return createHttpTransport({
    token,
    fetch: (input, init) => win.fetch(input, init),
    openEvents: (url) => new EventSource(url),
  });
}

/** The one client the renderer talks to the back end through. */
export const api: ApiClient = createApiClient(selectTransport(window));
