import { ECOMMERCE_STATUS_LABELS, PROTECTED_RIGHT_KIND_LABELS, type TEcommerceComplaint, type TExhibition } from '@ipbureau/domain/protection';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** Exhibitions as an XLSX sheet (`GET /exhibitions?format=xlsx`). */
export const EXHIBITIONS_EXPORT: XlsxExportOptions<TExhibition> = {
  name: { 'zh-CN': '展会知识产权保护', en: 'Exhibitions' },
  columns: [
    { key: 'name', header: { 'zh-CN': '展会名称', en: 'Exhibition' }, width: 30 },
    { key: 'venue', header: { 'zh-CN': '展馆', en: 'Venue' }, width: 24 },
    { key: 'startDate', header: { 'zh-CN': '开幕日期', en: 'Opens' }, kind: 'date' },
    { key: 'endDate', header: { 'zh-CN': '闭幕日期', en: 'Closes' }, kind: 'date' },
    { key: 'district', header: { 'zh-CN': '区县', en: 'District' }, kind: 'district' },
    { key: 'stationName', header: { 'zh-CN': '知识产权服务站', en: 'IP service station' }, width: 24 },
    { key: 'complaints', header: { 'zh-CN': '投诉数', en: 'Complaints' }, kind: 'int' },
    { key: 'handled', header: { 'zh-CN': '已处理', en: 'Handled' }, kind: 'int' },
  ],
};

/** E-commerce complaints as an XLSX sheet (`GET /ecommerce-complaints?format=xlsx`). */
export const ECOMMERCE_EXPORT: XlsxExportOptions<TEcommerceComplaint> = {
  name: { 'zh-CN': '电商投诉', en: 'E-commerce complaints' },
  columns: [
    { key: 'receivedDate', header: { 'zh-CN': '受理日期', en: 'Received on' }, kind: 'date' },
    { key: 'platform', header: { 'zh-CN': '电商平台', en: 'Platform' } },
    { key: 'shop', header: { 'zh-CN': '店铺', en: 'Shop' }, width: 24 },
    { key: 'link', header: { 'zh-CN': '商品链接', en: 'Listing link' }, width: 40 },
    { key: 'complainant', header: { 'zh-CN': '投诉人', en: 'Complainant' }, width: 24 },
    { key: 'rightKind', header: { 'zh-CN': '权利类型', en: 'Right' }, labels: PROTECTED_RIGHT_KIND_LABELS },
    { key: 'rightNumber', header: { 'zh-CN': '权利号', en: 'Right number' } },
    { key: 'district', header: { 'zh-CN': '区县', en: 'District' }, kind: 'district' },
    { key: 'status', header: { 'zh-CN': '处理结果', en: 'Outcome' }, labels: ECOMMERCE_STATUS_LABELS },
    { key: 'outcomeDate', header: { 'zh-CN': '处理日期', en: 'Outcome date' }, kind: 'date' },
  ],
};
