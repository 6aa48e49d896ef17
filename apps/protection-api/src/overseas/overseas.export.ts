import { OVERSEAS_DISPUTE_KIND_LABELS, OVERSEAS_STATUS_LABELS, PROTECTION_INDUSTRY_LABELS, type TOverseasDispute, type TRiskAlert } from '@ipbureau/domain/protection';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** Overseas disputes as an XLSX sheet (`GET /overseas/disputes?format=xlsx`). */
export const OVERSEAS_DISPUTES_EXPORT: XlsxExportOptions<TOverseasDispute> = {
  name: { 'zh-CN': '海外知识产权纠纷', en: 'Overseas disputes' },
  columns: [
    { key: 'enterpriseName', header: { 'zh-CN': '企业', en: 'Enterprise' }, width: 26 },
    { key: 'creditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'country', header: { 'zh-CN': '国家或地区', en: 'Country or region' } },
    { key: 'kind', header: { 'zh-CN': '纠纷类型', en: 'Kind' }, labels: OVERSEAS_DISPUTE_KIND_LABELS },
    { key: 'opponent', header: { 'zh-CN': '对方当事人', en: 'Opponent' }, width: 24 },
    { key: 'amount', header: { 'zh-CN': '涉案金额', en: 'Amount' }, kind: 'decimal' },
    { key: 'currency', header: { 'zh-CN': '币种', en: 'Currency' } },
    { key: 'reportedDate', header: { 'zh-CN': '登记日期', en: 'Reported on' }, kind: 'date' },
    { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, labels: OVERSEAS_STATUS_LABELS },
    { key: 'statusDate', header: { 'zh-CN': '状态日期', en: 'Status date' }, kind: 'date' },
    { key: 'district', header: { 'zh-CN': '区县', en: 'District' }, kind: 'district' },
  ],
};

/** Risk alerts as an XLSX sheet (`GET /overseas/risk-alerts?format=xlsx`). */
export const RISK_ALERTS_EXPORT: XlsxExportOptions<TRiskAlert> = {
  name: { 'zh-CN': '海外知识产权风险预警', en: 'Overseas risk alerts' },
  columns: [
    { key: 'title', header: { 'zh-CN': '标题', en: 'Title' }, width: 36 },
    { key: 'industry', header: { 'zh-CN': '行业', en: 'Industry' }, labels: PROTECTION_INDUSTRY_LABELS },
    { key: 'publishedDate', header: { 'zh-CN': '发布日期', en: 'Published on' }, kind: 'date' },
    { key: 'recipientCount', header: { 'zh-CN': '推送企业数', en: 'Recipients' }, kind: 'int' },
  ],
};
