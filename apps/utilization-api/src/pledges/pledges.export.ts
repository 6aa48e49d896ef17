import { PLEDGE_RIGHT_KIND_LABELS, PLEDGE_STATUS_LABELS, type TPledge } from '@ipbureau/domain/utilization';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

export const PLEDGES_EXPORT: XlsxExportOptions<TPledge> = {
  name: { zh: '知识产权质押融资', en: 'IP pledges' },
  columns: [
    { key: 'pledgorName', header: { zh: '出质人', en: 'Pledgor' }, width: 30 },
    { key: 'pledgorCreditCode', header: { zh: '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'rightKind', header: { zh: '质押权利类型', en: 'Right kind' }, labels: PLEDGE_RIGHT_KIND_LABELS },
    { key: 'rightNumber', header: { zh: '权利号', en: 'Right number' }, width: 20 },
    { key: 'lenderName', header: { zh: '质权人（银行）', en: 'Lender' }, width: 24 },
    { key: 'lenderCreditCode', header: { zh: '质权人统一社会信用代码', en: 'Lender credit code' }, width: 22 },
    { key: 'loanAmount', header: { zh: '贷款金额（元）', en: 'Loan amount (CNY)' }, kind: 'money' },
    { key: 'disbursedAmount', header: { zh: '已放款（元）', en: 'Disbursed (CNY)' }, kind: 'money' },
    { key: 'repaidAmount', header: { zh: '已还款（元）', en: 'Repaid (CNY)' }, kind: 'money' },
    { key: 'outstandingPrincipal', header: { zh: '贷款余额（元）', en: 'Outstanding (CNY)' }, kind: 'money' },
    { key: 'applicationDate', header: { zh: '申请日期', en: 'Application date' }, kind: 'date' },
    { key: 'registrationNumber', header: { zh: '质押登记号', en: 'Registration number' } },
    { key: 'registrationDate', header: { zh: '登记日期', en: 'Registration date' }, kind: 'date' },
    { key: 'maturityDate', header: { zh: '到期日', en: 'Maturity date' }, kind: 'date' },
    { key: 'district', header: { zh: '区县', en: 'District' }, kind: 'district' },
    { key: 'status', header: { zh: '状态', en: 'Status' }, labels: PLEDGE_STATUS_LABELS },
  ],
};
