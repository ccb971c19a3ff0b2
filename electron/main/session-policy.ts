import type { App, Event, HandlerDetails, InputEvent, Session, Shell, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isCitedSourceUrl } from './window-policy';

/**
 * Electron's security checklist for the session and every web contents, as functions of the Electron objects they are
 * given, so a test drives them with small fakes (security-checklist.test.ts) and index.ts hands them the real ones:
 * no permission is ever granted, every response carries the app's CSP, no navigation, no redirect, no new window, no
 * <webview>; a click on a cited source's https link opens it in the user's browser and nothing else opens anything.
 */
export type PolicyApp = Pick<App, 'on' | 'enableSandbox'>;
export type PolicySession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};
export type PolicyContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
export type PolicyShell = Pick<Shell, 'openExternal'>;

/** How recent the user's click or key press must be for a window-open request to count as their click on a link. */
export const USER_GESTURE_MS = 1000;
/** Input that a person makes (a click, a key, a tap); moves, wheels and synthetic kinds do not count. */
const GESTURES = new Set<InputEvent['type']>(['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'gestureTap', 'touchEnd']);
/** The dispositions a click on an <a target="_blank"> gives (plain, middle or Ctrl, Shift); `window.open` with features gives others. */
const LINK_DISPOSITIONS = new Set<HandlerDetails['disposition']>(['foreground-tab', 'background-tab', 'new-window']);
/** The only documents a subframe may load: the report preview's srcdoc (and the blank page before it). */
const FRAME_DOCUMENTS = new Set(['about:srcdoc', 'about:blank']);

/**
 * Does this request to open a window come from the user clicking a cited source's link? The URL is exactly one of the
 * source registry's https links, the request is a link's (no window features, no form post), and the user clicked or
 * pressed a key in the page within USER_GESTURE_MS. Electron does not pass the user gesture itself, hence the last one.
 */
export function isClickedSourceLink(details: Pick<HandlerDetails, 'url' | 'features' | 'disposition' | 'postBody'>, msSinceGesture: number): boolean {
  return isCitedSourceUrl(details.url) && details.features === '' && details.postBody === undefined && LINK_DISPOSITIONS.has(details.disposition) && msSinceGesture >= 0 && msSinceGesture <= USER_GESTURE_MS;
}

/** A subframe may load the report preview's own document; the main frame goes nowhere (will-navigate says the same). */
export const isAllowedFrameNavigation = (url: string, isMainFrame: boolean): boolean => !isMainFrame && FRAME_DOCUMENTS.has(url);

/** The response headers with the app's CSP in place of any the response had (in any letter case). */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

/** Permissions (camera, notifications, clipboard, devices, …) are refused when asked and when checked; every response gets the CSP. */
export function applySessionPolicy(session: PolicySession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }));
}

/** One web contents (a window's page, the printer's, any other): no navigation, redirects, new windows or webviews. */
export function guardWebContents(contents: PolicyContents, shell: PolicyShell, now: () => number = Date.now): void {
  let lastGesture = Number.NEGATIVE_INFINITY;
  contents.on('input-event', (_event, input) => {
    if (GESTURES.has(input.type)) lastGesture = now();
  });
  const refuse = (event: Event) => event.preventDefault();
  contents.on('will-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedFrameNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-attach-webview', refuse);
  contents.setWindowOpenHandler((details) => {
    if (isClickedSourceLink(details, now() - lastGesture)) void shell.openExternal(details.url);
    return { action: 'deny' };
  });
}

/** Before the app is ready: every renderer is sandboxed, whatever a window's options say. */
export function sandboxEveryRenderer(app: PolicyApp): void {
  app.enableSandbox();
}

/** The whole baseline, once the app is ready: the session's policy, and the guard on every web contents ever created. */
export function applySecurityBaseline({ app, session, shell, now }: { app: PolicyApp; session: PolicySession; shell: PolicyShell; now?: () => number }): void {
  applySessionPolicy(session);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell, now));
}
