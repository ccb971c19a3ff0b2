import { fileURLToPath } from 'node:url';
import { FACTORS } from '../../shared/domain/scenario';
import { expect, test } from './web-host-fixture';
import { fillRunPaths } from './run-form';

const file = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const EXAMPLE = file('resources/examples/synthetic-price-history.csv');
const BAD = file('tests/fixtures/history/bad-values.csv');
const RUN_TIMEOUT_MS = 120_000;

test.describe('Settings › Factor models', () => {
  test.describe.configure({ timeout: 3 * RUN_TIMEOUT_MS });

  test('fits the synthetic example, maps a column, saves it, and a run on it names it; deleting it leaves the run panel on the built-in model', async ({ page, webHost }) => {
    await page.goto(webHost.url);
    await expect(page.getByTestId('holding-row').first()).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    const section = page.getByTestId('factor-models');
    await expect(section.getByTestId('saved-models')).toContainText('None yet');

    await page.getByTestId('fit-file').setInputFiles(EXAMPLE);
    const vols = page.getByTestId('fit-vols');
    await expect(vols.locator('tbody tr')).toHaveCount(FACTORS.length);
    await expect(page.getByTestId('fit-method-text')).toContainText('Ledoit–Wolf shrinkage towards constant correlation');
    await expect(page.getByTestId('fit-span')).toContainText('257 weekly returns');
    await expect(page.getByTestId('fit-remarks')).toContainText('column GPU rent index is not a factor code');
    // A factor the file lacks keeps its default: no fitted value.
    await expect(vols.locator('tr[data-factor="PC"] td').nth(1)).toHaveText('—');
    await expect(vols.locator('tr[data-factor="GPU_RENT"] td').nth(1)).toHaveText('—');

    await section.locator('tr[data-column="GPU rent index"] select').selectOption('GPU_RENT');
    await expect(vols.locator('tr[data-factor="GPU_RENT"] td').nth(1)).toHaveText(/^\d+\.\d%$/);
    await expect(page.getByTestId('fit-remarks')).not.toContainText('GPU rent index');
    await expect(page.getByTestId('fit-pairs').locator('tbody tr').first()).toBeVisible();

    // EWMA asks for λ; a wrong one is named and nothing is refitted until it is right.
    await page.getByTestId('fit-method').selectOption('ewma');
    await expect(page.getByTestId('fit-method-text')).toContainText('RiskMetrics EWMA, λ = 0.94');
    await page.getByTestId('fit-lambda').fill('1.2');
    await expect(section).toContainText('λ is a number between 0 and 1');
    await page.getByTestId('fit-lambda').fill('0.97');
    await expect(page.getByTestId('fit-method-text')).toContainText('λ = 0.97');
    await page.getByTestId('fit-method').selectOption('ledoit-wolf');
    await expect(page.getByTestId('fit-method-text')).toContainText('Ledoit–Wolf');

    await page.getByTestId('fit-save').click();
    await page.getByTestId('fit-save-dialog-input').fill('Synthetic example');
    await page.getByTestId('fit-save-dialog-confirm').click();
    await expect(page.getByTestId('fit-note')).toContainText('Saved “Synthetic example”');
    await expect(section.getByTestId('saved-models').locator('tbody tr')).toHaveCount(1);
    await expect(section.getByTestId('saved-models')).toContainText('AI_EQ, EQ, BTC, HY, RATE, GPU_RENT');

    await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
    await expect(page.getByTestId('run-paths')).not.toHaveValue('');
    await expect(page.getByTestId('run-model')).toHaveValue('');
    await page.getByTestId('run-model').selectOption({ label: 'Synthetic example' });
    await fillRunPaths(page, 2000);
    await page.getByTestId('run-start').click();
    await expect(page.getByTestId('results-headline')).toBeVisible({ timeout: RUN_TIMEOUT_MS });
    await expect(page.getByTestId('results-model')).toContainText('Factor model: “Synthetic example”');

    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    await section.getByTestId('saved-model-delete').click();
    await page.getByTestId('delete-model-dialog-confirm').click();
    await expect(section.getByTestId('saved-models')).toContainText('None yet');
    await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
    await expect(page.getByTestId('run-model')).toHaveValue('');
    // The run made on it still names it (it keeps its own copy).
    await expect(page.getByTestId('results-model')).toContainText('Synthetic example');
  });

  test('names the line and column of a value that is not a number, in English and in Chinese', async ({ page, webHost }) => {
    await page.goto(`${webHost.url}#/settings`);
    await page.getByTestId('fit-file').setInputFiles(BAD);
    await expect(page.getByTestId('fit-remarks')).toContainText('line 14: the value “abc” in column BTC is not a number');
    await page.getByTestId('settings-language').selectOption('zh-CN');
    await expect(page.getByTestId('fit-remarks')).toContainText('第 14 行：“BTC”列中的值“abc”不是数字');
    await expect(page.getByTestId('fit-vols')).toContainText('年化');
  });
});
