import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGE_MARGINS_MM } from '../../shared/report/report-styles';
import { footerTemplate, type PdfPrinter } from '../backend/pdf-printer';
import type { WindowClass } from './main-window';
import { printWindowOptions } from './window-options';

/** Chromium refuses URLs over 2 MB; a larger report is loaded from a temporary file instead. */
const MAX_DATA_URL = 1_500_000;
const inches = (mm: number) => mm / 25.4;

/**
 * The desktop app's PDF printer: the report in a hidden window (the app's secure preferences, no preload,
 * no JavaScript — the report has none), printed by webContents.printToPDF with the page footer.
 */
export function electronPrinter(Window: WindowClass): PdfPrinter {
  return async (html, { paper, footerLine }) => {
    const window = new Window(printWindowOptions());
    let tempDir: string | null = null;
    try {
      const encoded = Buffer.from(html, 'utf8').toString('base64');
      if (encoded.length <= MAX_DATA_URL) await window.loadURL(`data:text/html;charset=utf-8;base64,${encoded}`);
      else {
        tempDir = mkdtempSync(join(tmpdir(), 'aftershock-report-'));
        const file = join(tempDir, 'report.html');
        writeFileSync(file, html);
        await window.loadFile(file);
      }
      const pdf = await window.webContents.printToPDF({
        pageSize: paper === 'letter' ? 'Letter' : 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(footerLine),
        margins: {
          top: inches(PAGE_MARGINS_MM.top),
          bottom: inches(PAGE_MARGINS_MM.bottom),
          left: inches(PAGE_MARGINS_MM.left),
          right: inches(PAGE_MARGINS_MM.right),
        },
      });
      return new Uint8Array(pdf);
    } finally {
      window.destroy();
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    }
  };
}
