import { BLACKLIST_SOURCE_LABELS, BLACKLIST_STATUS_LABELS, BLACKLIST_SUBJECT_KIND_LABELS, PROTECTED_RIGHT_KIND_LABELS, type TBlacklistEntry, type TWhitelistEntry } from '@ipbureau/domain/protection';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** The blacklist as an XLSX sheet (`GET /credit/blacklist?format=xlsx`). */
export const BLACKLIST_EXPORT: XlsxExportOptions<TBlacklistEntry> = {
  name: { 'zh-CN': '失信名单', en: 'Credit blacklist' },
  columns: [
    { key: 'name', header: { 'zh-CN': '名称', en: 'Name' }, width: 30 },
    { key: 'creditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'subjectKind', header: { 'zh-CN': '主体类别', en: 'Subject' }, labels: BLACKLIST_SUBJECT_KIND_LABELS },
    { key: 'source', header: { 'zh-CN': '依据', en: 'Based on' }, labels: BLACKLIST_SOURCE_LABELS },
    { key: 'district', header: { 'zh-CN': '区县', en: 'District' }, kind: 'district' },
    { key: 'caseNumber', header: { 'zh-CN': '案号', en: 'Case number' } },
    { key: 'grounds', header: { 'zh-CN': '列入事由', en: 'Grounds' }, width: 40 },
    { key: 'decidedOn', header: { 'zh-CN': '决定生效日期', en: 'Decision effective' }, kind: 'date' },
    { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, labels: BLACKLIST_STATUS_LABELS },
    { key: 'listedDate', header: { 'zh-CN': '列入日期', en: 'Listed on' }, kind: 'date' },
    { key: 'publishedDate', header: { 'zh-CN': '公示日期', en: 'Published on' }, kind: 'date' },
    { key: 'removedDate', header: { 'zh-CN': '移出日期', en: 'Removed on' }, kind: 'date' },
  ],
};

/** The whitelist as an XLSX sheet (`GET /credit/whitelist?format=xlsx`). */
export const WHITELIST_EXPORT: XlsxExportOptions<TWhitelistEntry> = {
  name: { 'zh-CN': '白名单', en: 'Whitelist' },
  columns: [
    { key: 'rightKind', header: { 'zh-CN': '权利类型', en: 'Right' }, labels: PROTECTED_RIGHT_KIND_LABELS },
    { key: 'rightNumber', header: { 'zh-CN': '权利号', en: 'Number' }, width: 20 },
    { key: 'rightName', header: { 'zh-CN': '权利名称', en: 'Title' }, width: 30 },
    { key: 'ownerName', header: { 'zh-CN': '权利人', en: 'Owner' }, width: 30 },
    { key: 'ownerCreditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'district', header: { 'zh-CN': '区县', en: 'District' }, kind: 'district' },
    { key: 'validFrom', header: { 'zh-CN': '有效期起', en: 'Valid from' }, kind: 'date' },
    { key: 'validTo', header: { 'zh-CN': '有效期止', en: 'Valid to' }, kind: 'date' },
  ],
};
