import { ADJUDICATION_KIND_LABELS, ADJUDICATION_STATUS_LABELS, type TAdjudicationRequest } from '@ipbureau/domain/protection';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** Adjudication and mediation requests as an XLSX sheet (`GET /adjudication-requests?format=xlsx`). */
export const ADJUDICATION_EXPORT: XlsxExportOptions<TAdjudicationRequest> = {
  name: { 'zh-CN': '行政裁决与调解', en: 'Adjudication and mediation' },
  columns: [
    { key: 'requestNumber', header: { 'zh-CN': '编号', en: 'Number' }, width: 20 },
    { key: 'kind', header: { 'zh-CN': '类型', en: 'Kind' }, labels: ADJUDICATION_KIND_LABELS },
    { key: 'subject', header: { 'zh-CN': '事项', en: 'Subject' }, width: 30 },
    { key: 'patentNumber', header: { 'zh-CN': '涉案专利号', en: 'Patent' } },
    { key: 'applicant.name', header: { 'zh-CN': '请求人', en: 'Applicant' }, width: 24 },
    { key: 'respondent.name', header: { 'zh-CN': '被请求人', en: 'Respondent' }, width: 24 },
    { key: 'district', header: { 'zh-CN': '区县', en: 'District' }, kind: 'district' },
    { key: 'receivedDate', header: { 'zh-CN': '收到日期', en: 'Received on' }, kind: 'date' },
    { key: 'acceptedDate', header: { 'zh-CN': '受理日期', en: 'Accepted on' }, kind: 'date' },
    { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, labels: ADJUDICATION_STATUS_LABELS },
    { key: 'statusDate', header: { 'zh-CN': '状态日期', en: 'Status date' }, kind: 'date' },
    { key: 'deadline.due', header: { 'zh-CN': '期限', en: 'Due' }, kind: 'date' },
  ],
};
