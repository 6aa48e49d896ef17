import { ENTERPRISE_TITLE_LABELS, type TEnterprise } from '@ipbureau/domain/creation';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

export const ENTERPRISES_EXPORT: XlsxExportOptions<TEnterprise> = {
  name: { zh: '培育企业', en: 'Enterprises' },
  columns: [
    { key: 'name', header: { zh: '企业名称', en: 'Name' }, width: 32 },
    { key: 'creditCode', header: { zh: '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'district', header: { zh: '区县', en: 'District' }, kind: 'district' },
    { key: 'industry', header: { zh: '行业', en: 'Industry' } },
    { key: 'currentTitles', header: { zh: '现有称号', en: 'Current titles' }, labels: ENTERPRISE_TITLE_LABELS, width: 40 },
  ],
};
