import type { Locator, Page } from '@playwright/test';
import { expect, test } from './web-host-fixture';
import { fillRunPaths } from './run-form';

/**
 * Numbers that tie out, as a careful reader checks them on the screen: the loss by holding and by exposure add up
 * to the headline mean loss to the cent, and the narrative's recovery sentence says what the fan and recovery tables
 * show.
 */

const RUN_TIMEOUT_MS = 120_000;

/** "$102,193.32" or "$300.00 gain" → signed cents (a gain is negative). */
function cents(text: string): number {
  const m = text.match(/-?\$([\d,]+)\.(\d{2})/);
  if (!m) throw new Error(`no amount in “${text}”`);
  const value = Number(m[1]!.replace(/,/g, '')) * 100 + Number(m[2]);
  return /gain/.test(text) || text.trim().startsWith('-') ? -value : value;
}

async function runScenario(page: Page, url: string, name: RegExp, paths: number): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('holding-row').first()).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
  const select = page.getByTestId('run-scenario');
  await expect(select.locator('option').first()).not.toHaveText(/Loading/);
  const option = select.locator('option').filter({ hasText: name }).first();
  await select.selectOption((await option.getAttribute('value')) ?? '');
  await expect(page.getByTestId('run-seed')).not.toHaveValue('');
  await expect(page.getByTestId('run-scenario-description')).not.toBeEmpty();
  await fillRunPaths(page, paths);
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('results-headline')).toBeVisible({ timeout: RUN_TIMEOUT_MS });
}

/** The amounts in column `column` (0-based among the row's cells, the row header counted) of every row. */
async function columnCents(rows: Locator, column: number): Promise<number[]> {
  return (await rows.evaluateAll((trs, c) => trs.map((tr) => tr.children[c]?.textContent ?? ''), column)).map(cents);
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

test.describe('numbers that tie out', () => {
  test.describe.configure({ timeout: 3 * RUN_TIMEOUT_MS });

  test('the loss by holding and by exposure add up to the headline mean loss to the cent; the mean path’s to its own loss', async ({ page, webHost }) => {
    await runScenario(page, webHost.url, /central banks ease/, 10_000);
    const headline = cents((await page.getByTestId('headline-mean-loss').textContent()) ?? '');
    expect(headline).toBeGreaterThan(0);

    const holdings = await columnCents(page.getByTestId('holding-loss-row'), 2);
    expect(holdings).toHaveLength(20);
    expect(sum(holdings)).toBe(headline);
    expect(cents((await page.getByTestId('loss-by-holding-total').textContent()) ?? '')).toBe(headline);
    const exposures = await columnCents(page.getByTestId('exposure-loss-row'), 1);
    expect(sum(exposures)).toBe(headline);
    expect(cents((await page.getByTestId('loss-by-exposure-total').textContent()) ?? '')).toBe(headline);
    await expect(page.getByTestId('attribution-note')).toContainText('expected over 10,000 paths');

    // Each row says why, and the numbers open under it: the private-credit fund's lagged marks explain its $0.00.
    const bcred = page.getByTestId('holding-loss-row').filter({ hasText: 'BCRED' });
    await expect(bcred.getByTestId('holding-reason')).toContainText('Marks lag');
    const mara = page.getByTestId('holding-loss-row').filter({ hasText: /^MARA \d/ });
    await expect(mara.getByTestId('holding-reason')).toContainText('DSCR');
    await mara.getByTestId('holding-reason-toggle').click();
    await expect(page.getByTestId('holding-reason-details')).toContainText('One-year default probability');

    // The mean path's parts add up to the mean path's loss, and the note says it is not the mean over paths.
    await page.getByTestId('attribution-meanPath').check();
    await expect(page.getByTestId('attribution-note')).toContainText('not to the mean loss over the paths');
    const meanPathTotal = cents((await page.getByTestId('loss-by-holding-total').textContent()) ?? '');
    expect(meanPathTotal).not.toBe(headline);
    expect(sum(await columnCents(page.getByTestId('holding-loss-row'), 2))).toBe(meanPathTotal);
    expect(sum(await columnCents(page.getByTestId('exposure-loss-row'), 1))).toBe(meanPathTotal);
  });

  test('without easing, the narrative’s recovery sentences say what the fan and the recovery tables show', async ({ page, webHost }) => {
    await runScenario(page, webHost.url, /no easing/, 10_000);
    const recovery = (await page.getByTestId('narrative-paragraph').nth(1).textContent()) ?? '';
    const median = recovery.match(/the median value at week (\d+) is (\$[\d,]+\.\d{2})/);
    expect(median, recovery).not.toBeNull();
    const week = median![1]!;

    const fan = page.getByTestId('fan-table');
    await fan.locator('xpath=ancestor::details').locator('summary').click();
    const fanRow = fan.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: `Week ${week}`, exact: true }) });
    // Columns: week, p5, p25, p50, p75, p95.
    expect(cents((await fanRow.locator('td').nth(2).textContent()) ?? '')).toBe(cents(median![2]!));

    const table = page.getByTestId('recovery-table');
    await table.locator('xpath=ancestor::details').locator('summary').click();
    const odds = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [Number((tr.querySelector('th')?.textContent ?? '').replace(/\D/g, '')), parseFloat(tr.querySelector('td')?.textContent ?? '')] as const),
    );
    const atEnd = odds.find(([w]) => String(w) === week)![1];
    const half = recovery.match(/Half of the paths regain the start value within (\d+) weeks?/);
    if (half) {
      const within = Number(half[1]);
      for (const [w, p] of odds) expect(p >= 50, `week ${w}: ${p}%`).toBe(w >= within);
      expect(recovery).toMatch(new RegExp(`by week ${week}, ${Math.round(atEnd)}% have been back`));
    } else {
      expect(recovery).toMatch(new RegExp(`Fewer than half of the paths regain the start value within ${week} weeks: ${Math.round(atEnd)}% do at least once`));
      for (const [, p] of odds) expect(p).toBeLessThan(50);
    }

    // After a reload the newest run is shown again, and the run panel names its scenario, paths and seed.
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
    await expect(page.getByTestId('results-subject')).toContainText('no easing');
    await expect(page.getByTestId('run-scenario').locator('option:checked')).toHaveText(/no easing/);
    await expect(page.getByTestId('run-paths')).toHaveValue('10000');
  });
});
