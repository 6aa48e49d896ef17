import { AGENCY_KIND_LABELS, AGENCY_STATUS_LABELS, type TAgency } from '@ipbureau/domain/public-services';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

export const AGENCIES_EXPORT: XlsxExportOptions<TAgency> = {
  name: { zh: '代理机构', en: 'Agencies' },
  columns: [
    { key: 'name', header: { zh: '机构名称', en: 'Name' }, width: 32 },
    { key: 'creditCode', header: { zh: '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'kind', header: { zh: '机构类型', en: 'Kind' }, labels: AGENCY_KIND_LABELS },
    { key: 'licenceNumber', header: { zh: '执业许可证号', en: 'Licence number' } },
    { key: 'district', header: { zh: '区县', en: 'District' }, kind: 'district' },
    { key: 'establishedDate', header: { zh: '成立日期', en: 'Established' }, kind: 'date' },
    { key: 'status', header: { zh: '状态', en: 'Status' }, labels: AGENCY_STATUS_LABELS },
    { key: 'deregisteredDate', header: { zh: '注销日期', en: 'Deregistered' }, kind: 'date' },
  ],
};
