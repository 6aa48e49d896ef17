import type { TPage } from '@ipbureau/domain';
import type { TPatentDetail, TPatentStatusEvent, TTrademarkDetail } from '@ipbureau/domain/creation';

const USER = '0b3f4b8e-7d1c-4d57-9a53-5f0c8c1d2e01';

export function makeEvent(overrides: Partial<TPatentStatusEvent> = {}): TPatentStatusEvent {
  return { seq: 1, action: 'file', fromStatus: null, toStatus: 'pending', effectiveDate: '2018-01-10', note: null, createdAt: '2024-01-01T00:00:00.000Z', createdBy: USER, ...overrides };
}

export function makePatent(overrides: Partial<TPatentDetail> = {}): TPatentDetail {
  return {
    id: '6a0c6c1e-3c4e-4b7a-9f0e-1d2c3b4a5e6f',
    applicationNumber: '201810000001.2',
    patentType: 'invention',
    title: '一种潮汕牛肉丸的成型装置',
    applicantName: '汕头市某某食品有限公司',
    applicantCreditCode: null,
    district: '440507',
    filingDate: '2018-01-10',
    status: 'pending',
    grantDate: null,
    ipcSymbols: ['A23L 13/60'],
    annualFeePaidUntil: null,
    allowedActions: ['grant', 'reject', 'withdraw'],
    version: 1,
    departmentId: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    createdBy: USER,
    statusHistory: [makeEvent()],
    familyMembers: [],
    awards: [],
    ...overrides,
  };
}

export function makeTrademark(overrides: Partial<TTrademarkDetail> = {}): TTrademarkDetail {
  return {
    id: '7b1d7d2f-4d5f-4c8b-8a1f-2e3d4c5b6a70',
    registrationNumber: '30000001',
    niceClasses: [29, 30],
    holderName: '汕头市某某食品有限公司',
    holderCreditCode: null,
    district: '440507',
    kind: 'collective',
    registrationDate: '2015-03-07',
    expiryDate: '2025-03-06',
    status: 'registered',
    wellKnown: false,
    allowedActions: ['renew', 'cancel', 'invalidate'],
    version: 1,
    departmentId: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    createdBy: USER,
    statusHistory: [],
    ...overrides,
  };
}

export function page<T>(items: T[]): TPage<T> {
  return { items, total: items.length, page: 1, pageSize: 20 };
}
