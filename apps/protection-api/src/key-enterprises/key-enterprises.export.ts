import type { TKeyEnterprise } from '@ipbureau/domain/protection';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** Admitted key enterprises as an XLSX sheet (`GET /key-enterprises?format=xlsx`). */
export const KEY_ENTERPRISES_EXPORT: XlsxExportOptions<TKeyEnterprise> = {
  name: { 'zh-CN': '重点保护企业', en: 'Key enterprises' },
  columns: [
    { key: 'name', header: { 'zh-CN': '名称', en: 'Name' }, width: 30 },
    { key: 'creditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'district', header: { 'zh-CN': '区县', en: 'District' }, kind: 'district' },
    { key: 'admittedOn', header: { 'zh-CN': '入库日期', en: 'Admitted on' }, kind: 'date' },
    { key: 'rights', header: { 'zh-CN': '保护的权利', en: 'Protected rights' }, width: 40, value: (e) => e.rights.map((r) => r.rightNumber).join('; ') },
  ],
};
