/**
 * The README's screenshots (not a test): `npm run screenshots [-- --only results|stress]`. Builds nothing: run
 * `npm run build` first. Starts the web host on a fresh data folder, runs the default scenario on the sample book and
 * photographs the screens in both themes (and Chinese), into docs/screenshots/. Look at every PNG it writes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../e2e/browser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = (name: string) => join(root, 'docs', 'screenshots', `${name}.png`);
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

async function startHost(dataDir: string): Promise<{ url: string; stop: () => void }> {
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
  return { url, stop: () => process.kill(-child.pid!, 'SIGTERM') };
}

async function gotoScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link').nth(['Portfolio', 'Scenarios', 'Results', 'Compare', 'Report', 'Settings'].indexOf(name)).click();
  await page.waitForTimeout(800);
}

/** A panel, and what follows it up to `height` pixels, as one picture. */
async function shoot(page: Page, selector: string, name: string, height = 900): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no ${selector} on the page`);
  await page.screenshot({ path: out(name), clip: { x: 0, y: Math.max(0, box.y - 12), width: 1440, height } });
  console.log(`wrote ${out(name)}`);
}

/**
 * The reverse stress test, the hedges and the what-if compared: ask for a 30 % loss, save it, run it with 2,000 paths,
 * find hedges, apply the top one as a what-if and compare the two runs. English into docs/, Chinese beside (`dir`).
 */
async function stressShots(page: Page, suffix: string, dir: string): Promise<void> {
  const file = (name: string) => join(dir, `${name}-${suffix}.png`);
  await gotoScreen(page, 'Scenarios');
  await page.getByTestId('scenarios-tab-reverse').click();
  await page.getByTestId('reverse-target').fill('30');
  await page.getByTestId('reverse-solve').click();
  await page.getByTestId('reverse-result').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1200);
  await shootTo(page, '[data-testid="screen-scenarios"]', file('reverse'), 1380);
  await page.getByTestId('reverse-save').click();
  await page.getByTestId('reverse-saved').waitFor();
  const scenarioName = (await page.getByTestId('reverse-saved').innerText()).match(/[“"](.+?)[”"]/)?.[1] ?? '';
  await gotoScreen(page, 'Results');
  await page.getByTestId('run-scenario').selectOption({ label: scenarioName });
  await page.getByTestId('run-paths').fill('2000');
  await page.getByTestId('run-start').click();
  await page.locator(`[data-testid="results-subject"]:has-text("${scenarioName}")`).waitFor({ timeout: 180_000 });
  await page.getByTestId('hedge-find').click();
  await page.getByTestId('hedge-table').waitFor({ timeout: 300_000 });
  await page.getByTestId('hedge-apply').first().click();
  await page.getByTestId('what-if-card').waitFor();
  // The click scrolled the table to its button; show it from its first column.
  await page.getByTestId('hedge-table').evaluate((table) => table.parentElement?.scrollTo(0, 0));
  await page.waitForTimeout(600);
  await shootTo(page, '[data-testid="hedges-panel"]', file('hedges'), 760);
  await page.getByTestId('what-if-run-compare').click();
  await page.getByTestId('compare-results').waitFor({ timeout: 180_000 });
  await page.waitForTimeout(1500);
  await shootTo(page, '[data-testid="compare-results"]', file('what-if-compare'), 1250);
}

async function shootTo(page: Page, selector: string, path: string, height: number): Promise<void> {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no ${selector} on the page`);
  await page.screenshot({ path, clip: { x: 0, y: Math.max(0, box.y - 12), width: 1440, height }, fullPage: true });
  console.log(`wrote ${path}`);
}

const dataDir = mkdtempSync(join(tmpdir(), 'aftershock-shots-'));
const host = await startHost(dataDir);
const executablePath = findChromium() ?? undefined;
/** The Chinese pictures of the stress screens are for looking at, not for the README. */
const zhStressDir = mkdtempSync(join(tmpdir(), 'aftershock-shots-zh-'));
const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
try {
  for (const [theme, language] of only === 'stress' ? [] : ([['light', 'en'], ['dark', 'en'], ['light', 'zh-CN']] as const)) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 4600 }, colorScheme: theme, locale: language === 'en' ? 'en-US' : 'zh-CN' });
    await page.goto(host.url);
    await page.getByTestId('holding-row').first().waitFor();
    const suffix = language === 'en' ? theme : 'zh';
    if (language !== 'en') {
      await gotoScreen(page, 'Settings');
      await page.getByTestId('settings-language').selectOption(language);
      await page.waitForTimeout(500);
      await gotoScreen(page, 'Portfolio');
    }
    if (!only || only === 'portfolio') await page.screenshot({ path: out(`portfolio-${suffix}`), clip: { x: 0, y: 0, width: 1440, height: 1000 } });
    await gotoScreen(page, 'Results');
    if (theme === 'light' && language === 'en') {
      await page.getByTestId('run-paths').fill('20000');
      await page.getByTestId('run-start').click();
    }
    await page.getByTestId('run-results').waitFor({ timeout: 180_000 });
    await page.waitForTimeout(1500);
    if (!only || only === 'results') {
      await page.screenshot({ path: out(`results-${suffix}`), clip: { x: 0, y: 0, width: 1440, height: 1000 } });
      await shoot(page, '[data-testid="attribution-choice"]', `results-phase-one-${suffix}`, 980);
      await shoot(page, 'section.holding-loss-panel', `results-why-${suffix}`, 1180);
    }
    if (!only || only === 'report') {
      await gotoScreen(page, 'Report');
      await page.waitForTimeout(2500);
      await page.screenshot({ path: out(`report-${suffix}`), clip: { x: 0, y: 0, width: 1440, height: 1000 } });
    }
    await page.close();
  }
  // Last, so the runs they make are not the newest saved run the screens above open.
  for (const language of !only || only === 'stress' ? (['en', 'zh-CN'] as const) : []) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 4600 }, colorScheme: 'light', locale: language === 'en' ? 'en-US' : 'zh-CN' });
    await page.goto(host.url);
    await page.getByTestId('holding-row').first().waitFor();
    // Always chosen: the language is saved, and the Chinese pictures above leave it at zh-CN.
    await gotoScreen(page, 'Settings');
    await page.getByTestId('settings-language').selectOption(language);
    await page.waitForTimeout(500);
    await stressShots(page, language === 'en' ? 'light' : 'zh', language === 'en' ? join(root, 'docs', 'screenshots') : zhStressDir);
    await page.close();
  }
} finally {
  await browser.close();
  host.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
