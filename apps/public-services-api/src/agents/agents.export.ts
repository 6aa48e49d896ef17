import type { TAgent } from '@ipbureau/domain/public-services';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

export const AGENTS_EXPORT: XlsxExportOptions<TAgent> = {
  name: { zh: '专利代理师', en: 'Patent agents' },
  columns: [
    { key: 'name', header: { zh: '姓名', en: 'Name' } },
    { key: 'licenceNumber', header: { zh: '资格证号', en: 'Licence number' }, width: 18 },
    { key: 'current.agencyName', header: { zh: '执业机构', en: 'Agency' }, width: 32 },
    { key: 'current.startDate', header: { zh: '执业起始', en: 'Practising since' }, kind: 'date' },
    { key: 'current.endDate', header: { zh: '执业终止', en: 'Practice ends' }, kind: 'date' },
    { key: 'district', header: { zh: '区县', en: 'District' }, kind: 'district' },
  ],
};
