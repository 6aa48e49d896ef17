import { AWARD_GRADE_LABELS, AWARD_KIND_LABELS, AWARD_LEVEL_LABELS, type TAward } from '@ipbureau/domain/utilization';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** The award list as an XLSX sheet (`GET /awards?format=xlsx`). */
export const AWARDS_EXPORT: XlsxExportOptions<TAward> = {
  name: { 'zh-CN': '专利获奖', en: 'Patent awards' },
  columns: [
    { key: 'year', header: { 'zh-CN': '年度', en: 'Year' }, kind: 'int' },
    { key: 'awardName', header: { 'zh-CN': '奖项名称', en: 'Award' } },
    { key: 'kind', header: { 'zh-CN': '奖项类别', en: 'Kind' }, labels: AWARD_KIND_LABELS },
    { key: 'level', header: { 'zh-CN': '级别', en: 'Level' }, labels: AWARD_LEVEL_LABELS },
    { key: 'grade', header: { 'zh-CN': '等级', en: 'Grade' }, labels: AWARD_GRADE_LABELS },
    { key: 'patentNumber', header: { 'zh-CN': '专利号', en: 'Patent number' } },
    { key: 'patentTitle', header: { 'zh-CN': '专利名称', en: 'Patent title' } },
    { key: 'holderName', header: { 'zh-CN': '专利权人', en: 'Patentee' } },
    { key: 'holderCreditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' } },
    { key: 'announcedDate', header: { 'zh-CN': '公布日期', en: 'Announced on' }, kind: 'date' },
    { key: 'district', header: { 'zh-CN': '区县代码', en: 'District code' } },
  ],
};
