import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { UserError } from '../../shared/api/dispatch';
import { t } from '../../shared/i18n/translate';
import { footerTemplate, PDF_MARGINS, type PdfPrinter } from './pdf-printer';

/** Where a Chromium may be, after $AFTERSHOCK_CHROMIUM and Playwright's own download. */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** $AFTERSHOCK_CHROMIUM, else Playwright's own Chromium when downloaded, else a system one; null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | null {
  if (env.AFTERSHOCK_CHROMIUM) return exists(env.AFTERSHOCK_CHROMIUM) ? env.AFTERSHOCK_CHROMIUM : null;
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright does not know this platform: try the system browsers.
  }
  if (bundled && exists(bundled)) return bundled;
  return SYSTEM_CHROMIUMS.find((path) => exists(path)) ?? null;
}

/** Quiet, offline, headless flags; no sandbox when running as root (containers, CI). */
export function chromiumArgs(isRoot = process.getuid?.() === 0): string[] {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
  return isRoot ? ['--no-sandbox', ...args] : args;
}

/**
 * The PDF printer of Node hosts (web host, CLI, tests): a headless Chromium per report, through playwright-core.
 * Without a Chromium it fails with a sentence saying how to get one.
 */
export function chromiumPrinter(options: { executablePath?: () => string | null } = {}): PdfPrinter {
  const locate = options.executablePath ?? (() => findChromium());
  return async (html, { paper, footerLine }) => {
    const executablePath = locate();
    if (!executablePath) throw new UserError('rejected', t('report.noChromium'));
    const browser = await chromium.launch({ executablePath, args: chromiumArgs(), timeout: 60_000 });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({
        format: paper === 'letter' ? 'Letter' : 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(footerLine),
        margin: PDF_MARGINS,
      });
      return new Uint8Array(pdf);
    } finally {
      await browser.close();
    }
  };
}
