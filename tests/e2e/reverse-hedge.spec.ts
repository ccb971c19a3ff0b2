import type { Locator, Page } from '@playwright/test';
import { expect, test } from './web-host-fixture';
import { FACTORS } from '../../shared/domain/scenario';
import { fillRunPaths } from './run-form';

// Issue 12 in one go: ask the reverse stress test for a 30 % loss, save the answer as a scenario, run it, find hedges
// for that run, apply the top one as a what-if, run the what-if and compare the two runs side by side.

const RUN_TIMEOUT_MS = 180_000;
const SEARCH_TIMEOUT_MS = 300_000;

async function go(page: Page, name: 'Scenarios' | 'Results' | 'Compare' | 'Portfolio'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The first amount of money in a cell ("$121,284.61 WORST" → 121284.61). */
async function money(cell: Locator): Promise<number> {
  const text = await cell.innerText();
  const found = /-?\$[\d,]+(\.\d+)?/.exec(text);
  if (!found) throw new Error(`no amount in “${text}”`);
  return Number(found[0].replace(/[$,]/g, ''));
}

test('a reverse-stress scenario is saved, run, hedged with a what-if, and compared', async ({ page, webHost }) => {
  test.setTimeout(RUN_TIMEOUT_MS * 2 + SEARCH_TIMEOUT_MS);
  await page.goto(webHost.url);
  await expect(page.getByTestId('holding-row').first()).toBeVisible();

  // Scenarios › Reverse: a 30 % loss of the sample book.
  await go(page, 'Scenarios');
  await page.getByTestId('scenarios-tab-reverse').click();
  await expect(page).toHaveURL(/#\/scenarios\/reverse$/);
  await expect(page.getByTestId('reverse-template')).toHaveValue('ai-capex-bust-ease');
  await page.getByTestId('reverse-target').fill('30');
  await page.getByTestId('reverse-solve').click();
  await expect(page.getByTestId('reverse-result')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('reverse-loss')).toContainText('30.0%');
  // Every factor, with its unit; the loss by exposure ties out to the loss to the cent.
  await expect(page.getByTestId('reverse-shock-row')).toHaveCount(FACTORS.length);
  expect(await money(page.getByTestId('reverse-exposure-total'))).toBe(await money(page.getByTestId('reverse-loss')));
  await expect(page.getByTestId('reverse-rank')).toContainText('built-in scenarios');
  await expect(page.getByTestId('reverse-one-in')).toContainText(/once|times/);
  await page.getByTestId('reverse-save').click();
  await expect(page.getByTestId('reverse-saved')).toContainText('Saved as “Reverse: the most plausible 30% loss”');

  // Results: the saved answer is an ordinary scenario; run it with 2,000 paths.
  await go(page, 'Results');
  await page.getByTestId('run-scenario').selectOption({ label: 'Reverse: the most plausible 30% loss' });
  await fillRunPaths(page, 2000);
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-status')).toContainText('2,000 paths', { timeout: RUN_TIMEOUT_MS });
  await expect(page.getByTestId('results-subject')).toContainText('Reverse: the most plausible 30% loss');
  const runEs = await money(page.getByTestId('headline-es975'));

  // Hedges: a search can be cancelled at once, then run to the end.
  const hedges = page.getByTestId('hedges-panel');
  await hedges.scrollIntoViewIfNeeded();
  await expect(hedges).toContainText('2,000 paths, seed');
  await page.getByTestId('hedge-find').click();
  await expect(page.getByTestId('hedge-progress-text')).toContainText(/Run \d+ of \d+/, { timeout: 30_000 });
  await page.getByTestId('hedge-cancel').click();
  await expect(page.getByTestId('hedge-cancelled')).toBeVisible({ timeout: 1_000 });
  await page.getByTestId('hedge-find').click();
  await expect(page.getByTestId('hedge-table')).toBeVisible({ timeout: SEARCH_TIMEOUT_MS });
  await expect(page.getByTestId('hedge-ranking')).toContainText('ranked by the ES they remove per dollar of notional');
  await expect(page.getByTestId('hedge-ranking')).toContainText('same Monte Carlo as the book (2,000 paths');
  await expect(page.getByTestId('hedge-row')).toHaveCount(10);
  const promised = Number(await page.getByTestId('hedge-row').first().getAttribute('data-es-after'));
  expect(promised).toBeLessThan(runEs);

  // Apply the top trade as a what-if, run it with the same scenario, seed and paths, and compare.
  await page.getByTestId('hedge-apply').first().click();
  await expect(page.getByTestId('what-if-card')).toContainText('What-if “Sample book — what-if” made');
  await page.getByTestId('what-if-run-compare').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible({ timeout: RUN_TIMEOUT_MS });
  const columns = page.getByTestId('compare-table').getByTestId('compare-column');
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(0)).toContainText('Reverse: the most plausible 30% loss · Sample book');
  await expect(columns.nth(1)).toContainText('Sample book — what-if');
  await expect(columns.nth(1)).toContainText('2,000 paths');
  const es = page.locator('[data-testid="compare-row"][data-metric="es975"] td');
  const [original, whatIf] = [await money(es.nth(0)), await money(es.nth(1))];
  expect(original).toBeCloseTo(runEs, 2);
  expect(whatIf).toBeLessThan(original);
  // The what-if run is the book the search tried: its ES is what the search promised, to a cent of rounding.
  expect(Math.abs(whatIf - promised)).toBeLessThan(0.05);
  await expect(page.getByTestId('settings-diff-row').filter({ hasText: 'Portfolio' })).toHaveCount(1);

  // The what-if is a portfolio of its own, labelled and editable; the saved one is untouched.
  await go(page, 'Portfolio');
  const total = await page.getByTestId('portfolio-total').innerText();
  const picker = page.getByLabel('Portfolio', { exact: true });
  const pick = async (text: RegExp) => picker.selectOption((await picker.locator('option').filter({ hasText: text }).getAttribute('value')) ?? '');
  await pick(/what-if of “Sample book”/);
  await expect(page.getByTestId('what-if-panel')).toContainText('What-if of “Sample book”');
  await page.getByTestId('what-if-editor').locator('summary').click();
  const nvda = page.getByTestId('what-if-edit-row').filter({ hasText: 'NVDA' });
  await nvda.getByTestId('what-if-quantity').fill('100');
  await nvda.getByTestId('what-if-set').click();
  await expect(page.getByTestId('holding-row').filter({ hasText: 'NVDA' })).toContainText('$18,240.00');
  await pick(/^Sample book \(/);
  await expect(page.getByTestId('portfolio-total')).toHaveText(total);
  await expect(page.getByTestId('holding-row').filter({ hasText: 'NVDA' })).toContainText('$21,888.00');
});
