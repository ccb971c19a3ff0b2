import type { Locator, Page } from '@playwright/test';
import { expect, test } from './web-host-fixture';
import { fillRunPaths } from './run-form';

// Saved runs and Compare: two built-in scenarios run from Results, compared side by side, then re-opened after a
// reload with the same numbers. The fixture's `pageProblems` fails the test on any page or console error.

/** A 20,000-path run on the sample book takes seconds; the machine is shared, so allow plenty. */
const RUN_TIMEOUT_MS = 180_000;
const MONEY = /\$\d{1,3}(,\d{3})*\.\d{2}/;
const HEADLINE = ['headline-start-value', 'headline-mean-loss', 'headline-var95', 'headline-var99', 'headline-es975', 'headline-median-52', 'headline-recovery'];

async function gotoScreen(page: Page, name: 'Results' | 'Compare'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Runs a scenario (by id) from Results with 20,000 paths and waits for its figures. */
async function runScenario(page: Page, scenarioId: string): Promise<void> {
  await page.getByTestId('run-scenario').selectOption(scenarioId);
  await expect(page.getByTestId('run-scenario-description')).not.toBeEmpty();
  await expect(page.getByTestId('run-seed')).not.toHaveValue('');
  await fillRunPaths(page, 20000);
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-status')).toContainText('20,000 paths', { timeout: RUN_TIMEOUT_MS });
  await expect(page.getByTestId('results-narrative')).toContainText('of the shock the book loses');
}

/** The headline figures as shown, keyed by test id. */
async function headline(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of HEADLINE) out[id] = (await page.getByTestId(id).locator('dd').innerText()).trim();
  return out;
}

const moneyIn = async (locator: Locator): Promise<string> => (/\$[\d,]+\.\d{2}/.exec(await locator.innerText()) ?? [''])[0];

test.describe('saved runs and Compare', () => {
  test.describe.configure({ timeout: 4 * RUN_TIMEOUT_MS });

  test('compares two saved runs side by side, then re-opens a saved run after a reload with the same numbers', async ({ page, webHost }) => {
    await page.goto(webHost.url);
    await expect(page.getByTestId('holding-row').first()).toBeVisible();
    await gotoScreen(page, 'Results');
    await expect(page.getByTestId('saved-runs')).toContainText('No saved runs yet');

    await runScenario(page, 'ai-capex-bust-ease');
    const ease = await headline(page);
    expect(ease['headline-mean-loss']).toMatch(MONEY);
    const easeMedian = await moneyIn(page.getByTestId('headline-median-52'));
    await runScenario(page, 'ai-capex-bust-no-ease');
    const noEase = await headline(page);
    const noEaseMedian = await moneyIn(page.getByTestId('headline-median-52'));
    expect(noEaseMedian).not.toBe(easeMedian);

    // Both are saved, newest first; the one on screen is marked.
    const rows = page.getByTestId('saved-run-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('no easing');
    await expect(rows.nth(1)).toContainText('central banks ease');
    await expect(rows.nth(0)).toHaveAttribute('aria-current', 'true');

    // Every chart has a labelled canvas and a table alternative.
    for (const id of ['waterfall', 'loss-histogram', 'value-fan', 'recovery', 'ladder']) {
      const panel = page.getByTestId(id);
      await expect(panel.locator('canvas[role="img"]')).toHaveAttribute('aria-label', /.+/);
      await expect(panel.locator('details table')).toHaveCount(1);
    }

    await gotoScreen(page, 'Compare');
    const picks = page.getByTestId('compare-pick-row');
    await expect(picks).toHaveCount(2);
    await picks.filter({ hasText: 'central banks ease' }).getByTestId('compare-pick').check();
    await picks.filter({ hasText: 'no easing' }).getByTestId('compare-pick').check();

    const table = page.getByTestId('compare-table');
    const columns = table.getByTestId('compare-column');
    await expect(columns).toHaveCount(2);
    await expect(columns.nth(0)).toContainText('AI capex bust — central banks ease');
    await expect(columns.nth(1)).toContainText('AI capex bust — no easing');
    // The no-easing book is lower at week 52: its cell is the worst of the row.
    const median52 = table.locator('[data-testid="compare-row"][data-metric="median"]').filter({ hasText: 'week 52' });
    await expect(median52.locator('td').nth(0)).toContainText(easeMedian);
    await expect(median52.locator('td').nth(1)).toContainText(noEaseMedian);
    await expect(median52.locator('td').nth(1)).toHaveAttribute('data-worst', 'true');

    const fan = page.getByTestId('compare-fan');
    await expect(fan.locator('canvas[role="img"]')).toBeVisible();
    const fanTable = page.getByTestId('compare-fan-table');
    await expect(fanTable).toContainText(easeMedian);
    await expect(fanTable).toContainText(noEaseMedian);
    await expect(page.getByTestId('settings-diff-row')).toHaveCount(1);
    await expect(page.getByTestId('settings-diff-row')).toContainText('Recovery regime');

    // After a reload, Results opens the newest saved run, and re-opening the other shows its numbers as saved.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
    await gotoScreen(page, 'Results');
    await expect(page.getByTestId('results-headline')).toBeVisible();
    expect(await headline(page)).toEqual(noEase);
    await page.getByTestId('saved-run-row').filter({ hasText: 'central banks ease' }).getByTestId('saved-run-open').click();
    await expect(page.getByTestId('results-subject')).toContainText('central banks ease');
    expect(await headline(page)).toEqual(ease);

    // Re-run from the saved snapshot: the same result, and the screen says so.
    await page.getByTestId('saved-run-row').filter({ hasText: 'central banks ease' }).first().getByTestId('saved-run-rerun').click();
    await expect(page.getByTestId('rerun-verdict')).toContainText('identical result', { timeout: RUN_TIMEOUT_MS });
    expect(await headline(page)).toEqual(ease);
    await expect(page.getByTestId('saved-run-row')).toHaveCount(3);

    // Deleting asks first; the run shown (the re-run) goes away with it.
    await page.getByTestId('saved-run-row').first().getByTestId('saved-run-delete').click();
    await expect(page.getByTestId('delete-run-dialog')).toBeVisible();
    await page.getByTestId('delete-run-confirm').click();
    await expect(page.getByTestId('saved-run-row')).toHaveCount(2);
    await expect(page.getByTestId('run-results')).toHaveCount(0);
  });
});
