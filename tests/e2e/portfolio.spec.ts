import { expect, test } from './web-host-fixture';

const SCREENS = ['Scenarios', 'Results', 'Compare', 'Report', 'Settings'] as const;

/** resources/sample-portfolio.csv, summed by hand: longs (bonds at face × price / 100) less the 40,000 margin loan. */
const SAMPLE_NET_TOTAL = '$238,600.33';

test.describe('the web host in a browser', () => {
  test('shows the sample book with its net total', async ({ page, webHost }) => {
    await page.goto(webHost.url);
    const rows = page.getByTestId('holding-row');
    await expect(rows.first()).toBeVisible();
    for (const symbol of ['NVDA', 'IBIT', 'MARGIN LOAN']) {
      await expect(rows.filter({ hasText: symbol }).first(), symbol).toBeVisible();
    }
    await expect(rows).toHaveCount(20);
    await expect(page.getByTestId('portfolio-total')).toHaveText(SAMPLE_NET_TOTAL);
    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  });

  test('navigates to every screen', async ({ page, webHost }) => {
    await page.goto(webHost.url);
    const nav = page.getByRole('navigation');
    await expect(page.getByTestId('holding-row').first()).toBeVisible();
    for (const name of [...SCREENS, 'Portfolio'] as const) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name }), name).toBeVisible();
    }
  });

  test('keeps working after a reload, with the token only in session storage', async ({ page, webHost }) => {
    await page.goto(webHost.url);
    await expect(page.getByTestId('portfolio-total')).toHaveText(SAMPLE_NET_TOTAL);
    await page.reload();
    await expect(page.getByTestId('portfolio-total')).toHaveText(SAMPLE_NET_TOTAL);
    await page.goto(`${webHost.origin}/`);
    expect(page.url()).not.toContain('token=');
    await expect(page.getByTestId('portfolio-total')).toHaveText(SAMPLE_NET_TOTAL);
  });

  test('refuses an API call from the page without the token', async ({ page, webHost, pageProblems }) => {
    pageProblems.allowConsoleError(/status of 401/);
    await page.goto(webHost.url);
    await expect(page.getByTestId('holding-row').first()).toBeVisible();
    const statuses = await page.evaluate(async () => {
      const post = (headers: Record<string, string>) =>
        fetch('/api/call/app.info', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' }).then(
          (r) => r.status,
        );
      return { none: await post({}), wrong: await post({ 'x-aftershock-token': 'not-the-token' }) };
    });
    expect(statuses).toEqual({ none: 401, wrong: 401 });
  });
});
