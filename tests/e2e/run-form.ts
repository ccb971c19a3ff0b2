import { expect, type Page } from '@playwright/test';

/**
 * Types the number of paths into the Results form once the chosen scenario has loaded. The scenario's own paths
 * arrive with it and fill the field unless something was typed; typed in the same millisecond (as Playwright does,
 * select-all then insert), the text could land after the arriving default ("20000" + "5000"), so the value is checked
 * and typed again until it is the one wanted.
 */
export async function fillRunPaths(page: Page, paths: number): Promise<void> {
  await expect(page.getByTestId('run-scenario-description')).not.toBeEmpty();
  const field = page.getByTestId('run-paths');
  await expect(async () => {
    await field.fill(String(paths));
    await expect(field).toHaveValue(String(paths), { timeout: 200 });
  }).toPass({ timeout: 15_000 });
}
