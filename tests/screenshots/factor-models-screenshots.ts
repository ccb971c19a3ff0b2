/**
 * Screenshots of Settings › Factor models (not a test): `npx tsx tests/screenshots/factor-models-screenshots.ts [OUT_DIR]`
 * after `npx electron-vite build`. Starts the web host on a fresh data folder, imports the SYNTHETIC example history,
 * maps its GPU column, saves the model, and photographs the section and the Results run panel in English and Chinese
 * (default OUT_DIR: .tmp/screenshots). Look at every PNG it writes.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../e2e/browser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = process.argv[2] ?? join(root, '.tmp', 'screenshots');
mkdirSync(outDir, { recursive: true });
const example = join(root, 'resources/examples/synthetic-price-history.csv');

const dataDir = mkdtempSync(join(tmpdir(), 'aftershock-fit-shots-'));
const child = spawn('npx', ['tsx', 'electron/web/index.ts', '--port', '0', '--data-dir', dataDir], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve, reject) => {
  let buf = '';
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    const m = buf.match(/http:\/\/\S+/);
    if (m) resolve(m[0]);
  });
  child.once('exit', (code) => reject(new Error(`web host exited (${code})`)));
});
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs() });
try {
  for (const language of ['en', 'zh-CN'] as const) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 2600 }, locale: language === 'en' ? 'en-US' : 'zh-CN' });
    await page.goto(url);
    await page.getByTestId('holding-row').first().waitFor();
    await page.goto(url.replace(/#.*$/, '') + '#/settings');
    await page.getByTestId('settings-language').selectOption(language);
    const section = page.getByTestId('factor-models');
    await page.getByTestId('fit-file').setInputFiles(example);
    await page.getByTestId('fit-result').waitFor();
    await section.locator('tr[data-column="GPU rent index"] select').selectOption('GPU_RENT');
    await page.locator('[data-testid="fit-vols"] tr[data-factor="GPU_RENT"] td').nth(1).filter({ hasNotText: '—' }).waitFor();
    if (language === 'en') {
      await page.getByTestId('fit-save').click();
      await page.getByTestId('fit-save-dialog-input').fill('Synthetic example');
      await page.getByTestId('fit-save-dialog-confirm').click();
      await page.getByTestId('fit-note').waitFor();
    }
    await page.waitForTimeout(500);
    const suffix = language === 'en' ? 'en' : 'zh';
    await section.screenshot({ path: join(outDir, `factor-models-${suffix}.png`) });
    await page.goto(url.replace(/#.*$/, '') + '#/results');
    await page.getByTestId('run-model').locator('option', { hasText: 'Synthetic example' }).waitFor({ state: 'attached' });
    await page.getByTestId('run-model').selectOption({ label: 'Synthetic example' });
    await page.locator('.results-top').screenshot({ path: join(outDir, `run-panel-model-${suffix}.png`) });
    console.log(`wrote ${outDir}/factor-models-${suffix}.png and run-panel-model-${suffix}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  process.kill(-child.pid!, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
