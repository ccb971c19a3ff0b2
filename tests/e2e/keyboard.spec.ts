import type { Page } from '@playwright/test';
import { expect, test } from './web-host-fixture';
import { fillRunPaths } from './run-form';

// Every test here also fails on any pageerror or unexpected console error (the fixture's automatic `pageProblems`).
// Headless Chromium on Linux: the shortcuts' Mod is Ctrl.

const RUN_TIMEOUT_MS = 120_000;

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('holding-row').first()).toBeVisible();
}

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const paletteInput = (page: Page) => palette(page).getByRole('combobox', { name: 'Go to a screen, saved run or scenario' });
const activeOption = (page: Page) => palette(page).locator('[role="option"][aria-selected="true"]');

/** Opens the palette with Ctrl+K and types a filter. */
async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+K');
  await expect(palette(page)).toBeVisible();
  await expect(paletteInput(page)).toBeFocused();
  await page.keyboard.type(query);
}

/** On Results with the scenarios' defaults in: picks the scenario `id` and types the paths. */
async function chooseRun(page: Page, scenarioId: string, paths: number): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(page.getByTestId('run-paths')).not.toHaveValue('');
  await page.getByTestId('run-scenario').selectOption(scenarioId);
  await expect(page.getByTestId('run-scenario-description')).not.toBeEmpty();
  await expect(page.getByTestId('run-seed')).not.toHaveValue('');
  await fillRunPaths(page, paths);
}

test.describe('keyboard', () => {
  test.describe.configure({ timeout: 4 * RUN_TIMEOUT_MS });

  test('the palette filters, moves with the arrows, goes to a screen and a scenario, and gives the focus back', async ({ page, webHost }) => {
    await openApp(page, webHost.url);
    const compareLink = page.getByRole('navigation').getByRole('link', { name: 'Compare', exact: true });
    await compareLink.focus();

    // Esc closes without going anywhere; the focus is back where it was.
    await search(page, 'x');
    await expect(palette(page)).toHaveAttribute('aria-modal', 'true');
    await expect(paletteInput(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(palette(page)).toHaveCount(0);
    await expect(compareLink).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();

    // Any case, inside a word; the first match is highlighted and named by aria-activedescendant.
    await search(page, 'SETT');
    await expect(palette(page).getByRole('option')).toHaveCount(1);
    await expect(activeOption(page)).toContainText('Settings');
    const activeId = await activeOption(page).getAttribute('id');
    await expect(paletteInput(page)).toHaveAttribute('aria-activedescendant', activeId ?? '');
    await expect(page.getByTestId('palette-status')).toContainText('1 match');
    await page.keyboard.press('Enter');
    await expect(palette(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();

    // Arrows move through the matches (and wrap); Enter on a scenario opens it in the editor.
    await search(page, 'replay');
    const options = palette(page).getByRole('option');
    await expect(options).toHaveCount(2);
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await expect(activeOption(page)).toContainText('Replay: March 2020 dash for cash');
    await expect(activeOption(page)).toContainText('Scenario');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
    await expect(page.getByTestId('scenario-title')).toHaveText('Replay: March 2020 dash for cash');
    await expect(page.locator('[data-testid="scenario-item"][data-scenario-id="replay-march-2020"]')).toHaveAttribute('aria-current', 'true');

    // Unsaved changes in the editor: opening another scenario from the palette asks first.
    await page.getByTestId('scenario-duplicate').click();
    await expect(page.getByTestId('scenario-save')).toBeVisible();
    await page.getByTestId('scenario-name').fill('My March');
    await search(page, 'gpu fire');
    await page.keyboard.press('Enter');
    const discard = page.getByTestId('palette-discard-dialog');
    await expect(discard).toContainText('“My March” has changes that are not saved.');
    await discard.getByRole('button', { name: 'Cancel' }).click();
    await expect(discard).toHaveCount(0);
    await expect(page.getByTestId('scenario-name')).toHaveValue('My March');
    await search(page, 'gpu fire');
    await page.keyboard.press('Enter');
    await page.getByTestId('palette-discard-dialog-confirm').click();
    await expect(page.getByTestId('scenario-title')).toHaveText('GPU collateral fire sale');

    // Nothing matches: the palette says so.
    await search(page, 'zzqx');
    await expect(palette(page).getByRole('option')).toHaveCount(0);
    await expect(page.getByTestId('palette-status')).toContainText('Nothing matches “zzqx”.');
    await page.keyboard.press('Control+K');
    await expect(palette(page)).toHaveCount(0);
  });

  test('? shows every shortcut, not while typing; Settings lists the same table', async ({ page, webHost }) => {
    await openApp(page, webHost.url);
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });

    // In a text field "?" is just typed.
    await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
    await expect(page.getByTestId('run-paths')).not.toHaveValue('');
    await page.getByTestId('run-paths').focus();
    await page.keyboard.press('?');
    await expect(help).toHaveCount(0);

    await page.getByRole('heading', { level: 1, name: 'Results' }).focus();
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    const rows = help.getByTestId('shortcut-row');
    // The web host has no File menu: Export PDF and Print are the desktop app's.
    await expect(rows).toHaveCount(8);
    await expect(rows.filter({ hasText: 'Open the command palette' })).toContainText('Ctrl+K');
    await expect(rows.filter({ hasText: 'Run the chosen scenario' })).toContainText('Ctrl+Enter');
    await expect(rows.filter({ hasText: 'Cancel the run under way' })).toContainText('Ctrl+. or Esc');
    await expect(rows.filter({ hasText: 'Import a CSV' })).toContainText('Ctrl+O');
    await expect(help.getByText('Print the report')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeFocused();

    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    const section = page.getByTestId('settings-shortcuts');
    await expect(section.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expect(section.getByTestId('shortcut-row')).toHaveCount(8);
    await expect(section.getByTestId('shortcut-row').first()).toContainText('Open the command palette');
  });

  test('Ctrl+Enter runs on Results, Ctrl+. and Esc cancel, and the palette opens a saved run there', async ({ page, webHost }) => {
    await openApp(page, webHost.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();

    // Two small runs, started with the shortcut from the paths field.
    await chooseRun(page, 'replay-march-2020', 2_000);
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('results-headline')).toBeVisible({ timeout: RUN_TIMEOUT_MS });
    await expect(page.getByTestId('saved-run-row')).toHaveCount(1);
    const firstRunId = await page.getByTestId('saved-run-row').first().getAttribute('data-run-id');
    await chooseRun(page, 'gpu-collateral-fire-sale', 2_000);
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('saved-run-row')).toHaveCount(2, { timeout: RUN_TIMEOUT_MS });
    await expect(page.getByTestId('results-headline')).toBeVisible({ timeout: RUN_TIMEOUT_MS });
    await expect(page.getByTestId('saved-run-row').first()).toHaveAttribute('aria-current', 'true');

    // From another screen, the palette opens the older run on Results.
    await page.getByRole('navigation').getByRole('link', { name: 'Portfolio', exact: true }).click();
    await search(page, 'march 2020 sample');
    await expect(palette(page).getByRole('option')).toHaveCount(1);
    await expect(activeOption(page)).toContainText('Saved run');
    await expect(activeOption(page)).toContainText('2,000 paths');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
    await expect(page.locator(`[data-testid="saved-run-row"][data-run-id="${firstRunId}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(page.getByTestId('results-headline')).toBeVisible();

    // A long run: Ctrl+Enter starts it from anywhere on the screen, Ctrl+. cancels it.
    await chooseRun(page, 'replay-march-2020', 2_000_000);
    await page.getByRole('heading', { level: 1, name: 'Results' }).focus();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('run-progress')).toBeVisible();
    await expect(page.getByTestId('run-cancel')).toHaveAttribute('aria-keyshortcuts', 'Control+. Escape');
    await page.keyboard.press('Control+.');
    await expect(page.getByTestId('run-cancelled')).toBeVisible({ timeout: 5_000 });
    await expect(page.getByTestId('run-progress')).toHaveCount(0);

    // Again, cancelled with Esc this time; Esc with nothing running does nothing.
    await expect(page.getByTestId('run-start')).toHaveAttribute('aria-keyshortcuts', 'Control+Enter');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('run-progress')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('run-cancelled')).toBeVisible({ timeout: 5_000 });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('run-cancelled')).toBeVisible();
    await expect(page.getByTestId('saved-run-row')).toHaveCount(2);
  });
});
