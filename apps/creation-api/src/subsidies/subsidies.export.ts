import { PATENT_TYPE_LABELS } from '@ipbureau/domain';
import { SUBSIDY_KIND_LABELS, SUBSIDY_STATUS_LABELS, type TSubsidyApplication } from '@ipbureau/domain/creation';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

export const SUBSIDIES_EXPORT: XlsxExportOptions<TSubsidyApplication> = {
  name: { zh: '专利资助', en: 'Patent subsidies' },
  columns: [
    { key: 'entityName', header: { zh: '申请单位', en: 'Applicant' }, width: 30 },
    { key: 'creditCode', header: { zh: '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'applicationNumber', header: { zh: '专利申请号', en: 'Patent application number' }, width: 20 },
    { key: 'patentType', header: { zh: '专利类型', en: 'Patent type' }, labels: PATENT_TYPE_LABELS },
    { key: 'kind', header: { zh: '资助类别', en: 'Kind' }, labels: SUBSIDY_KIND_LABELS },
    { key: 'applicationDate', header: { zh: '申请日期', en: 'Application date' }, kind: 'date' },
    { key: 'amount', header: { zh: '资助金额（元）', en: 'Amount (CNY)' }, kind: 'money' },
    { key: 'status', header: { zh: '状态', en: 'Status' }, labels: SUBSIDY_STATUS_LABELS },
    { key: 'paidOn', header: { zh: '拨付日期', en: 'Paid on' }, kind: 'date' },
    { key: 'voucherNumber', header: { zh: '凭证号', en: 'Voucher number' } },
    { key: 'district', header: { zh: '区县', en: 'District' }, kind: 'district' },
  ],
};
