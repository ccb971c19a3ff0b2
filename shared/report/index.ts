export { buildReportHtml, footerLine, pageOf, type ReportInput } from './build-report-html';
export { PAGE_MARGINS_MM } from './report-styles';
