import type { Paper } from '../api/reports-api';

/** Page margins; the PDF printer uses the same ones, so its footer sits in the bottom margin. */
export const PAGE_MARGINS_MM = { top: 14, bottom: 16, left: 14, right: 14 } as const;

/**
 * The report's typeface: Latin first, then a CJK face that covers Simplified Chinese on every platform (Noto Sans CJK
 * on Linux, which `.ci/run` installs; PingFang on macOS; Microsoft YaHei on Windows), so no glyph prints as a box.
 */
export const REPORT_FONT_STACK = 'Helvetica,Arial,"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif';

const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The report's one stylesheet. Print: A4 or Letter portrait, a new page per major section, rows, charts and
 * blocks never split; with `cssFooter` the page numbers and the disclaimer come from @page margin boxes
 * (a browser's Print), otherwise the PDF printer draws them.
 */
export function reportStyles(paper: Paper, footer: { cssFooter: boolean; line: string; pageOf: (page: string, pages: string) => string }): string {
  const m = PAGE_MARGINS_MM;
  const size = paper === 'letter' ? 'letter portrait' : 'A4 portrait';
  const pageOf = footer.pageOf('" counter(page) "', '" counter(pages) "');
  const margins = footer.cssFooter
    ? `@bottom-left{content:${cssString(footer.line)};font:7.5pt ${REPORT_FONT_STACK};color:#5b6272;}@bottom-right{content:"${pageOf}";font:7.5pt ${REPORT_FONT_STACK};color:#5b6272;}`
    : '';
  return `
@page{size:${size};margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;${margins}}
*{box-sizing:border-box;}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact;}
body{margin:0;color:#1f2430;background:#fff;font:9pt/1.4 ${REPORT_FONT_STACK};}
.report{max-width:${paper === 'letter' ? 187.9 : 182}mm;margin:0 auto;}
@media screen{body{background:#e9ecf1;padding:16px 0;}.report{background:#fff;padding:14mm;box-shadow:0 1px 4px rgba(0,0,0,.15);max-width:${paper === 'letter' ? 215.9 : 210}mm;}section.major{border-top:2px solid #d0d5dd;margin-top:12mm;padding-top:6mm;}}
h1{font-size:24pt;margin:0 0 4mm;line-height:1.15;}
h2{font-size:15pt;margin:0 0 3mm;color:#1d4f91;break-after:avoid;page-break-after:avoid;}
h3{font-size:11pt;margin:5mm 0 2mm;break-after:avoid;page-break-after:avoid;}
p{margin:0 0 2.5mm;}
section.major{break-before:page;page-break-before:always;}
.block,.keep,.figure-head,.figure-pair,.figure-chart,svg,tr,dl .fact,li{break-inside:avoid;page-break-inside:avoid;}
.figure-head,figcaption{break-after:avoid;page-break-after:avoid;}
thead{display:table-header-group;}
tfoot{display:table-row-group;}
.kicker{text-transform:uppercase;letter-spacing:.12em;color:#5b6272;font-size:9pt;margin-top:18mm;}
.cover h1{font-size:30pt;}
.cover-portfolio{font-size:16pt;font-weight:bold;margin:0;}
.cover-scenario{font-size:13pt;color:#1d4f91;margin:1mm 0 8mm;}
.cover-exported{color:#5b6272;margin-top:6mm;}
.cover-reproduce{color:#5b6272;}
.disclaimer{margin-top:8mm;padding:3mm 4mm;border-left:3px solid #b8322a;background:#fbf1f0;font-size:8.5pt;}
.run-tag{color:#5b6272;font-weight:bold;margin:0 0 1mm;}
.intro{color:#3a4150;}
.note{color:#5b6272;font-style:italic;}
.narrative p{font-size:10.5pt;line-height:1.5;}
.mono{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:8pt;word-break:break-all;}
.sub{color:#5b6272;font-size:7.5pt;}
td .sub{display:block;}
.why{display:block;min-width:62mm;font-size:7.5pt;color:#3a4150;}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:1mm 6mm;margin:0 0 3mm;}
dl.facts .fact{display:contents;}
dl.facts dt{color:#5b6272;}
dl.facts dd{margin:0;}
dl.cover-facts{font-size:10pt;gap:1.8mm 8mm;}
table{border-collapse:collapse;width:100%;margin:0 0 3mm;font-variant-numeric:tabular-nums;}
caption{text-align:left;color:#5b6272;font-size:8pt;padding-bottom:1mm;caption-side:top;}
th,td{padding:1mm 1.5mm;border-bottom:0.3mm solid #dde1e8;text-align:left;vertical-align:top;}
th{font-size:8pt;color:#3a4150;border-bottom:0.4mm solid #9aa3ad;background:#f3f5f8;}
tfoot td{font-weight:bold;border-top:0.4mm solid #9aa3ad;}
.num{text-align:right;white-space:nowrap;}
table.compact th,table.compact td{padding:0.6mm 1.2mm;font-size:8pt;}
table.holdings th,table.holdings td{padding:0.7mm 1mm;font-size:7.5pt;}
table.headline td:first-child{color:#3a4150;}
.row-head{color:#5b6272;white-space:nowrap;}
.cover-table td{font-size:8.5pt;}
figure{margin:0 0 4mm;}
figcaption{color:#5b6272;font-size:8pt;margin-bottom:1.5mm;}
.figure-pair{display:grid;grid-template-columns:minmax(0,1.1fr) minmax(0,1fr);gap:5mm;align-items:start;}
.figure-stack .figure-chart{margin-bottom:2mm;}
.narrative-head{font-weight:bold;color:#1d4f91;margin-bottom:1mm;}
svg.chart{display:block;width:100%;height:auto;}
.pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.4fr);gap:5mm;align-items:start;}
.table-title{color:#5b6272;font-size:8pt;margin:2mm 0 1mm;}
ol.sources,ul.sources{margin:0 0 3mm;padding-left:5mm;font-size:8pt;}
ol.sources li,ul.sources li{margin-bottom:1mm;}
.sources-table td:last-child{font-size:7.5pt;color:#3a4150;}
`;
}
