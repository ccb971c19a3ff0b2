import type { Page } from '@playwright/test';
import { expect, test } from './web-host-fixture';
import { fillRunPaths } from './run-form';

// Issue 5's whole story in one go: duplicate a built-in, move a slider and see the preview change, save, run it,
// run another scenario, and compare the two runs side by side with their fans overlaid.

const RUN_TIMEOUT_MS = 180_000;
const NAME = 'E2E deeper AI bust';

async function go(page: Page, name: 'Scenarios' | 'Results' | 'Compare'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function run(page: Page, scenario: { label: string } | string): Promise<void> {
  await go(page, 'Results');
  await page.getByTestId('run-scenario').selectOption(scenario);
  await fillRunPaths(page, 5000);
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-status')).toContainText('5,000 paths', { timeout: RUN_TIMEOUT_MS });
  await expect(page.getByTestId('results-headline')).toBeVisible();
}

test('a duplicated, edited scenario runs and compares against a built-in', async ({ page, webHost }) => {
  test.setTimeout(RUN_TIMEOUT_MS * 2);
  await page.goto(webHost.url);
  await expect(page.getByTestId('holding-row').first()).toBeVisible();

  await go(page, 'Scenarios');
  await page.getByTestId('scenario-list').getByTestId('scenario-item').filter({ hasText: 'AI capex bust — central banks ease' }).click();
  await page.getByTestId('scenario-duplicate').click();
  const before = await page.getByTestId('preview-loss').innerText();
  await page.getByTestId('shock-slider-AI_EQ').fill('-70');
  await expect(page.getByTestId('shock-input-AI_EQ')).toHaveValue('-70');
  await expect(page.getByTestId('preview-loss')).not.toHaveText(before);
  await page.getByTestId('scenario-name').fill(NAME);
  await page.getByTestId('scenario-save').click();
  await expect(page.getByTestId('scenario-status')).toHaveText('Saved.');

  await run(page, { label: NAME });
  await expect(page.getByTestId('results-subject')).toContainText(NAME);
  await run(page, 'ai-capex-bust-no-ease');

  await go(page, 'Compare');
  const picks = page.getByTestId('compare-pick-row');
  await picks.filter({ hasText: NAME }).getByTestId('compare-pick').check();
  await picks.filter({ hasText: 'no easing' }).getByTestId('compare-pick').check();
  const columns = page.getByTestId('compare-table').getByTestId('compare-column');
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(0)).toContainText(NAME);
  await expect(columns.nth(1)).toContainText('AI capex bust — no easing');
  await expect(page.getByTestId('compare-fan').locator('canvas[role="img"]')).toBeVisible();
  // The chart's table alternative (behind a disclosure) has a row per week with both runs' medians.
  await expect(page.getByTestId('compare-fan-table')).toContainText(/\$\d{1,3}(,\d{3})*\.\d{2}/);
  // The two differ in the AI-equity shock and in the recovery regime.
  await expect(page.getByTestId('settings-diff-row').filter({ hasText: 'AI' })).toHaveCount(1);
  await expect(page.getByTestId('settings-diff-row').filter({ hasText: 'Recovery regime' })).toHaveCount(1);
});
