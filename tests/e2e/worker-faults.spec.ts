import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './web-host-fixture';

// A web host's engine worker killed (SIGKILL) or stopped (SIGSTOP) from outside in the middle of a run, or one that
// runs out of memory, sends an unreadable message or exits cleanly (tests/e2e/faulty-web-host.ts): the Results
// screen shows the run's sentence in its error banner, runs again, and the run after the fault has exactly the
// numbers of the same run made before it on the fresh pool.

const RUN_TIMEOUT_MS = 120_000;
const ENGINE_ENTRIES = ['electron/engine/index.ts', 'out/cli/engine-worker.mjs', 'tests/integration/faulty-engine-worker.ts'];
const LONG = 2_000_000;
const SHORT = 20_000;

/**
 * The engine workers under the web host's process (npx → tsx → node → workers), from /proc: the TypeScript entry,
 * its esbuild bundle (out/cli/engine-worker.mjs, used once another test has built it) or the faulty test worker.
 */
function enginePids(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const walk = (pid: number) =>
    (children.get(pid) ?? []).forEach((child) => {
      let cmdline: string;
      try {
        cmdline = readFileSync(`/proc/${child}/cmdline`, 'utf8');
      } catch {
        return;
      }
      if (ENGINE_ENTRIES.some((entry) => cmdline.includes(entry))) found.push(child);
      walk(child);
    });
  walk(root);
  return found;
}

/** When process `pid` started, in clock ticks since boot (field 22 of /proc/PID/stat). */
const startTime = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
};

const exists = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** A call of the back end's contract from the page, with the page's token (as results.spec.ts does). */
async function call<T>(page: Page, name: string, body: object): Promise<T> {
  const answer = await page.evaluate(
    async ([name, body]) => {
      const token = sessionStorage.getItem('aftershock.token') ?? '';
      const response = await fetch(`/api/call/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-aftershock-token': token }, body: JSON.stringify(body) });
      return (await response.json()) as { ok: boolean; value?: unknown };
    },
    [name, body] as const,
  );
  expect(answer.ok, `${name} answered`).toBe(true);
  return answer.value as T;
}

/** The result JSON of the newest saved run. */
async function newestResult(page: Page): Promise<string> {
  const [newest] = await call<{ runId: string }[]>(page, 'runs.list', {});
  return JSON.stringify((await call<{ result: unknown }>(page, 'runs.get', { runId: newest!.runId })).result);
}

async function openResults(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('holding-row').first()).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
  await expect(page.getByTestId('run-scenario').locator('option').first()).not.toHaveText(/Loading/);
  await expect(page.getByTestId('run-paths')).not.toHaveValue('');
}

async function run(page: Page, paths: number): Promise<void> {
  await page.getByTestId('run-paths').fill(String(paths));
  await page.getByTestId('run-start').click();
}

/** A short run to the end; its result JSON. */
async function shortRun(page: Page): Promise<string> {
  await run(page, SHORT);
  await expect(page.getByTestId('results-headline')).toBeVisible({ timeout: RUN_TIMEOUT_MS });
  await expect(page.getByTestId('run-status')).toContainText('20,000 paths');
  return newestResult(page);
}

/**
 * Runs the short run on the fresh pool, starts a long one, and once its progress shows, after a random wait of up to
 * 1.5 s, sends `signal` to one of the two workers; then expects `sentence` in the banner. Returns the reference
 * result, the worker hit, and ms from the signal to the banner.
 */
async function faultMidRun(page: Page, hostPid: number, signal: NodeJS.Signals, sentence: string, within: number) {
  const reference = await shortRun(page);
  await run(page, LONG);
  await expect(page.getByTestId('run-progress-text')).toContainText('of 2,000,000 paths', { timeout: 15_000 });
  await page.waitForTimeout(Math.round(Math.random() * 1500));
  const workers = enginePids(hostPid);
  expect(workers, 'two engine workers under the web host').toHaveLength(2);
  const victim = workers[Math.floor(Math.random() * 2)]!;
  const sent = Date.now();
  process.kill(victim, signal);
  await expect(page.getByTestId('run-error')).toHaveText(`The run failed: ${sentence}`, { timeout: within });
  return { reference, victim, detectedMs: Date.now() - sent };
}

/** After the banner: the run button works, the new run shows progress, and ends with the fresh pool's numbers. */
async function runsAgainWithSameNumbers(page: Page, reference: string, victim: number, hostPid: number): Promise<void> {
  await expect(page.getByTestId('run-start')).toBeEnabled();
  await expect.poll(() => exists(victim), { message: 'the faulty worker is gone' }).toBe(false);
  await expect.poll(() => enginePids(hostPid).length, { message: 'two workers again (the replacements)' }).toBe(2);
  expect(enginePids(hostPid)).not.toContain(victim);
  await run(page, SHORT);
  await expect(page.getByTestId('run-error')).toHaveCount(0);
  await expect(page.getByTestId('results-headline')).toBeVisible({ timeout: RUN_TIMEOUT_MS });
  expect(await newestResult(page), 'the run after the fault equals the run on the fresh pool').toBe(reference);
}

test.describe('engine worker faults on the Results screen', () => {
  test.describe.configure({ timeout: 4 * RUN_TIMEOUT_MS });

  test('a worker killed with SIGKILL mid-run: the sentence in the banner, then the same numbers', async ({ page, webHost }) => {
    await openResults(page, webHost.url);
    const sentence = 'The engine process was killed (signal SIGKILL) and was replaced; the run was stopped. Run it again.';
    const fault = await faultMidRun(page, webHost.pid(), 'SIGKILL', sentence, 5_000);
    test.info().annotations.push({ type: 'timing', description: `banner ${fault.detectedMs} ms after SIGKILL` });
    await runsAgainWithSameNumbers(page, fault.reference, fault.victim, webHost.pid());
  });

  test.describe('with a 3 s silence limit', () => {
    test.use({ webHostEnv: { AFTERSHOCK_ENGINE_SILENCE_SECONDS: '3' } });

    test('a worker stopped with SIGSTOP mid-run: the silence sentence in the banner, then the same numbers', async ({ page, webHost }) => {
      await openResults(page, webHost.url);
      let victim = 0;
      try {
        const sentence = 'The engine process stopped answering for 3 s and was replaced; the run was stopped. Run it again.';
        const fault = await faultMidRun(page, webHost.pid(), 'SIGSTOP', sentence, 10_000);
        victim = fault.victim;
        expect(fault.detectedMs, 'not before the limit').toBeGreaterThanOrEqual(2_800);
        test.info().annotations.push({ type: 'timing', description: `banner ${fault.detectedMs} ms after SIGSTOP` });
        await runsAgainWithSameNumbers(page, fault.reference, fault.victim, webHost.pid());
      } finally {
        if (victim && exists(victim)) process.kill(victim, 'SIGKILL');
      }
    });
  });

  const inside: [string, string][] = [
    ['oom', 'The engine ran out of memory, so its process was replaced and the run was stopped. Run it again with fewer paths or a shorter horizon.'],
    ['garble', 'The engine process sent a message the app could not read, so it was replaced and the run was stopped. Run it again.'],
    ['exit', 'The engine process quit in the middle of the run and was replaced; the run was stopped. Run it again.'],
  ];
  for (const [fault, sentence] of inside) {
    test.describe(`a worker that fails from inside (${fault})`, () => {
      test.use({ webHostCommand: ['tests/e2e/faulty-web-host.ts', fault] });

      test(`${fault} mid-run: the sentence in the banner, then the same numbers`, async ({ page, webHost }) => {
        await openResults(page, webHost.url);
        const reference = await shortRun(page);
        // The host's first worker is the one to misbehave (the two start in the same clock tick: then by pid).
        const [faulty] = enginePids(webHost.pid()).sort((a, b) => startTime(a) - startTime(b) || a - b);
        // It misbehaves at 0.4 of its second shard: this run's.
        await run(page, 200_000);
        await expect(page.getByTestId('run-error')).toHaveText(`The run failed: ${sentence}`, { timeout: 30_000 });
        await runsAgainWithSameNumbers(page, reference, faulty!, webHost.pid());
      });
    });
  }
});
