import type { TCommercializationProject } from '@ipbureau/domain/utilization';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

/** The project list as an XLSX sheet (`GET /commercialization-projects?format=xlsx`). */
export const PROJECTS_EXPORT: XlsxExportOptions<TCommercializationProject> = {
  name: { 'zh-CN': '专利产业化项目', en: 'Commercialization projects' },
  columns: [
    { key: 'name', header: { 'zh-CN': '项目名称', en: 'Project' } },
    { key: 'enterprise.name', header: { 'zh-CN': '实施企业', en: 'Enterprise' } },
    { key: 'enterprise.creditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' } },
    { key: 'rights', header: { 'zh-CN': '权利号', en: 'Rights' }, value: (p) => p.rights.map((r) => r.number) },
    { key: 'startDate', header: { 'zh-CN': '开始日期', en: 'Start' }, kind: 'date' },
    { key: 'endDate', header: { 'zh-CN': '结束日期', en: 'End' }, kind: 'date' },
    { key: 'supportTotal', header: { 'zh-CN': '扶持资金合计（元）', en: 'Support total (yuan)' }, kind: 'money' },
    { key: 'district', header: { 'zh-CN': '区县代码', en: 'District code' } },
  ],
};
