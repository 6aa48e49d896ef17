/** A Chinese font stack that exists on Linux (Noto, WenQuanYi) and Windows (YaHei) print hosts. */
export const REPORT_FONT_STACK = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';

/**
 * Print rules of the evaluation report: A4 with margins, the app's shell and the toolbar
 * hidden, sections and table rows kept whole across pages, the charts starting a new page.
 */
export const REPORT_PRINT_CSS = `
.plan-report { font-family: ${REPORT_FONT_STACK}; color: #000; max-width: 210mm; margin: 0 auto; background: #fff; padding: 16px 24px; }
.plan-report h1 { font-size: 22px; text-align: center; margin: 8px 0 4px; }
.plan-report h2 { font-size: 16px; margin: 20px 0 8px; break-after: avoid; page-break-after: avoid; }
.plan-report .report-meta { text-align: center; color: #555; font-size: 12px; margin-bottom: 12px; }
.plan-report table.report-table { width: 100%; border-collapse: collapse; font-size: 12px; }
.plan-report table.report-table th, .plan-report table.report-table td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; }
.plan-report table.report-table th { background: #f0f0f0; }
.plan-report table.report-table td.num { text-align: right; white-space: nowrap; }
.plan-report table.report-table tr { break-inside: avoid; page-break-inside: avoid; }
.plan-report .report-chart { break-inside: avoid; page-break-inside: avoid; margin-bottom: 12px; }
.plan-report .report-task { break-inside: avoid; page-break-inside: avoid; border-bottom: 1px solid #eee; padding: 6px 0; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  .ant-layout-sider, .ant-layout-header, .ant-alert-banner, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content { padding: 0 !important; margin: 0 !important; background: #fff !important; }
  .plan-report { max-width: none; padding: 0; }
  .plan-report .report-charts { break-before: page; page-break-before: always; }
  .plan-report .report-tasks { break-before: page; page-break-before: always; }
}
`;
