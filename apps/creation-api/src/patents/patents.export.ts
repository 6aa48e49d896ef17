import { PATENT_TYPE_LABELS } from '@ipbureau/domain';
import { PATENT_STATUS_LABELS, type TPatent } from '@ipbureau/domain/creation';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** The patent list as officers file it: one row per patent, in the list's filter and order. */
export const PATENTS_EXPORT: XlsxExportOptions<TPatent> = {
  name: { zh: '专利', en: 'Patents' },
  columns: [
    { key: 'applicationNumber', header: { zh: '申请号', en: 'Application number' }, width: 20 },
    { key: 'patentType', header: { zh: '专利类型', en: 'Type' }, labels: PATENT_TYPE_LABELS },
    { key: 'title', header: { zh: '名称', en: 'Title' }, width: 40 },
    { key: 'applicantName', header: { zh: '申请人', en: 'Applicant' }, width: 30 },
    { key: 'applicantCreditCode', header: { zh: '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'district', header: { zh: '区县', en: 'District' }, kind: 'district' },
    { key: 'filingDate', header: { zh: '申请日', en: 'Filing date' }, kind: 'date' },
    { key: 'grantDate', header: { zh: '授权公告日', en: 'Grant date' }, kind: 'date' },
    { key: 'status', header: { zh: '法律状态', en: 'Legal status' }, labels: PATENT_STATUS_LABELS },
    { key: 'ipcSymbols', header: { zh: 'IPC 分类号', en: 'IPC symbols' }, width: 24 },
    { key: 'annualFeePaidUntil', header: { zh: '年费缴至', en: 'Annual fees paid until' }, kind: 'date' },
    { key: 'agencyCreditCode', header: { zh: '代理机构统一社会信用代码', en: 'Agency credit code' }, width: 22 },
    { key: 'agentLicenceNumber', header: { zh: '代理师执业证号', en: 'Agent licence number' }, width: 18 },
  ],
};
