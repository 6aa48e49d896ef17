import { ASSISTANCE_OUTCOME_LABELS, PROTECTION_INDUSTRY_LABELS, type TAssistance, type TWorkstation } from '@ipbureau/domain/protection';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** Workstations as an XLSX sheet (`GET /workstations?format=xlsx`). */
export const WORKSTATIONS_EXPORT: XlsxExportOptions<TWorkstation> = {
  name: { 'zh-CN': '维权援助工作站', en: 'Rights-protection workstations' },
  columns: [
    { key: 'name', header: { 'zh-CN': '名称', en: 'Name' }, width: 30 },
    { key: 'hostOrganization', header: { 'zh-CN': '依托单位', en: 'Host' }, width: 24 },
    { key: 'industry', header: { 'zh-CN': '行业', en: 'Industry' }, labels: PROTECTION_INDUSTRY_LABELS },
    { key: 'district', header: { 'zh-CN': '区县', en: 'District' }, kind: 'district' },
    { key: 'establishedDate', header: { 'zh-CN': '设立日期', en: 'Established on' }, kind: 'date' },
    { key: 'closedDate', header: { 'zh-CN': '撤销日期', en: 'Closed on' }, kind: 'date' },
    { key: 'assistanceCount', header: { 'zh-CN': '援助请求数', en: 'Assistance requests' }, kind: 'int' },
  ],
};

/** Assistance requests as an XLSX sheet (`GET /workstation-assistance?format=xlsx`). */
export const ASSISTANCE_EXPORT: XlsxExportOptions<TAssistance> = {
  name: { 'zh-CN': '维权援助请求', en: 'Assistance requests' },
  columns: [
    { key: 'workstationName', header: { 'zh-CN': '工作站', en: 'Workstation' }, width: 28 },
    { key: 'enterpriseName', header: { 'zh-CN': '企业', en: 'Enterprise' }, width: 24 },
    { key: 'creditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'matter', header: { 'zh-CN': '事项', en: 'Matter' }, width: 40 },
    { key: 'receivedDate', header: { 'zh-CN': '受理日期', en: 'Received on' }, kind: 'date' },
    { key: 'concludedDate', header: { 'zh-CN': '办结日期', en: 'Concluded on' }, kind: 'date' },
    { key: 'outcome', header: { 'zh-CN': '结果', en: 'Outcome' }, labels: ASSISTANCE_OUTCOME_LABELS },
  ],
};
