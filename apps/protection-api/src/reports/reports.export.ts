import { PROTECTED_RIGHT_KIND_LABELS, REPORT_STATUS_LABELS, type TReport } from '@ipbureau/domain/protection';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** Reports as an XLSX sheet (`GET /reports?format=xlsx`): the rows of the list, so the reporter is masked exactly as there. */
export const REPORTS_EXPORT: XlsxExportOptions<TReport> = {
  name: { 'zh-CN': '举报奖励', en: 'Reports and rewards' },
  columns: [
    { key: 'receivedDate', header: { 'zh-CN': '受理日期', en: 'Received on' }, kind: 'date' },
    { key: 'reporter.name', header: { 'zh-CN': '举报人', en: 'Reporter' } },
    { key: 'reporter.phone', header: { 'zh-CN': '联系电话', en: 'Phone' }, width: 16 },
    { key: 'reporter.idNumber', header: { 'zh-CN': '身份证号码', en: 'ID number' }, width: 22 },
    { key: 'subject', header: { 'zh-CN': '举报内容', en: 'Reported' }, width: 36 },
    { key: 'rightKind', header: { 'zh-CN': '权利类型', en: 'Right' }, labels: PROTECTED_RIGHT_KIND_LABELS },
    { key: 'district', header: { 'zh-CN': '区县', en: 'District' }, kind: 'district' },
    { key: 'handlingOfficer.name', header: { 'zh-CN': '承办人', en: 'Handling officer' } },
    { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, labels: REPORT_STATUS_LABELS },
    { key: 'statusDate', header: { 'zh-CN': '状态日期', en: 'Status date' }, kind: 'date' },
    { key: 'caseNumber', header: { 'zh-CN': '关联案件', en: 'Case' }, width: 24 },
    { key: 'rewardAmount', header: { 'zh-CN': '奖励金额（元）', en: 'Reward (yuan)' }, kind: 'money' },
    { key: 'paidDate', header: { 'zh-CN': '发放日期', en: 'Paid on' }, kind: 'date' },
  ],
};
