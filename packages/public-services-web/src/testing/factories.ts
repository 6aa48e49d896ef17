import type { TMetricValue, TPage } from '@ipbureau/domain';
import type { TAgency, TAgent, TSupervisionRecord, TTrainingEvent, TTrainingRegistration } from '@ipbureau/domain/public-services';

const USER = '00000000-0000-4000-8000-000000000001';
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

export const page = <T,>(items: T[]): TPage<T> => ({ items, total: items.length, page: 1, pageSize: 20 });

export const agency = (o: Partial<TAgency> = {}): TAgency => ({
  id: id(),
  name: '汕头市专利代理事务所',
  creditCode: '91440507MA51234567',
  kind: 'patent',
  licenceNumber: '44201',
  district: '440507',
  establishedDate: '2016-09-01',
  status: 'active',
  deregisteredDate: null,
  headAgencyId: null,
  version: 1,
  departmentId: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: USER,
  ...o,
});

export const agent = (agencyId: string, o: Partial<TAgent> = {}): TAgent => ({
  id: id(),
  name: '林代理',
  licenceNumber: '1144000001',
  district: '440507',
  current: { id: id(), agencyId, agencyName: '汕头市专利代理事务所', district: '440507', startDate: '2019-05-06', endDate: null },
  version: 1,
  departmentId: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: USER,
  ...o,
});

export const violation = (o: Partial<TSupervisionRecord> = {}): TSupervisionRecord => ({
  id: id(),
  kind: 'violation',
  agencyId: id(),
  agencyName: '汕头市某代理公司',
  agentId: null,
  agentName: null,
  violationKind: 'certificate_lending',
  foundDate: '2022-04-26',
  description: '',
  sanction: 'fine',
  fineAmount: '30000.50',
  status: 'open',
  blacklistReferral: null,
  allowedActions: ['rectify', 'close'],
  district: '440507',
  version: 3,
  departmentId: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: USER,
  ...o,
});

export const trainingEvent = (o: Partial<TTrainingEvent> = {}): TTrainingEvent => ({
  id: id(),
  kind: 'training',
  topic: '企业知识产权管理规范培训',
  audience: 'enterprises',
  date: '2024-04-26',
  online: false,
  venue: '汕头市科技馆',
  district: '440507',
  plannedCount: 120,
  attendedCount: 98,
  registeredCount: 0,
  attendanceSource: 'count',
  version: 1,
  departmentId: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: USER,
  ...o,
});

export const trainingRegistration = (o: Partial<TTrainingRegistration> = {}): TTrainingRegistration => ({
  id: id(),
  eventId: id(),
  eventTopic: '企业知识产权管理规范培训',
  eventDate: '2024-04-26',
  personName: '陈一',
  organizationName: '汕头市龙湖玩具有限公司',
  creditCode: '91440507MA5TRN770J',
  phone: '138****5678',
  phoneMasked: true,
  attendedOn: null,
  district: '440507',
  version: 1,
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: USER,
  ...o,
});

export const metric = (key: string, value: string): TMetricValue => ({
  key,
  semantics: 'stock',
  value,
  unit: { 'zh-CN': '人', en: 'people' },
  asOf: '2024-12-31',
  from: null,
  to: null,
  regionCode: '440500',
  computedAt: '2024-12-31T00:00:00.000Z',
});
