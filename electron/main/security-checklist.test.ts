import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../shared/api';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/content-security-policy';
import type { PdfPrinter } from '../backend/pdf-printer';
import { electronPrinter } from './electron-printer';
import { wireIpc } from './ipc-bridge';
import { createMainWindow } from './main-window';
import { FakeApp, FakeContents, fakeEvent, FakeSession, FakeShell, fakeWindowClass } from './security-fakes';
import { applySecurityBaseline, guardWebContents, sandboxEveryRenderer, USER_GESTURE_MS, type PolicyApp, type PolicyContents, type PolicySession, type PolicyShell } from './session-policy';
import { mainWindowOptions, printWindowOptions, SECURE_WEB_PREFERENCES } from './window-options';

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item where it applies, run on
 * the very options and handlers electron/main uses — window-options.ts and session-policy.ts — with small fakes for
 * the Electron objects (main-wiring.test.ts checks that index.ts hands them the real ones).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const CITED = 'https://www.bis.org/publ/arpdf/ar2026e1.htm';

function guarded(clock = { now: 10_000 }) {
  const contents = new FakeContents();
  const shell = new FakeShell();
  guardWebContents(contents as unknown as PolicyContents, shell as unknown as PolicyShell, () => clock.now);
  const click = () => contents.emit('input-event', fakeEvent(), { type: 'mouseUp', modifiers: [] });
  return { contents, shell, click, clock };
}

describe('every window’s preferences (checklist 2–4, 6, 8, 9, 12)', () => {
  const { FakeWindow, made } = fakeWindowClass();
  createMainWindow(FakeWindow as never, '/opt/aftershock/out/main');
  const windows = { main: made[0]!, 'print (PDF)': printWindowOptions() };

  it.each(Object.entries(windows))('the %s window: isolated, sandboxed, no Node anywhere, web security on, nothing experimental', (_name, options) => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    const prefs = options.webPreferences as Record<string, unknown>;
    // Checklist 10 (no enableBlinkFeatures) and the remote module's old switch.
    for (const never of ['enableBlinkFeatures', 'enableRemoteModule']) expect(prefs).not.toHaveProperty(never);
  });

  it('the main window is the options of window-options.ts, with the preload beside it; the printer runs no JavaScript', () => {
    expect(made[0]).toEqual(mainWindowOptions('/opt/aftershock/out/main'));
    expect(made[0]?.webPreferences?.preload).toBe('/opt/aftershock/out/preload/index.cjs');
    expect(printWindowOptions().webPreferences).toMatchObject({ ...SECURE_WEB_PREFERENCES, javascript: false });
    expect(printWindowOptions().webPreferences).not.toHaveProperty('preload');
  });

  it('the PDF printer builds its hidden window from printWindowOptions', async () => {
    const printer = fakeWindowClass();
    const print: PdfPrinter = electronPrinter(printer.FakeWindow as never);
    await print('<p>report</p>', { paper: 'a4', footerLine: 'x' });
    expect(printer.made).toEqual([printWindowOptions()]);
  });

  it('every renderer is sandboxed app-wide too (app.enableSandbox before ready)', () => {
    const app = new FakeApp();
    sandboxEveryRenderer(app as unknown as PolicyApp);
    expect(app.sandboxed).toBe(true);
  });
});

describe('the session (checklist 5, 7)', () => {
  const session = new FakeSession();
  const app = new FakeApp();
  applySecurityBaseline({ app: app as unknown as PolicyApp, session: session as unknown as PolicySession, shell: new FakeShell() as unknown as PolicyShell });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'pointerLock'])('refuses a request for %s', (permission) => {
    expect(session.request(permission)).toBe(false);
  });

  it('answers every permission check and device check with no', () => {
    expect(session.checkHandler!(null, 'media', 'file:///', {})).toBe(false);
    expect(session.checkHandler!(null, 'clipboard-sanitized-write', 'file:///', {})).toBe(false);
    expect(session.deviceHandler!({ deviceType: 'usb', origin: 'file://' })).toBe(false);
  });

  it('puts the app’s CSP on every response, in place of any the response brought', () => {
    expect(session.headersFor({ 'content-type': ['text/html'], 'content-security-policy': ["default-src *"] })).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('the CSP loads nothing from anywhere but the app itself, and runs no inline or eval’d script', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self';/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval|script-src/);
    expect(readFileSync(join(root, 'renderer/index.html'), 'utf8')).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });

  it('guards every web contents the app ever creates', () => {
    const contents = new FakeContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    const navigation = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-navigate', navigation);
    expect(navigation.prevented).toBe(true);
    expect(contents.open(CITED)).toEqual({ action: 'deny' });
  });
});

describe('navigation, new windows, webviews (checklist 11–14)', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('%s is refused', (name) => {
    const { contents } = guarded();
    const event = fakeEvent({ url: 'https://evil.example/' });
    contents.emit(name, event);
    expect(event.prevented).toBe(true);
  });

  it('a frame may load the report preview’s srcdoc and nothing else; the main frame nothing', () => {
    const { contents } = guarded();
    const cases = [['about:srcdoc', false, false], ['about:blank', false, false], ['https://evil.example/', false, true], ['file:///etc/passwd', false, true], ['about:srcdoc', true, true]] as const;
    for (const [url, isMainFrame, refused] of cases) {
      const event = fakeEvent({ url, isMainFrame });
      contents.emit('will-frame-navigate', event);
      expect(event.prevented, `${url} main=${isMainFrame}`).toBe(refused);
    }
  });

  it('never opens a window; a cited source’s https link the user clicked opens in the browser (checklist 15)', () => {
    const { contents, shell, click, clock } = guarded();
    expect(contents.open(CITED)).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual([]);
    click();
    clock.now += 200;
    expect(contents.open(CITED)).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual([CITED]);
  });

  it.each([
    ['a link that is not a cited source', 'https://evil.example/', {}],
    ['a cited link with a query added', `${CITED}?x=1`, {}],
    ['plain http', CITED.replace('https:', 'http:'), {}],
    ['a file', 'file:///etc/passwd', {}],
    ['a script', 'javascript:alert(1)', {}],
    ['window.open with features', CITED, { features: 'width=400' }],
    ['a form posted to a new window', CITED, { postBody: { data: [], contentType: 'text/plain' } }],
    ['a disposition no click gives', CITED, { disposition: 'other' as const }],
  ])('opens nothing for %s, even right after a click', (_what, url, over) => {
    const { contents, shell, click } = guarded();
    click();
    expect(contents.open(url, over)).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual([]);
  });

  it('opens nothing when the last click is older than USER_GESTURE_MS, or was only a mouse move', () => {
    const { contents, shell, click, clock } = guarded();
    click();
    clock.now += USER_GESTURE_MS + 1;
    contents.open(CITED);
    contents.emit('input-event', fakeEvent(), { type: 'mouseMove', modifiers: [] });
    contents.open(CITED);
    expect(shell.opened).toEqual([]);
    contents.emit('input-event', fakeEvent(), { type: 'rawKeyDown', modifiers: [], keyCode: 'Enter' });
    contents.open(CITED);
    expect(shell.opened).toEqual([CITED]);
  });
});

describe('IPC, remote, versions (checklist 16, 17, 20)', () => {
  it('refuses a call from any page but the app’s own, and passes the app’s on', async () => {
    let handler: ((event: unknown, name: unknown, input: unknown) => Promise<unknown>) | null = null;
    const call = vi.fn(async () => ({ ok: true as const, value: 1 }));
    wireIpc({ handle: (channel: string, h: typeof handler) => void (channel === IPC_CHANNELS.call && (handler = h)) } as never, { call, onEvent: () => () => {} }, () => null, 'file:///opt/a/out/renderer/index.html');
    expect(await handler!({ senderFrame: { url: 'https://evil.example/' } }, 'portfolios.get', {})).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(await handler!({ senderFrame: null }, 'portfolios.get', {})).toMatchObject({ ok: false });
    expect(call).not.toHaveBeenCalled();
    expect(await handler!({ senderFrame: { url: 'file:///opt/a/out/renderer/index.html#/results' } }, 'portfolios.get', {})).toEqual({ ok: true, value: 1 });
  });

  it('uses no remote module anywhere, and a current Electron (42 or later)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('@electron/remote');
    expect(Number(/\d+/.exec(pkg.devDependencies.electron ?? '')?.[0])).toBeGreaterThanOrEqual(42);
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx|js)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
      });
    const remote = ['electron', 'renderer', 'shared'].flatMap((dir) => sources(join(root, dir))).filter((file) => /['"](@electron\/remote|electron\/remote)['"]|\bremote\.require\b/.test(readFileSync(file, 'utf8')));
    expect(remote).toEqual([]);
  });
});
