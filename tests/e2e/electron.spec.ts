import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();

test.describe('the desktop app', () => {
  test.skip('skip' in binary, 'skip' in binary ? binary.skip : '');
  if ('skip' in binary) console.log(`[electron e2e] skipped: ${binary.skip}`);

  test('opens the sample book in a secure window', async () => {
    if (!('path' in binary)) return;
    const dataDir = mkdtempSync(join(tmpdir(), 'aftershock-electron-'));
    const args = ['.', '--data-dir', dataDir, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
    const app = await electron.launch({ executablePath: binary.path, args });
    try {
      const page = await app.firstWindow();
      await expect(page.getByTestId('portfolio-total')).toHaveText('$238,600.33');
      // Isolation as the page sees it: no Node, no require, only the bridge.
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      const exposed = await page.evaluate(() => Object.keys((window as unknown as { aftershock: { calls: object } }).aftershock.calls));
      expect(exposed).toContain('portfolios.get');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
