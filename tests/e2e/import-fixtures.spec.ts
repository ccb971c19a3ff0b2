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
