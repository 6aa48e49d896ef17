import { TRADEMARK_KIND_LABELS, TRADEMARK_STATUS_LABELS, type TTrademark } from '@ipbureau/domain/creation';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

export const TRADEMARKS_EXPORT: XlsxExportOptions<TTrademark> = {
  name: { zh: '商标', en: 'Trademarks' },
  columns: [
    { key: 'registrationNumber', header: { zh: '注册号', en: 'Registration number' }, width: 16 },
    { key: 'kind', header: { zh: '商标类型', en: 'Kind' }, labels: TRADEMARK_KIND_LABELS },
    { key: 'niceClasses', header: { zh: '尼斯分类', en: 'Nice classes' } },
    { key: 'holderName', header: { zh: '注册人', en: 'Holder' }, width: 30 },
    { key: 'holderCreditCode', header: { zh: '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'district', header: { zh: '区县', en: 'District' }, kind: 'district' },
    { key: 'registrationDate', header: { zh: '注册日', en: 'Registration date' }, kind: 'date' },
    { key: 'expiryDate', header: { zh: '专用权期限至', en: 'Expiry date' }, kind: 'date' },
    { key: 'status', header: { zh: '状态', en: 'Status' }, labels: TRADEMARK_STATUS_LABELS },
    { key: 'wellKnown', header: { zh: '驰名商标', en: 'Well-known' }, kind: 'boolean' },
  ],
};
