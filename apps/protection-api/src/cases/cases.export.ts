import { CASE_DOCUMENT_KIND_LABELS, CASE_KIND_LABELS, CASE_OUTCOME_LABELS, CASE_SOURCE_LABELS, CASE_STATUS_LABELS, type TCase, type TCaseDocument } from '@ipbureau/domain/protection';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

export const CASES_EXPORT: XlsxExportOptions<TCase> = {
  name: { zh: '执法案件', en: 'Enforcement cases' },
  columns: [
    { key: 'caseNumber', header: { zh: '案件编号', en: 'Case number' }, width: 22 },
    { key: 'title', header: { zh: '案由', en: 'Title' }, width: 36 },
    { key: 'kind', header: { zh: '案件类型', en: 'Kind' }, labels: CASE_KIND_LABELS },
    { key: 'source', header: { zh: '案件来源', en: 'Source' }, labels: CASE_SOURCE_LABELS },
    { key: 'district', header: { zh: '区县', en: 'District' }, kind: 'district' },
    { key: 'registeredDate', header: { zh: '立案日期', en: 'Registered' }, kind: 'date' },
    { key: 'status', header: { zh: '状态', en: 'Status' }, labels: CASE_STATUS_LABELS },
    { key: 'statusDate', header: { zh: '状态日期', en: 'Status date' }, kind: 'date' },
    { key: 'deadline.due', header: { zh: '办理期限', en: 'Deadline' }, kind: 'date' },
    { key: 'deadline.overdue', header: { zh: '已超期', en: 'Overdue' }, kind: 'boolean' },
    { key: 'outcome', header: { zh: '处理结果', en: 'Outcome' }, labels: CASE_OUTCOME_LABELS },
    { key: 'decisionNumber', header: { zh: '决定书文号', en: 'Decision number' } },
    { key: 'fineAmount', header: { zh: '罚款（元）', en: 'Fine (CNY)' }, kind: 'money' },
    { key: 'confiscationAmount', header: { zh: '没收（元）', en: 'Confiscation (CNY)' }, kind: 'money' },
    { key: 'transferredTo.name', header: { zh: '移送机关', en: 'Transferred to' } },
    // Masked for a natural person exactly as the list masks it for the caller.
    { key: 'partyNames', header: { zh: '当事人', en: 'Parties' }, width: 36 },
  ],
};

/** The case's documents register as an XLSX sheet (`GET /cases/:id/documents?format=xlsx`), voided entries marked. */
export const CASE_DOCUMENTS_EXPORT: XlsxExportOptions<TCaseDocument> = {
  name: { zh: '案卷文书', en: 'Case documents' },
  columns: [
    { key: 'kind', header: { zh: '文书种类', en: 'Kind' }, labels: CASE_DOCUMENT_KIND_LABELS },
    { key: 'documentNumber', header: { zh: '文号', en: 'Number' }, width: 24 },
    { key: 'title', header: { zh: '标题', en: 'Title' }, width: 36 },
    { key: 'dated', header: { zh: '文书日期', en: 'Dated' }, kind: 'date' },
    { key: 'recordedBy.name', header: { zh: '登记人', en: 'Recorded by' } },
    { key: 'voided.reason', header: { zh: '作废原因', en: 'Void reason' }, width: 30 },
  ],
};
