import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, type TImportFormat, type TImportKind, type TImportRowError } from '@ipbureau/domain/creation';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

const KIND_ZH: Record<TImportKind, string> = { patents: '专利', trademarks: '商标' };

/** A CSV field, quoted; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
function csvField(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** UTF-8 with a byte-order mark, so that Excel on a Chinese Windows opens it as UTF-8. */
function csv(rows: (string | number)[][]): Buffer {
  return Buffer.from(`\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** The empty file an officer fills in: the Chinese headers (English and field names are read too), every cell text so numbers stay as typed. */
export async function templateFile(kind: TImportKind, format: TImportFormat): Promise<{ buffer: Buffer; filename: string; type: string }> {
  const columns = IMPORT_COLUMNS[kind];
  const filename = `${kind}-import-template.${format}`;
  if (format === 'csv') return { buffer: csv([columns.map((c) => c.zh)]), filename, type: CSV_TYPE };
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(`${KIND_ZH[kind]}导入`);
  sheet.columns = columns.map((c) => ({ header: c.zh, key: c.field, width: Math.max(14, c.zh.length * 2 + 4), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  const notes = wb.addWorksheet('填写说明 Notes');
  notes.columns = [
    { header: '列 Column', width: 28 },
    { header: 'English', width: 24 },
    { header: '必填 Required', width: 14 },
    { header: '说明', width: 36 },
    { header: 'Notes', width: 36 },
  ];
  for (const c of columns) notes.addRow([c.zh, c.en, c.required ? '是 yes' : '否 no', c.hint.zh, c.hint.en]);
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), filename, type: XLSX_TYPE };
}

const REPORT_HEADER = ['行号 Row', '列 Column', '错误原因', 'Reason'];

/** The error report: one line per problem, in row order, reasons in both languages. */
export async function errorReportFile(jobId: string, errors: TImportRowError[], format: TImportFormat): Promise<{ buffer: Buffer; filename: string; type: string }> {
  const filename = `import-${jobId.slice(0, 8)}-errors.${format}`;
  const rows = errors.map((e) => [e.row, e.column, e.messageZh, e.messageEn]);
  if (format === 'csv') return { buffer: csv([REPORT_HEADER, ...rows]), filename, type: CSV_TYPE };
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('错误报告 Errors');
  sheet.columns = [{ width: 10 }, { width: 24 }, { width: 50 }, { width: 50 }];
  sheet.addRow(REPORT_HEADER).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), filename, type: XLSX_TYPE };
}
