import { expect, test } from './web-host-fixture';
import { fillRunPaths } from './run-form';

// A saved run survives a web-host restart with the same numbers, and re-running it gives the identical result.

const RUN_TIMEOUT_MS = 180_000;
const HEADLINE = ['headline-start-value', 'headline-mean-loss', 'headline-var95', 'headline-var99', 'headline-es975', 'headline-median-52', 'headline-recovery'];

test('a saved run re-opened after a web-host restart shows the same numbers and re-runs identically', async ({ page, webHost, pageProblems }) => {
  test.setTimeout(RUN_TIMEOUT_MS * 2);
  const headline = async () => Promise.all(HEADLINE.map(async (id) => (await page.getByTestId(id).locator('dd').innerText()).trim()));

  await page.goto(webHost.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
  await page.getByTestId('run-scenario').selectOption('replay-march-2020');
  await fillRunPaths(page, 5000);
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-status')).toContainText('5,000 paths', { timeout: RUN_TIMEOUT_MS });
  const before = await headline();
  expect(before[1]).toMatch(/\$\d/);

  // While the host is down, the open page's event stream retries and Chromium logs the refused connection.
  pageProblems.allowConsoleError(/ERR_CONNECTION_REFUSED/);
  const url = await webHost.restart();
  expect(url).not.toBe(webHost.url);
  await page.goto(url);
  await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
  // The newest saved run opens by itself after the restart.
  await expect(page.getByTestId('results-subject')).toContainText('March 2020');
  expect(await headline()).toEqual(before);

  await page.getByTestId('saved-run-row').first().getByTestId('saved-run-rerun').click();
  await expect(page.getByTestId('rerun-verdict')).toContainText('identical result', { timeout: RUN_TIMEOUT_MS });
  expect(await headline()).toEqual(before);
});
