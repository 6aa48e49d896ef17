import { AUDIENCE_KIND_LABELS, type TTrainingEvent, type TTrainingRegistration } from '@ipbureau/domain/public-services';
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

export const TRAINING_REGISTRATIONS_EXPORT: XlsxExportOptions<TTrainingRegistration> = {
  name: { zh: '培训报名', en: 'Training registrations' },
  columns: [
    { key: 'eventDate', header: { zh: '活动日期', en: 'Event date' }, kind: 'date' },
    { key: 'eventTopic', header: { zh: '活动主题', en: 'Event' }, width: 36 },
    { key: 'personName', header: { zh: '姓名', en: 'Name' } },
    { key: 'organizationName', header: { zh: '单位', en: 'Organization' }, width: 30 },
    { key: 'creditCode', header: { zh: '统一社会信用代码', en: 'Credit code' }, width: 22 },
    { key: 'phone', header: { zh: '联系电话', en: 'Phone' } },
    { key: 'attendedOn', header: { zh: '签到日期', en: 'Attended on' }, kind: 'date' },
  ],
};
