import { SECURITIZATION_KIND_LABELS, type TSecuritization } from '@ipbureau/domain/utilization';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** The product list as an XLSX sheet (`GET /securitization-products?format=xlsx`). */
export const SECURITIZATION_EXPORT: XlsxExportOptions<TSecuritization> = {
  name: { 'zh-CN': '知识产权证券化产品', en: 'IP securitization products' },
  columns: [
    { key: 'name', header: { 'zh-CN': '产品名称', en: 'Product' } },
    { key: 'kind', header: { 'zh-CN': '产品类型', en: 'Kind' }, labels: SECURITIZATION_KIND_LABELS },
    { key: 'code', header: { 'zh-CN': '产品代码', en: 'Code' } },
    { key: 'issuerName', header: { 'zh-CN': '发行人/受托人', en: 'Issuer / trustee' } },
    { key: 'amount', header: { 'zh-CN': '发行金额（元）', en: 'Amount (yuan)' }, kind: 'money' },
    { key: 'issueDate', header: { 'zh-CN': '发行日期', en: 'Issued on' }, kind: 'date' },
    { key: 'maturityDate', header: { 'zh-CN': '到期日', en: 'Matures on' }, kind: 'date' },
    { key: 'rights', header: { 'zh-CN': '基础资产权利号', en: 'Underlying rights' }, value: (p) => p.rights.map((r) => r.number) },
    { key: 'enterprises', header: { 'zh-CN': '涉及企业', en: 'Enterprises' }, value: (p) => p.enterprises.map((e) => `${e.name}（${e.creditCode}）`) },
    { key: 'district', header: { 'zh-CN': '区县代码', en: 'District code' } },
  ],
};
