import { AUDIENCE_KIND_LABELS, type TTrainingEvent } from '@ipbureau/domain/public-services';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

const KIND_LABELS = { training: { zh: '培训', en: 'Training' }, publicity: { zh: '宣传', en: 'Publicity' } };

export const TRAINING_EXPORT: XlsxExportOptions<TTrainingEvent> = {
  name: { zh: '培训与宣传', en: 'Training and publicity' },
  columns: [
    { key: 'date', header: { zh: '日期', en: 'Date' }, kind: 'date' },
    { key: 'kind', header: { zh: '类型', en: 'Kind' }, labels: KIND_LABELS },
    { key: 'topic', header: { zh: '主题', en: 'Topic' }, width: 36 },
    { key: 'audience', header: { zh: '对象', en: 'Audience' }, labels: AUDIENCE_KIND_LABELS },
    { key: 'venue', header: { zh: '地点', en: 'Venue' }, value: (e, locale) => (e.online ? (locale === 'en' ? 'Online' : '线上') : e.venue) },
    { key: 'district', header: { zh: '区县', en: 'District' }, kind: 'district' },
    { key: 'plannedCount', header: { zh: '计划人数', en: 'Planned' }, kind: 'int' },
    { key: 'attendedCount', header: { zh: '实到人数', en: 'Attended' }, kind: 'int' },
  ],
};
