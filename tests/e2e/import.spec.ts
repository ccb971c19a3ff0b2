import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './web-host-fixture';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'import', name);

/** The sample book the host starts with: 20 holdings, one portfolio. */
const SAMPLE_ROWS = 20;

/** Drops a file on the Portfolio screen as a person dragging it from the desktop would. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const bytes = [...readFileSync(path)];
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
      return transfer;
    },
    { bytes, name },
  );
  const zone = page.getByTestId('screen-portfolio');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await expect(zone).toHaveClass(/is-drag-over/);
  await zone.dispatchEvent('drop', { dataTransfer });
}

test.describe('importing a broker CSV', () => {
  test('previews every line, saves on confirm, and keeps an exposure override across a reload', async ({ page, webHost }) => {
    await page.goto(webHost.url);
    await expect(page.getByTestId('holding-row')).toHaveCount(SAMPLE_ROWS);

    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').click();
    await (await chooser).setFiles(fixture('ok/fidelity-positions.csv'));

    const preview = page.getByRole('dialog', { name: 'Preview: fidelity-positions.csv' });
    await expect(preview).toBeVisible();
    await expect(preview.getByTestId('import-format')).toHaveText('Detected format: Fidelity positions');
    await expect(preview.getByTestId('import-holding')).toHaveCount(9);
    await expect(preview.getByTestId('import-counts')).toContainText('Info: 1');
    await expect(preview.getByTestId('import-counts')).toContainText('Errors: 0');
    // The disclaimer footer (blank and text lines 11–16) is one remark naming its line range, with its first text.
    const info = preview.locator('[data-testid="import-issue"][data-severity="info"]');
    await expect(info).toHaveCount(1);
    await expect(info).toHaveAttribute('data-line', '11');
    await expect(info).toContainText('Lines 11–16: notes and disclaimers after the holdings were skipped (6 lines).');
    await expect(info).toContainText('The data and information in this spreadsheet');

    // Nothing is saved before Confirm.
    await expect(page.getByTestId('holding-row')).toHaveCount(SAMPLE_ROWS);
    await preview.getByTestId('import-name').fill('Fidelity brokerage');
    await preview.getByTestId('import-confirm').click();
    await expect(preview).toBeHidden();
    await expect(page.getByTestId('import-done')).toHaveText('Imported 9 holdings into “Fidelity brokerage”.');
    await expect(page.getByTestId('holding-row')).toHaveCount(9);
    await expect(page.getByLabel('Portfolio', { exact: true })).toHaveValue(/.+/);
    await expect(page.getByLabel('Portfolio', { exact: true }).locator('option:checked')).toHaveText(/^Fidelity brokerage/);

    // QQQ, a Nasdaq tracker, is a blend of AI equity and broad equity by rule; make it all AI equity.
    const qqq = page.getByTestId('holding-row').filter({ hasText: 'QQQ' });
    await expect(qqq.getByTestId('exposure-chip')).toHaveCount(2);
    await expect(qqq.getByTestId('exposure-chip').first()).toHaveAttribute('data-tag', 'ai_equity');
    await expect(qqq.getByTestId('exposure-chip').nth(1)).toHaveAttribute('data-tag', 'equity');
    await qqq.getByTestId('exposure-edit').click();
    const editor = page.getByRole('dialog', { name: 'Exposure of QQQ' });
    // The editor opens on the blend; one tag keeps the heaviest (equity 55 %).
    await editor.getByLabel('One tag').check();
    await expect(editor.getByTestId('override-tag')).toHaveValue('equity');
    await editor.getByTestId('override-tag').selectOption('ai_equity');
    await editor.getByTestId('override-save').click();
    await expect(editor).toBeHidden();
    const chip = qqq.getByTestId('exposure-chip');
    await expect(chip).toHaveAttribute('data-tag', 'ai_equity');
    await expect(chip).toHaveAttribute('data-source', 'user');
    await expect(chip).toHaveAttribute('title', /your override/);
    // NVDA 27,360.00 + AMD 14,481.00 + QQQ 17,961.00
    await expect(page.locator('[data-testid="exposure-row"][data-tag="ai_equity"]')).toContainText('$59,802.00');

    await page.reload();
    await expect(page.getByTestId('holding-row')).toHaveCount(9);
    await expect(page.getByLabel('Portfolio', { exact: true }).locator('option:checked')).toHaveText(/^Fidelity brokerage/);
    const after = page.getByTestId('holding-row').filter({ hasText: 'QQQ' }).getByTestId('exposure-chip');
    await expect(after).toHaveAttribute('data-tag', 'ai_equity');
    await expect(after).toHaveAttribute('data-source', 'user');
    await expect(after).toHaveAttribute('title', /your override/);
  });

  test('refuses an HTML page saved as .csv with its reason and saves nothing', async ({ page, webHost }) => {
    await page.goto(webHost.url);
    await expect(page.getByTestId('holding-row')).toHaveCount(SAMPLE_ROWS);

    await dropFile(page, fixture('not-ok/html-saved-as.csv'), 'html-saved-as.csv');
    const rejected = page.getByRole('dialog', { name: 'html-saved-as.csv cannot be imported' });
    await expect(rejected).toBeVisible();
    await expect(rejected.getByTestId('import-rejection')).toHaveText(
      'This is an HTML page saved under a .csv name — probably a failed download or an expired session — not a CSV export.',
    );
    await page.keyboard.press('Escape');
    await expect(rejected).toBeHidden();

    await page.reload();
    await expect(page.getByTestId('holding-row')).toHaveCount(SAMPLE_ROWS);
    await expect(page.getByTestId('portfolio-source')).toContainText('sample-portfolio.csv');
    await expect(page.getByLabel('Portfolio', { exact: true })).toHaveCount(0);
  });

  test('asks for the columns when none gives a quantity, and refuses nothing else silently', async ({ page, webHost }) => {
    await page.goto(webHost.url);
    await expect(page.getByTestId('holding-row').first()).toBeVisible();
    await page.getByTestId('import-file-input').setInputFiles(fixture('not-ok/no-quantity-column.csv'));
    const mapping = page.getByRole('dialog', { name: 'Match the columns: no-quantity-column.csv' });
    await expect(mapping).toBeVisible();
    await expect(mapping.getByTestId('import-columns')).toHaveText('Columns found in the file: Ticker, Company, Sector, Weight');
    await expect(mapping.getByLabel('Quantity')).toHaveValue('');
    await expect(mapping.getByText('Choose a column for the symbol or the name, and one for the quantity or the market value.')).toBeVisible();
    await mapping.getByRole('button', { name: 'Cancel' }).click();
    await expect(mapping).toBeHidden();
    await expect(page.getByTestId('holding-row')).toHaveCount(SAMPLE_ROWS);
  });

  test('a header of half a million columns is refused at once, and 900 long ones fit the column mapping', async ({ page, webHost }, testInfo) => {
    await page.goto(webHost.url);
    await expect(page.getByTestId('holding-row').first()).toBeVisible();
    // 525,001 columns: before the limit, the mapping's menus listed every one of them and the page never answered.
    const wide = testInfo.outputPath('wide.csv');
    writeFileSync(wide, `account,symbol,name,${'1,'.repeat(524_997)}1\nBrokerage,NVDA,NVIDIA Corp,120\n`);
    await page.getByTestId('import-file-input').setInputFiles(wide);
    const refused = page.getByRole('dialog', { name: 'wide.csv cannot be imported' });
    await expect(refused).toContainText('Line 1 has 525,001 columns, more than the 1,000 Aftershock reads', { timeout: 15_000 });
    await refused.getByRole('button', { name: 'Close' }).last().click();

    // 900 columns of 300-character names: the list says the first 30 and how many more; every menu stays inside the dialog.
    const long = testInfo.outputPath('long-names.csv');
    writeFileSync(long, `account,symbol,name,${Array.from({ length: 897 }, (_, i) => `Column ${i} ${'z'.repeat(300)}`).join(',')}\nBrokerage,NVDA,NVIDIA Corp,120\n`);
    await page.getByTestId('import-file-input').setInputFiles(long);
    const mapping = page.getByRole('dialog', { name: 'Match the columns: long-names.csv' });
    await expect(mapping.getByTestId('import-columns')).toContainText('and 870 more');
    const dialogBox = (await mapping.boundingBox())!;
    for (const select of await mapping.locator('select').all()) {
      const box = (await select.boundingBox())!;
      expect(box.x + box.width, 'a menu inside the dialog').toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
    }
    await mapping.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('holding-row')).toHaveCount(SAMPLE_ROWS);
  });
});
