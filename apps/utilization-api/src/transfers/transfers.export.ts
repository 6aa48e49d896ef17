import { LICENSE_KIND_LABELS, TRANSFER_KIND_LABELS, type TTransferContract } from '@ipbureau/domain/utilization';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** The contract list as an XLSX sheet (`GET /transfer-contracts?format=xlsx`). */
export const TRANSFERS_EXPORT: XlsxExportOptions<TTransferContract> = {
  name: { 'zh-CN': '转让许可合同', en: 'Transfer and licence contracts' },
  columns: [
    { key: 'kind', header: { 'zh-CN': '合同类型', en: 'Kind' }, labels: TRANSFER_KIND_LABELS },
    { key: 'licenseKind', header: { 'zh-CN': '许可类型', en: 'Licence kind' }, labels: LICENSE_KIND_LABELS },
    { key: 'licensorName', header: { 'zh-CN': '让与人/许可人', en: 'Assignor / licensor' } },
    { key: 'licenseeName', header: { 'zh-CN': '受让人/被许可人', en: 'Assignee / licensee' } },
    { key: 'licenseeCreditCode', header: { 'zh-CN': '受让人统一社会信用代码', en: 'Licensee credit code' } },
    { key: 'rights', header: { 'zh-CN': '权利号', en: 'Rights' }, value: (c) => c.rights.map((r) => r.number) },
    { key: 'amount', header: { 'zh-CN': '合同金额（元）', en: 'Amount (yuan)' }, kind: 'money' },
    { key: 'contractDate', header: { 'zh-CN': '签订日期', en: 'Signed on' }, kind: 'date' },
    { key: 'registrationNumber', header: { 'zh-CN': '备案号', en: 'Registration number' } },
    { key: 'registrationDate', header: { 'zh-CN': '备案日期', en: 'Registered on' }, kind: 'date' },
    { key: 'district', header: { 'zh-CN': '区县代码', en: 'District code' } },
  ],
};
