import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './e2e/browser.js';

const executablePath = findChromium() ?? undefined;

/** e2e: the web host in a real child process driven by headless Chromium, and the desktop app (electron*.spec.ts). */
export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: '../.tmp/e2e-results.json' }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    headless: true,
    browserName: 'chromium',
    launchOptions: { executablePath, args: chromiumArgs() },
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
