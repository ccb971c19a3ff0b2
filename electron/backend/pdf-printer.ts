import type { Paper } from '../../shared/api/reports-api';
import { pageOf } from '../../shared/report/build-report-html';
import { PAGE_MARGINS_MM, REPORT_FONT_STACK } from '../../shared/report/report-styles';

/**
 * The port a host gives the back end to print a report: self-contained HTML in, PDF bytes out, with the page
 * numbers and `footerLine` at the foot of every page. Chromium through playwright-core in Node hosts,
 * webContents.printToPDF in the desktop app.
 */
export type PdfPrinter = (html: string, options: { paper: Paper; footerLine: string }) => Promise<Uint8Array>;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The footer template both printers use: the disclaimer on the left, “Page n of N” on the right.
 * Chromium fills the pageNumber / totalPages spans; the template needs its own font size (the default is tiny).
 */
export function footerTemplate(footerLine: string): string {
  const pages = pageOf('<span class="pageNumber"></span>', '<span class="totalPages"></span>');
  return (
    `<div style="box-sizing:border-box;width:100%;padding:0 ${PAGE_MARGINS_MM.right}mm 0 ${PAGE_MARGINS_MM.left}mm;font:7.5px ${REPORT_FONT_STACK.replace(/"/g, "'")};color:#5b6272;display:flex;justify-content:space-between;gap:8mm;">` +
    `<span>${escape(footerLine)}</span><span style="white-space:nowrap">${pages}</span></div>`
  );
}

/** The page margins in CSS units, for the printers' margin options. */
export const PDF_MARGINS = {
  top: `${PAGE_MARGINS_MM.top}mm`,
  bottom: `${PAGE_MARGINS_MM.bottom}mm`,
  left: `${PAGE_MARGINS_MM.left}mm`,
  right: `${PAGE_MARGINS_MM.right}mm`,
} as const;
