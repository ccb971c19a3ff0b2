import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isCitedSourceUrl } from './window-policy';

/**
 * Electron's security checklist, app-wide: no navigation, no new windows, no permissions, strict CSP. A click on a cited
 * source's link (the exact URLs of resources/sources.json) opens it in the user's browser; the app itself loads nothing.
 */
export function applySecurityBaseline(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isCitedSourceUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
