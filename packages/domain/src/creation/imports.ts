import { z } from 'zod';
import { ZInstant } from '../common/scalars.js';

/**
 * Bulk import 批量导入 of patents and trademarks from an office's CSV or XLSX export. A file is
 * checked when uploaded (its format and its header row) and then processed in the background as
 * a job in batches: each row is validated on its own, a good row is inserted or updated by its
 * natural key (application number, registration number), a bad row is reported with its row
 * number, column and reason, and the good rows are imported all the same. Importing the same file
 * again changes nothing: its rows come back as unchanged.
 */
export const IMPORT_KINDS = ['patents', 'trademarks'] as const;
export const ZImportKind = z.enum(IMPORT_KINDS);
export type TImportKind = z.infer<typeof ZImportKind>;

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export const ZImportFormat = z.enum(IMPORT_FORMATS);
export type TImportFormat = z.infer<typeof ZImportFormat>;

/** queued: uploaded, not yet started; running: batches being applied; completed; failed: stopped by an unexpected error (the rows of finished batches stay imported). */
export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export const ZImportStatus = z.enum(IMPORT_STATUSES);
export type TImportStatus = z.infer<typeof ZImportStatus>;

export const IMPORT_STATUS_LABELS: Record<TImportStatus, { zh: string; en: string }> = {
  queued: { zh: '排队中', en: 'Queued' },
  running: { zh: '导入中', en: 'Importing' },
  completed: { zh: '已完成', en: 'Completed' },
  failed: { zh: '失败', en: 'Failed' },
};

/** A column of an import file: the field it fills and the headers it is recognised by. */
export interface TImportColumn {
  field: string;
  zh: string;
  en: string;
  required: boolean;
  hint: { zh: string; en: string };
}

/** The columns an office export uses, in template order; a header may be given in Chinese, English or as the field name. */
export const IMPORT_COLUMNS: Record<TImportKind, readonly TImportColumn[]> = {
  patents: [
    { field: 'applicationNumber', zh: '申请号', en: 'Application number', required: true, hint: { zh: '如 201710601862.3', en: 'e.g. 201710601862.3' } },
    { field: 'title', zh: '发明名称', en: 'Title', required: true, hint: { zh: '', en: '' } },
    { field: 'applicantName', zh: '申请人', en: 'Applicant', required: true, hint: { zh: '第一申请人', en: 'First applicant' } },
    { field: 'applicantCreditCode', zh: '申请人统一社会信用代码', en: 'Applicant credit code', required: false, hint: { zh: '', en: '' } },
    { field: 'district', zh: '区县', en: 'District', required: true, hint: { zh: '区县代码或名称，如 440507 或 龙湖区', en: 'Code or name, e.g. 440507 or 龙湖区' } },
    { field: 'filingDate', zh: '申请日', en: 'Filing date', required: true, hint: { zh: 'YYYY-MM-DD', en: 'YYYY-MM-DD' } },
    { field: 'ipcSymbols', zh: 'IPC分类号', en: 'IPC symbols', required: false, hint: { zh: '多个用分号分隔', en: 'Separate several with ;' } },
    { field: 'agencyCreditCode', zh: '代理机构统一社会信用代码', en: 'Agency credit code', required: false, hint: { zh: '', en: '' } },
    { field: 'agentLicenceNumber', zh: '代理师执业证号', en: 'Agent licence number', required: false, hint: { zh: '', en: '' } },
  ],
  trademarks: [
    { field: 'registrationNumber', zh: '注册号', en: 'Registration number', required: true, hint: { zh: '', en: '' } },
    { field: 'niceClasses', zh: '国际分类', en: 'Nice classes', required: true, hint: { zh: '1–45，多个用分号分隔', en: '1–45, separate several with ;' } },
    { field: 'holderName', zh: '注册人', en: 'Holder', required: true, hint: { zh: '', en: '' } },
    { field: 'holderCreditCode', zh: '注册人统一社会信用代码', en: 'Holder credit code', required: false, hint: { zh: '', en: '' } },
    { field: 'district', zh: '区县', en: 'District', required: true, hint: { zh: '区县代码或名称', en: 'Code or name' } },
    { field: 'kind', zh: '商标类型', en: 'Kind', required: true, hint: { zh: '普通商标、集体商标、证明商标或马德里商标', en: 'ordinary, collective, certification or madrid' } },
    { field: 'registrationDate', zh: '注册日', en: 'Registration date', required: true, hint: { zh: 'YYYY-MM-DD', en: 'YYYY-MM-DD' } },
    { field: 'wellKnown', zh: '驰名商标', en: 'Well-known', required: false, hint: { zh: '是/否，空为否', en: 'yes/no, blank is no' } },
  ],
};

export const ZImportJob = z.object({
  id: z.uuid(),
  kind: ZImportKind,
  fileName: z.string(),
  format: ZImportFormat,
  status: ZImportStatus,
  totalRows: z.int().nullable().describe('Data rows in the file (the header not counted); null until counted'),
  processedRows: z.int().describe('Rows done so far: processedRows = inserted + updated + unchanged + rejected'),
  inserted: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  rejected: z.int().describe('Rows not imported; each has at least one entry in the error report'),
  errorCount: z.int().describe('Entries in the error report (a row may have several)'),
  failure: z.string().nullable().describe('Why a failed job stopped'),
  createdAt: ZInstant,
  createdBy: z.uuid(),
  finishedAt: ZInstant.nullable(),
});
export type TImportJob = z.infer<typeof ZImportJob>;

export const ZImportKindParams = z.strictObject({ kind: ZImportKind });
export const ZImportFileQuery = z.strictObject({ format: ZImportFormat.default('xlsx').describe('csv (UTF-8 with BOM) or xlsx') });
export type TImportFileQuery = z.infer<typeof ZImportFileQuery>;

export const ZImportListQuery = z.strictObject({ kind: ZImportKind.optional() });
export type TImportListQuery = z.infer<typeof ZImportListQuery>;

/** One entry of the error report: the file's row number (the header is row 1), the column's header, the reason in both languages. */
export const ZImportRowError = z.object({ row: z.int(), column: z.string(), messageZh: z.string(), messageEn: z.string() });
export type TImportRowError = z.infer<typeof ZImportRowError>;
