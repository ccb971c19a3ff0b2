import { UserError } from '../../shared/api/dispatch';
import { t } from '../../shared/i18n/translate';
import { chromiumArgs, findChromium, SYSTEM_CHROMIUMS } from './chromium-locator.js';
import { footerTemplate, PDF_MARGINS, type PdfPrinter } from './pdf-printer';

export { chromiumArgs, findChromium, SYSTEM_CHROMIUMS };

/**
 * The PDF printer of Node hosts (web host, CLI, tests): a headless Chromium per report, through playwright-core.
 * Without a Chromium it fails with a sentence saying how to get one. playwright-core is loaded when a report is first
 * printed, not at start-up (it costs every CLI command about 0.25 s and 90 MB otherwise).
 */
export function chromiumPrinter(options: { executablePath?: () => string | null } = {}): PdfPrinter {
  const locate = options.executablePath ?? (() => findChromium());
  return async (html, { paper, footerLine }) => {
    const executablePath = locate();
    if (!executablePath) throw new UserError('rejected', t('report.noChromium'));
    const { chromium } = await import('playwright-core');
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
