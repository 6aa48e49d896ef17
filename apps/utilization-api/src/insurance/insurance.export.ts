import { INSURANCE_KIND_LABELS, type TInsurancePolicy } from '@ipbureau/domain/utilization';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** The policy list as an XLSX sheet (`GET /insurance-policies?format=xlsx`). */
export const POLICIES_EXPORT: XlsxExportOptions<TInsurancePolicy> = {
  name: { 'zh-CN': '知识产权保险保单', en: 'IP insurance policies' },
  columns: [
    { key: 'policyNumber', header: { 'zh-CN': '保单号', en: 'Policy number' } },
    { key: 'kind', header: { 'zh-CN': '险种', en: 'Kind' }, labels: INSURANCE_KIND_LABELS },
    { key: 'insurerName', header: { 'zh-CN': '保险公司', en: 'Insurer' } },
    { key: 'insuredName', header: { 'zh-CN': '被保险企业', en: 'Insured' } },
    { key: 'insuredCreditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' } },
    { key: 'insuredSum', header: { 'zh-CN': '保险金额（元）', en: 'Insured sum (yuan)' }, kind: 'money' },
    { key: 'premium', header: { 'zh-CN': '保费（元）', en: 'Premium (yuan)' }, kind: 'money' },
    { key: 'premiumSubsidy', header: { 'zh-CN': '保费补贴（元）', en: 'Premium subsidy (yuan)' }, kind: 'money' },
    { key: 'periodFrom', header: { 'zh-CN': '保险期间起', en: 'Cover from' }, kind: 'date' },
    { key: 'periodTo', header: { 'zh-CN': '保险期间止', en: 'Cover to' }, kind: 'date' },
    { key: 'paidClaims', header: { 'zh-CN': '累计赔付（元）', en: 'Claims paid (yuan)' }, kind: 'money' },
    { key: 'district', header: { 'zh-CN': '区县代码', en: 'District code' } },
  ],
};
