import { test as base, expect, type ConsoleMessage } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type RunningWebHost = {
  /** The URL the host printed, token included. */
  url: string;
  /** The same origin without the token. */
  origin: string;
  dataDir: string;
  /** The pid of the host's process as spawned (npx): its engine workers are among its descendants. */
  pid: () => number;
  /** What the host wrote to stderr so far. */
  stderr: () => string;
  /**
   * Stops the host and starts a new one on the same data folder; resolves with the new URL (new port and token).
   * `whileStopped` runs in between (to change the folder, or use it from the CLI, while no host holds it).
   */
  restart: (whileStopped?: () => unknown) => Promise<string>;
};

export type PageProblems = {
  /** Console errors matching one of these are expected by the test (e.g. a 401 it provokes on purpose). */
  allowConsoleError: (pattern: RegExp) => void;
};

const START_TIMEOUT_MS = 60_000;

/** Starts `tsx electron/web/index.ts --port 0 --data-dir <fresh>` and resolves with the first stdout line. */
async function startHost(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`The web host printed no URL within ${START_TIMEOUT_MS / 1000} s.`)), START_TIMEOUT_MS);
    function fail(err: Error) {
      clearTimeout(timer);
      reject(new Error(`${err.message}\n--- web host stderr ---\n${stderr()}`));
    }
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const newline = out.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      resolve(out.slice(0, newline).trim());
    });
    child.once('error', fail);
    child.once('exit', (code, signal) => fail(new Error(`The web host exited (${signal ?? code}) before printing its URL.`)));
  });
}

/** Stops the host's whole process group (npx → tsx → node), politely and then firmly. */
async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      if (process.platform === 'win32') child.kill(sig);
      else process.kill(-child.pid!, sig);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    signal('SIGKILL');
    await exited;
  }
}

/**
 * While a test's web host is being stopped (after the test body), the page may still be polling it: a refused
 * connection then is the teardown's, not the app's. One test runs at a time per worker, so a module flag suffices.
 */
let hostStopping = false;

type Options = {
  /** Extra environment for the web host (test.use({ webHostEnv: { … } })), e.g. AFTERSHOCK_ENGINE_SILENCE_SECONDS. */
  webHostEnv: Record<string, string>;
  /** The host's entry and its first arguments, before --port and --data-dir (the real web host by default). */
  webHostCommand: string[];
};

export const test = base.extend<{ webHost: RunningWebHost; pageProblems: PageProblems } & Options>({
  webHostEnv: [{}, { option: true }],
  webHostCommand: [['electron/web/index.ts'], { option: true }],

  webHost: async ({ webHostEnv, webHostCommand }, use, testInfo) => {
    hostStopping = false;
    const dataDir = mkdtempSync(join(tmpdir(), 'aftershock-e2e-'));
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    let stderr = '';
    const launch = async (): Promise<{ child: ChildProcess; url: string }> => {
      const child = spawn(npx, ['tsx', ...webHostCommand, '--port', '0', '--data-dir', dataDir], {
        cwd: root,
        env: { ...process.env, ...webHostEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
        shell: process.platform === 'win32',
      });
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const url = await startHost(child, () => stderr);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
      return { child, url };
    };
    let current: ChildProcess | null = null;
    try {
      const first = await launch();
      current = first.child;
      const restart = async (whileStopped?: () => unknown) => {
        if (current) await stopHost(current);
        current = null;
        await whileStopped?.();
        const next = await launch();
        current = next.child;
        return next.url;
      };
      await use({ url: first.url, origin: new URL(first.url).origin, dataDir, pid: () => current?.pid ?? -1, stderr: () => stderr, restart });
    } finally {
      hostStopping = true;
      if (current) await stopHost(current);
      hostStopping = false;
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('web-host-stderr', { body: stderr, contentType: 'text/plain' });
      rmSync(dataDir, { recursive: true, force: true });
    }
  },

  /** Fails the test on any uncaught page error or console error it did not expect. */
  pageProblems: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      const problems: string[] = [];
      page.on('pageerror', (err) => problems.push(`page error: ${err.stack ?? err.message}`));
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() !== 'error' || hostStopping) return;
        const url = message.location().url;
        const text = url ? `${message.text()} (${url.replace(/token=[^&]+/, 'token=…')})` : message.text();
        if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console error: ${text}`);
      });
      await use({ allowConsoleError: (pattern) => allowed.push(pattern) });
      expect(problems, 'the page reported errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
