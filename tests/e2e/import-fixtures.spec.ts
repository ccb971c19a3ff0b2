import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './web-host-fixture';

const dir = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
type Expected = { holdings: { symbol: string }[] };
const ok = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
const notOk = JSON.parse(readFileSync(join(dir, 'not-ok/expected.json'), 'utf8')) as Record<
  string,
  { outcome: 'rejected' | 'partial'; holdingsOk?: string[]; rowErrors?: { line: number }[] }
>;

/** Every shared fixture through the real file chooser: the preview shows what expected.json says. */
test('every fixture previews in the UI as expected.json says', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await expect(page.getByTestId('holding-row').first()).toBeVisible();
  const choose = async (path: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').click();
    await (await chooser).setFiles(path);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  };

  for (const [file, expected] of Object.entries(ok)) {
    const dialog = await choose(join(dir, 'ok', file));
    const symbols = dialog.locator('[data-testid="import-holding"] th');
    await expect(symbols, file).toHaveText(expected.holdings.map((h) => h.symbol));
    await dialog.getByTestId('import-cancel').click();
    await expect(dialog).toBeHidden();
  }

  for (const [file, expected] of Object.entries(notOk)) {
    const dialog = await choose(join(dir, 'not-ok', file));
    if (expected.outcome === 'rejected') {
      await expect(dialog.getByTestId('import-holding'), file).toHaveCount(0);
      // Unrecognised columns lead to the mapping step (naming the columns found); anything else to one sentence.
      const why = file === 'no-quantity-column.csv' ? dialog.getByTestId('import-columns') : dialog.getByTestId('import-rejection');
      await expect(why, file).toContainText(file === 'no-quantity-column.csv' ? 'Ticker' : /\w+ \w+ \w+ \w+/);
    } else {
      await expect(dialog.locator('[data-testid="import-holding"] th'), file).toHaveText([...expected.holdingsOk!, 'TSM']);
      const lines = await dialog.getByTestId('import-issue').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-line'))));
      expect(lines.sort((a, b) => a - b), file).toEqual(expected.rowErrors!.map((e) => e.line));
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  // Nothing was confirmed, so only the sample book exists.
  await expect(page.getByLabel('Portfolio', { exact: true })).toHaveCount(0);
});

/** The extra fixture with a value that disagrees, a name column no alias knows and a transactions section after the holdings. */
test('a mismatched value, names by content and a trailing transactions section, as the preview shows them', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await expect(page.getByTestId('holding-row').first()).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-button').click();
  await (await chooser).setFiles(join(dir, 'extra', 'mismatch-name-transactions.csv'));
  const preview = page.getByRole('dialog', { name: 'Preview: mismatch-name-transactions.csv' });
  await expect(preview).toBeVisible();

  await expect(preview.getByTestId('import-format')).toHaveText('Detected format: Generic CSV with recognised column names');
  // The 'Holding' column gives the names although its header is a quantity alias.
  const rows = preview.getByTestId('import-holding');
  await expect(rows.locator('td.col-name')).toHaveText([
    'NVIDIA Corporation', 'Advanced Micro Devices Inc', 'MARA Holdings 2.125% Conv Sr Nts 2031', 'iShares Bitcoin Trust ETF', 'US Dollar cash',
  ]);
  await expect(preview.getByTestId('import-counts').locator('li')).toContainText(['Errors: 0', 'Warnings: 1', 'Info: 1']);

  // 20 × 114.00 = 2,280.00 against the stated 2,000.00: (2,280 − 2,000) / 2,000 = 14.0 %, on line 3; the value kept.
  const warning = preview.locator('[data-testid="import-issue"][data-severity="warning"]');
  await expect(warning).toHaveCount(1);
  await expect(warning).toHaveAttribute('data-line', '3');
  await expect(warning).toContainText(
    'Quantity × price is 2,280.00 USD, but the file gives a market value of 2,000.00 USD (14.0 % apart); the market value was kept as the holding’s value.',
  );
  // Cells after the symbol: line, name, account, quantity, price, value.
  await expect(rows.filter({ hasText: 'AMD' }).locator('td').nth(5)).toHaveText('$2,000.00');

  // Lines 7–15 (blank, title, header, three trades, their total, blank, note) are ONE info line, not errors.
  const info = preview.locator('[data-testid="import-issue"][data-severity="info"]');
  await expect(info).toHaveCount(1);
  await expect(info).toHaveAttribute('data-line', '7');
  await expect(info).toContainText('Lines 7–15: a transactions section after the holdings was skipped (9 lines); trades are not positions.');
  await expect(preview.getByTestId('import-checks')).toHaveCount(0);

  // The bond: 20,000 face at 86.50 % of par (20,000 × 86.50 / 100 = 17,300.00), with tooltips and a caption.
  const bond = rows.filter({ hasText: 'MARA 2.125 09/01/2031' });
  await expect(bond.locator('td[data-unit="face"]')).toHaveText('20,000 face');
  await expect(bond.locator('td[data-unit="face"]')).toHaveAttribute('title', /face amount, not a number of units/);
  await expect(bond.locator('td[data-unit="par"]')).toHaveText('86.50 % of par');
  await expect(bond.locator('td[data-unit="par"]')).toHaveAttribute('title', /per 100 USD of face value/);
  await expect(rows.filter({ hasText: 'NVDA' }).locator('td[data-unit]')).toHaveCount(0);
  await expect(preview.getByTestId('bond-caption')).toHaveText('Bonds: the quantity is the face value and the price is in % of par (value = face × price ÷ 100).');

  // Saved, the Portfolio table says the same, and the source line names the format in words.
  await preview.getByTestId('import-confirm').click();
  await expect(preview).toBeHidden();
  const saved = page.getByTestId('holding-row').filter({ hasText: 'MARA 2.125 09/01/2031' });
  await expect(saved.locator('td[data-unit="face"]')).toHaveText('20,000 face');
  await expect(saved.locator('td[data-unit="par"]')).toHaveText('86.50 % of par');
  await expect(page.getByTestId('bond-caption')).toBeVisible();
  await expect(page.getByTestId('portfolio-source')).toContainText('(Generic CSV with recognised column names)');
});
