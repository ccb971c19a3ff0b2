import type { APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type RunningWebHost } from './web-host-fixture';

/** Runs a scenario on the open (sample) portfolio through the host's API and waits until it is saved. */
async function saveRun(request: APIRequestContext, host: RunningWebHost, scenarioId: string, seed: number): Promise<void> {
  const headers = { 'x-aftershock-token': new URL(host.url).searchParams.get('token') ?? '' };
  const call = async (name: string, data: object) => {
    const response = await request.post(`${host.origin}/api/call/${name}`, { headers, data });
    const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!envelope.ok) throw new Error(envelope.error?.message);
    return envelope.value;
  };
  const before = ((await call('runs.list', {})) as unknown[]).length;
  await call('runs.start', { scenarioId, paths: 500, seed });
  await expect.poll(async () => ((await call('runs.list', {})) as unknown[]).length, { timeout: 30_000 }).toBe(before + 1);
}

test.describe('the Report screen', () => {
  test('shows a saved run’s report, compares two, and saves the PDF, HTML, CSV and JSON', async ({ page, webHost, request, pageProblems }, testInfo) => {
    test.setTimeout(120_000);
    // The preview is sandboxed without scripts: Playwright's own probes into the frame are refused, as they should be.
    pageProblems.allowConsoleError(/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
    await saveRun(request, webHost, 'ai-capex-bust-ease', 1);
    await saveRun(request, webHost, 'ai-capex-bust-no-ease', 2);
    await page.goto(webHost.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Report', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();

    const preview = page.frameLocator('[data-testid="report-preview"]');
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Stress report');
    await expect(preview.getByRole('heading', { level: 2, name: 'Phase one: the shock' })).toBeVisible();
    await expect(preview.locator('svg.chart')).toHaveCount(7);

    // A second run makes it a comparison (A = the newest, B = the one added).
    const runs = page.getByTestId('report-runs').getByRole('checkbox');
    await expect(runs).toHaveCount(2);
    await runs.nth(1).check();
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Stress report: 2 runs compared');
    await expect(preview.getByRole('heading', { level: 2, name: 'Comparison' })).toBeVisible();

    await page.getByTestId('report-paper-letter').check();
    const pdf = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-pdf').click()]).then(([d]) => d);
    expect(pdf.suggestedFilename()).toMatch(/^aftershock-comparison-.+\.pdf$/);
    const pdfPath = testInfo.outputPath('report.pdf');
    await pdf.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(page.getByTestId('report-notice')).toContainText(pdf.suggestedFilename());

    const html = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-html').click()]).then(([d]) => d);
    const htmlPath = testInfo.outputPath(html.suggestedFilename());
    await html.saveAs(htmlPath);
    expect(readFileSync(htmlPath, 'utf8')).toContain('size:letter portrait');

    await page.getByTestId('export-csv-what').selectOption('ladder');
    const csv = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]).then(([d]) => d);
    expect(csv.suggestedFilename()).toMatch(/^aftershock-ladder-.+\.csv$/);
    const csvPath = join(testInfo.outputDir, 'ladder.csv');
    await csv.saveAs(csvPath);
    expect(readFileSync(csvPath, 'utf8').split('\r\n')[0]).toMatch(/^day,cash_raisable,impact_cost,cash_/);

    const json = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]).then(([d]) => d);
    expect(json.suggestedFilename()).toMatch(/^aftershock-run-.+\.json$/);

    // Print reaches the preview's own window (its print dialog is a no-op in headless Chromium).
    await page.getByTestId('report-print').click();
  });

  test('says how to get a report when there is no saved run', async ({ page, webHost }) => {
    await page.goto(`${webHost.url}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Report', exact: true }).click();
    await expect(page.getByTestId('report-empty')).toContainText('No saved runs yet');
  });
});
