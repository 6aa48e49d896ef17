import { z } from 'zod';
import { ZInstant } from '../common/scalars.js';
import type { TPatentStatus } from './patents.js';

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
    {
      field: 'legalStatus',
      zh: '法律状态',
      en: 'Legal status',
      required: false,
      hint: { zh: '审查中、有效（授权）、驳回、撤回、未缴年费终止、无效或期限届满；空为不变', en: 'pending, granted, rejected, withdrawn, lapsed, invalidated or expired; blank leaves it as is' },
    },
    { field: 'legalStatusDate', zh: '法律状态日期', en: 'Legal status date', required: false, hint: { zh: '该法律状态生效的日期，YYYY-MM-DD；填写法律状态（审查中除外）时必填', en: 'The date the status took effect, YYYY-MM-DD; needed with any status but pending' } },
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

/**
 * The words an office export uses for a patent's legal status 法律状态 (CNIPA's and the common
 * commercial databases' wording), mapped to the status it means. An import records a status that
 * differs from the one on record as a dated status event, the same as a status action.
 */
const LEGAL_STATUS_WORDS: Record<TPatentStatus, readonly string[]> = {
  pending: ['pending', '审查中', '在审', '实审', '实质审查', '实质审查的生效', '公开', '待审'],
  granted: ['granted', '有效', '授权', '已授权', '有权', '专利权维持', '有效（已授权）', '有效(已授权)'],
  rejected: ['rejected', '驳回', '已驳回', '申请驳回'],
  withdrawn: ['withdrawn', '撤回', '视为撤回', '主动撤回', '放弃', '专利权放弃', '撤回/放弃'],
  lapsed: ['lapsed', '未缴年费终止', '未缴年费专利权终止', '年费终止', '专利权终止'],
  invalidated: ['invalidated', '无效', '宣告无效', '全部无效', '专利权全部无效'],
  expired: ['expired', '期限届满', '届满终止', '专利权届满终止'],
};

const LEGAL_STATUS_BY_WORD = new Map(
  (Object.entries(LEGAL_STATUS_WORDS) as [TPatentStatus, readonly string[]][]).flatMap(([status, words]) => words.map((word) => [word.replace(/\s/g, '').toLowerCase(), status] as const)),
);

/** The status a legal-status cell names (spaces and case ignored), or null when it names none. */
export function parseLegalStatus(text: string): TPatentStatus | null {
  return LEGAL_STATUS_BY_WORD.get(text.replace(/\s/g, '').toLowerCase()) ?? null;
}

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
