import { PATENT_TYPE_LABELS } from '@ipbureau/domain';
import { RAPID_CLOCK_STATE_LABELS, RAPID_REQUEST_KIND_LABELS, RAPID_TECHNICAL_FIELD_LABELS, rapidStatusLabels, type TRapidEntity, type TRapidRequest } from '@ipbureau/domain/protection';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** The centre's queue as an XLSX sheet (`GET /rapid-protection/requests?format=xlsx`). */
export const RAPID_REQUESTS_EXPORT: XlsxExportOptions<TRapidRequest> = {
  name: { 'zh-CN': '快速预审与快速确权', en: 'Rapid protection requests' },
  columns: [
    { key: 'applicationNumber', header: { 'zh-CN': '申请号', en: 'Application number' }, width: 20 },
    { key: 'kind', header: { 'zh-CN': '类型', en: 'Kind' }, labels: RAPID_REQUEST_KIND_LABELS },
    { key: 'patentType', header: { 'zh-CN': '专利类型', en: 'Patent type' }, labels: PATENT_TYPE_LABELS },
    { key: 'title', header: { 'zh-CN': '名称', en: 'Title' }, width: 30 },
    { key: 'technicalField', header: { 'zh-CN': '技术领域', en: 'Field' }, labels: RAPID_TECHNICAL_FIELD_LABELS },
    { key: 'enterprise.name', header: { 'zh-CN': '备案主体', en: 'Enterprise' }, width: 24 },
    { key: 'enterprise.creditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'district', header: { 'zh-CN': '区县', en: 'District' }, kind: 'district' },
    { key: 'submittedDate', header: { 'zh-CN': '提交日期', en: 'Submitted on' }, kind: 'date' },
    { key: 'clock.due', header: { 'zh-CN': '应办结日期', en: 'Due' }, kind: 'date' },
    { key: 'clock.workingDaysUsed', header: { 'zh-CN': '已用工作日', en: 'Working days used' }, kind: 'int' },
    { key: 'clock.state', header: { 'zh-CN': '时限', en: 'Clock' }, labels: RAPID_CLOCK_STATE_LABELS },
    // A rights determination words its outcome as 确权, a pre-examination as 预审.
    { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, value: (r, locale) => rapidStatusLabels(r.kind)[r.status][locale === 'en' ? 'en' : 'zh'] },
    { key: 'decidedDate', header: { 'zh-CN': '结论日期', en: 'Decided on' }, kind: 'date' },
  ],
};

/** Enterprises registered with the centre (`GET /rapid-protection/entities?format=xlsx`). */
export const RAPID_ENTITIES_EXPORT: XlsxExportOptions<TRapidEntity> = {
  name: { 'zh-CN': '保护中心备案主体', en: 'Registered enterprises' },
  columns: [
    { key: 'name', header: { 'zh-CN': '名称', en: 'Name' }, width: 30 },
    { key: 'creditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'registeredDate', header: { 'zh-CN': '备案日期', en: 'Registered on' }, kind: 'date' },
    { key: 'district', header: { 'zh-CN': '区县', en: 'District' }, kind: 'district' },
  ],
};
