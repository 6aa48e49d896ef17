import type { TPage } from '@ipbureau/domain';
import type { TEnterpriseDetail, THighValueEvaluation, TIpcIndustryMapping, TPatentDetail, TPatentStatusEvent, TTrademarkDetail } from '@ipbureau/domain/creation';

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
    agencyCreditCode: null,
    agentLicenceNumber: null,
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

export function makeEnterprise(overrides: Partial<TEnterpriseDetail> = {}): TEnterpriseDetail {
  return {
    id: '8c2e8e30-5e60-4d9c-9b20-3f4e5d6c7b81',
    creditCode: '91350100M000100Y43',
    name: '广东奥飞动漫文化股份有限公司',
    district: '440515',
    industry: '玩具创意',
    currentTitles: [],
    version: 1,
    departmentId: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    createdBy: USER,
    titles: [],
    certifications: [],
    patentStock: { asOf: '2024-12-31', validInvention: 12, highValueInvention: 5 },
    ...overrides,
  };
}

export function makeMapping(overrides: Partial<TIpcIndustryMapping> = {}): TIpcIndustryMapping {
  return {
    id: '9d3f9f41-6f71-4eab-8c31-4a5f6e7d8c92',
    ipcPrefix: 'H01M',
    industryCode: '5',
    industryName: { zh: '新能源汽车产业', en: 'New-energy vehicles' },
    subcategory: '5.2 新能源汽车装置、配件制造（动力电池）',
    note: null,
    version: 1,
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const notHeld = (code: THighValueEvaluation['criteria'][number]['code'], zh: string) => ({ code, held: false, reason: { 'zh-CN': zh, en: zh }, evidence: [] });

/** An evaluation where only the strategic-industry criterion holds. */
export function makeEvaluation(overrides: Partial<THighValueEvaluation> = {}): THighValueEvaluation {
  return {
    patentId: '6a0c6c1e-3c4e-4b7a-9f0e-1d2c3b4a5e6f',
    asOf: '2024-12-31',
    eligible: true,
    eligibility: { 'zh-CN': '2024-12-31 该发明专利有效', en: 'The invention patent is in force on 2024-12-31' },
    highValue: true,
    criteria: [
      {
        code: 'strategic_industry',
        held: true,
        reason: { 'zh-CN': 'H01M 10/052 属于「新能源汽车产业」（映射前缀 H01M）', en: 'H01M 10/052 falls under New-energy vehicles (mapped prefix H01M)' },
        evidence: [{ ipcSymbol: 'H01M 10/052', ipcPrefix: 'H01M', industryCode: '5' }],
      },
      notHeld('family_abroad', '截至 2024-12-31 无境外授权的同族专利'),
      notHeld('maintained_10_years', '自申请日 2018-01-10 起未满10年（6 年）'),
      notHeld('pledged', '2024-12-31 未处于质押状态'),
      notHeld('award', '未获得国家科学技术奖或中国专利奖'),
    ],
    ...overrides,
  };
}

export function page<T>(items: T[]): TPage<T> {
  return { items, total: items.length, page: 1, pageSize: 20 };
}
