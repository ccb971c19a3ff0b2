import type { Page } from '@playwright/test';
import { expect, test } from './web-host-fixture';

// Every test here also fails on any pageerror or unexpected console error (the fixture's automatic `pageProblems`).

const MONEY = /\$\d{1,3}(,\d{3})*\.\d{2}/;

/** Opens the app on the sample book (or, without a URL, goes on from where it is) and goes to Scenarios; the first scenario opens with its preview. */
async function openScenarios(page: Page, url?: string): Promise<void> {
  if (url) {
    await page.goto(url);
    await expect(page.getByTestId('holding-row').first()).toBeVisible();
  }
  await page.getByRole('navigation').getByRole('link', { name: 'Scenarios', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  await expect(page.getByTestId('preview-loss')).toContainText(MONEY);
}

const item = (page: Page, name: string) => page.getByTestId('scenario-list').getByTestId('scenario-item').filter({ hasText: name });

test.describe('the Scenarios screen', () => {
  test('duplicates a built-in, moves a slider with the preview following, saves, and finds it after a reload', async ({ page, webHost }) => {
    await openScenarios(page, webHost.url);

    // A built-in: read-only, with its sources and a plausibility score in words.
    await page.locator('[data-testid="scenario-item"][data-built-in="true"]').first().click();
    await expect(page.getByTestId('scenario-read-only')).toBeVisible();
    await expect(page.getByTestId('shock-slider-AI_EQ')).toBeDisabled();
    await expect(page.getByTestId('scenario-sources').locator('li').first()).toBeVisible();
    // Its sources read as citations: publication, date, the figure and a link; never a file and line.
    const sources = page.getByTestId('scenario-sources');
    await expect(sources.locator('[data-source-id="bis-aer-2026"]').first()).toContainText('BIS Annual Economic Report 2026');
    await expect(sources.locator('[data-source-id="bis-aer-2026"] a').first()).toHaveAttribute('href', 'https://www.bis.org/publ/arpdf/ar2026e1.htm');
    await expect(sources).toContainText('secondary source');
    await expect(sources).toContainText('Assumption — no published figure');
    await expect(sources).not.toContainText(/calibration\.md|\bl\.\d|\(sec\)|seed \(?0\d\d/);
    await expect(page.getByTestId('plausibility')).toContainText('d² (squared Mahalanobis distance)');
    await expect(page.getByTestId('plausibility-comparison')).toContainText(/About as severe as|Milder than|More severe than/);
    // …and its odds in words, with the built-ins' range for scale.
    await expect(page.getByTestId('plausibility-one-in')).toHaveText(/^(about once in [\d,.]+( million)? years|less than once in 1 billion years|about [\d.]+ times a year)$/);
    await expect(page.getByTestId('plausibility-range')).toContainText(/the built-in scenarios range from d = \d+\.\d \(“.+”\) to d = \d+\.\d \(“.+”\)/);

    // Duplicate to edit: a scenario of yours, editable.
    await page.getByTestId('scenario-duplicate').click();
    await expect(page.getByTestId('scenario-save')).toBeVisible();
    await expect(page.getByTestId('shock-slider-AI_EQ')).toBeEnabled();
    const before = await page.getByTestId('preview-loss').innerText();
    const sigmaBefore = await page.getByTestId('plausibility-sigma').innerText();

    // Drag the slider: the field and the preview follow at once.
    await page.getByTestId('shock-slider-AI_EQ').fill('-70');
    await expect(page.getByTestId('shock-input-AI_EQ')).toHaveValue('-70');
    await expect(page.getByTestId('preview-loss')).not.toHaveText(before);
    const afterDrag = await page.getByTestId('preview-loss').innerText();
    expect(afterDrag).toMatch(MONEY);
    await expect(page.getByTestId('plausibility-sigma')).not.toHaveText(sigmaBefore);

    // Keyboard arrows step it too (1 % a step).
    await page.getByTestId('shock-slider-AI_EQ').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('shock-input-AI_EQ')).toHaveValue('-71');
    await expect(page.getByTestId('preview-loss')).not.toHaveText(afterDrag);

    // A wrong value says why, next to the field and in place of the preview; nothing is reset.
    await page.getByTestId('shock-input-BTC').fill('-150');
    await expect(page.getByTestId('shock-error-BTC')).toContainText('cannot fall below −1 (−100 %)');
    await expect(page.getByTestId('preview-invalid')).toContainText('Bitcoin shock');
    await expect(page.getByTestId('preview-loss')).toHaveCount(0);
    await page.getByTestId('shock-input-BTC').fill('-48');
    await expect(page.getByTestId('preview-loss')).toContainText(MONEY);

    const name = 'E2E deeper AI bust';
    await page.getByTestId('scenario-name').fill(name);
    await page.getByTestId('scenario-save').click();
    await expect(page.getByTestId('scenario-status')).toHaveText('Saved.');
    await expect(item(page, name)).toHaveCount(1);

    // After a reload it is in the library with the new value, and in the Results screen's picker.
    await page.reload();
    await openScenarios(page);
    await item(page, name).click();
    await expect(page.getByTestId('scenario-title')).toHaveText(name);
    await expect(page.getByTestId('shock-input-AI_EQ')).toHaveValue('-71');
    await expect(page.getByTestId('scenario-status')).toHaveText('');

    await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
    await expect(page.getByTestId('run-scenario').locator('option', { hasText: name })).toHaveCount(1);
  });

  test('imports a scenario file, names a bad file in its error, and deletes after a confirmation', async ({ page, webHost }) => {
    await openScenarios(page, webHost.url);
    const input = page.getByTestId('scenario-import-input');

    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await expect(page.getByTestId('scenario-action-error')).toContainText('broken.json');

    // Export the open built-in, then import that very file: its id clashes, so it comes in as a new scenario of yours.
    const download = page.waitForEvent('download');
    await page.getByTestId('scenario-export').click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    const json = JSON.parse(Buffer.concat(text).toString('utf8')) as { id: string; name: string };
    await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...json, name: 'Imported copy' })) });
    await expect(page.getByTestId('scenario-title')).toHaveText('Imported copy');
    await expect(page.getByTestId('scenario-status')).toContainText('mine.json');
    await expect(page.getByTestId('scenario-editor')).not.toHaveAttribute('data-scenario-id', json.id);

    await page.getByTestId('scenario-delete').click();
    const dialog = page.getByTestId('delete-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('delete-dialog-confirm').click();
    await expect(item(page, 'Imported copy')).toHaveCount(0);
    await expect(page.getByText('Deleted “Imported copy”.')).toBeVisible();
  });
});
