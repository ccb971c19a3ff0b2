import type { Page } from '@playwright/test';
import { expect, test } from './web-host-fixture';
import { fillRunPaths } from './run-form';

// Every test here also fails on any pageerror or unexpected console error: the fixture's automatic `pageProblems`
// collects them for the whole test and asserts there were none.

/** A run of up to a few hundred thousand paths on the sample book finishes well within this on a 2-core machine. */
const RUN_TIMEOUT_MS = 120_000;
const MONEY = /\$\d{1,3}(,\d{3})*\.\d{2}/;

/** Opens the app on the sample book, goes to Results and waits for the scenarios and their defaults. */
async function openResults(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('holding-row').first()).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(page.getByTestId('run-scenario').locator('option').first()).not.toHaveText(/Loading/);
  await expect(page.getByTestId('run-paths')).not.toHaveValue('');
}

/** Picks the scenario at `index`, sets the paths and presses Run. */
async function run(page: Page, paths: number, index = 0): Promise<void> {
  const select = page.getByTestId('run-scenario');
  const value = await select.locator('option').nth(index).getAttribute('value');
  await select.selectOption(value ?? '');
  // A new scenario brings its own defaults: wait for them before typing over the paths.
  await expect(page.getByTestId('run-seed')).not.toHaveValue('');
  await expect(page.getByTestId('run-scenario-description')).not.toBeEmpty();
  await fillRunPaths(page, paths);
  await page.getByTestId('run-start').click();
}

/** Records, in the page, the largest value the progress bar showed before the results appeared. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { max: 0, beforeResults: 0 };
    Reflect.set(window, '__progressSeen', seen);
    const look = () => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid="run-progress"]');
      const value = bar?.hasAttribute('value') ? bar.value : 0;
      seen.max = Math.max(seen.max, value);
      if (document.querySelector('[data-testid="results-headline"]') === null) seen.beforeResults = Math.max(seen.beforeResults, value);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
}

test.describe('the Results screen', () => {
  test.describe.configure({ timeout: 4 * RUN_TIMEOUT_MS });

  test('runs a scenario on the sample book with progress, then shows the headline figures', async ({ page, webHost }) => {
    await openResults(page, webHost.url);
    await expect(page.getByTestId('run-scenario-description')).not.toBeEmpty();
    await watchProgress(page);
    await run(page, 20_000);
    await expect(page.getByTestId('run-progress')).toBeVisible();
    await expect(page.getByTestId('run-progress-text')).toContainText(/of 20,000 paths|Starting/);

    const headline = page.getByTestId('results-headline');
    await expect(headline).toBeVisible({ timeout: RUN_TIMEOUT_MS });
    const seen = await page.evaluate(() => Reflect.get(window, '__progressSeen') as { beforeResults: number });
    expect(seen.beforeResults, 'the progress bar moved before the results came').toBeGreaterThan(0);

    await expect(page.getByTestId('headline-mean-loss')).toContainText(MONEY);
    await expect(page.getByTestId('headline-mean-loss')).toContainText('% of the start value');
    await expect(page.getByTestId('headline-var99')).toContainText(MONEY);
    await expect(page.getByTestId('ladder-row')).toHaveCount(6);
    // The sample book has a margin loan: the ladder says plainly that it is repaid first out of the cash raised,
    // and both its tables deduct it.
    await expect(page.getByTestId('ladder-note')).toContainText(/margin loan of \$\d{1,3}(,\d{3})*\.\d{2}: the loan is repaid first out of the cash raised/);
    await expect(page.getByTestId('liquidity-ladder').getByRole('columnheader', { name: 'Free cash after the loan (USD)' })).toHaveCount(1);
    // (The full table is behind "Show the numbers", so it is looked up by its text, not its accessible role.)
    const ladderRow = (head: string) => page.getByTestId('ladder-table').locator('tr').filter({ has: page.locator('th', { hasText: head }) });
    await expect(ladderRow('Minus margin loan')).toContainText(/-\$\d/);
    await expect(ladderRow('Free cash after the loan')).toHaveCount(1);
    // The loss histogram marks the mean too, and lists every marker under its table.
    await expect(page.getByTestId('loss-histogram').locator('.marker-list li')).toHaveText([/^Mean: /, /^VaR 95%: /, /^VaR 99%: /, /^ES 97\.5%: /]);
    await expect(page.getByTestId('run-status')).toContainText('20,000 paths');
    await expect(page.getByTestId('exposure-loss-row').first()).toBeVisible();
    await expect(page.getByTestId('holding-loss-row').first()).toBeVisible();
    await expect(page.getByTestId('factor-row').filter({ hasText: 'shocked' }).first()).toBeVisible();
    await expect(page.getByTestId('factor-row').filter({ hasText: /\d bp/ }).first()).toBeVisible();
    await expect(page.getByTestId('plausibility')).toContainText('-sigma move');
    // The shocks cite their sources; the plausibility reads as odds under the normal model.
    await expect(page.getByTestId('factor-row').filter({ hasText: 'shocked' }).first().getByTestId('factor-sources')).toBeVisible();
    await expect(page.getByTestId('plausibility-odds')).toContainText(/would come (about|less than)/);
    await expect(page.getByTestId('run-start')).toBeEnabled();
  });

  test('cancels a long run promptly, then runs again to the end', async ({ page, webHost }) => {
    await openResults(page, webHost.url);
    await run(page, 2_000_000);
    await expect(page.getByTestId('run-progress')).toBeVisible();
    const cancel = page.getByTestId('run-cancel');
    await expect(cancel).toBeEnabled();
    const pressed = Date.now();
    await cancel.click();
    await expect(page.getByTestId('run-cancelled')).toBeVisible({ timeout: 5_000 });
    expect(Date.now() - pressed, 'the cancelled sentence came promptly').toBeLessThan(5_000);
    await expect(page.getByTestId('run-progress')).toHaveCount(0);
    await expect(page.getByTestId('results-headline')).toHaveCount(0);

    await run(page, 20_000);
    await expect(page.getByTestId('results-headline')).toBeVisible({ timeout: RUN_TIMEOUT_MS });
    await expect(page.getByTestId('headline-mean-loss')).toContainText(MONEY);
    await expect(page.getByTestId('run-cancelled')).toHaveCount(0);
  });

  test('runs a million paths with progress, and says its statistics are binned', async ({ page, webHost }) => {
    await openResults(page, webHost.url);
    await watchProgress(page);
    await run(page, 1_000_000);
    await expect(page.getByTestId('run-progress-text')).toContainText('of 1,000,000 paths', { timeout: 15_000 });
    await expect(page.getByTestId('results-headline')).toBeVisible({ timeout: RUN_TIMEOUT_MS });
    const seen = await page.evaluate(() => Reflect.get(window, '__progressSeen') as { beforeResults: number });
    expect(seen.beforeResults, 'the progress bar showed paths done before the results came').toBeGreaterThan(100_000);
    await expect(page.getByTestId('run-status')).toContainText('1,000,000 paths');
    await expect(page.getByTestId('results-binned')).toContainText('Above 100,000 paths, quantiles, VaR, expected shortfall and the histograms come from log-binned counts, each within 0.024%');
    await expect(page.getByTestId('headline-var99')).toContainText(MONEY);
  });

  test('shows a refused run in an error banner and is ready to run again', async ({ page, webHost }) => {
    await openResults(page, webHost.url);
    // Another client (a second tab) holds the one run slot, so ours is refused with the back end's sentence.
    const call = (name: string, body: object) =>
      page.evaluate(
        async ([name, body]) => {
          const token = sessionStorage.getItem('aftershock.token') ?? '';
          const response = await fetch(`/api/call/${name}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-aftershock-token': token },
            body: JSON.stringify(body),
          });
          return (await response.json()) as { ok: boolean; value?: { runId: string } };
        },
        [name, body] as const,
      );
    const scenarioId = await page.getByTestId('run-scenario').inputValue();
    const other = await call('runs.start', { scenarioId, paths: 2_000_000 });
    expect(other.ok).toBe(true);
    await page.getByTestId('run-start').click();
    await expect(page.getByTestId('run-error')).toContainText('already in progress');
    await expect(page.getByTestId('run-start')).toBeEnabled();
    // The other run's progress is not ours: nothing shows it here.
    await expect(page.getByTestId('run-progress')).toHaveCount(0);

    await call('runs.cancel', { runId: other.value?.runId ?? '' });
    await run(page, 20_000);
    await expect(page.getByTestId('results-headline')).toBeVisible({ timeout: RUN_TIMEOUT_MS });
    await expect(page.getByTestId('run-error')).toHaveCount(0);
  });

  test('stays responsive during a run, and keeps the run across navigation', async ({ page, webHost }) => {
    await openResults(page, webHost.url);
    await run(page, 200_000);
    const nav = page.getByRole('navigation');
    await expect(page.getByTestId('run-progress-text')).toContainText('of 200,000 paths', { timeout: 15_000 });

    let started = Date.now();
    await nav.getByRole('link', { name: 'Portfolio', exact: true }).click();
    await expect(page.getByTestId('holding-row').first()).toBeVisible({ timeout: 1_000 });
    const toPortfolio = Date.now() - started;

    started = Date.now();
    await nav.getByRole('link', { name: 'Results', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible({ timeout: 1_000 });
    const toResults = Date.now() - started;
    expect(toPortfolio, 'Portfolio answered within 1 s').toBeLessThan(1_000);
    expect(toResults, 'Results answered within 1 s').toBeLessThan(1_000);

    // Still the same run, still in progress: the store kept it while the screen was away.
    await expect(page.getByTestId('run-progress')).toBeVisible();
    await expect(page.getByTestId('results-headline')).toHaveCount(0);
    await expect(page.getByTestId('run-paths')).toHaveValue('200000');

    await page.getByTestId('run-cancel').click();
    await expect(page.getByTestId('run-cancelled')).toBeVisible({ timeout: 5_000 });
  });
});
