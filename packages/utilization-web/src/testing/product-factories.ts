import type { TAward, TInsuranceClaim, TInsurancePolicyDetail } from '@ipbureau/domain/utilization';

let next = 500;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function makeAward(overrides: Partial<TAward> = {}): TAward {
  return {
    id: uuid(++next),
    kind: 'patent_award',
    level: 'national',
    year: 2023,
    grade: 'silver',
    awardName: '第二十四届中国专利奖',
    patentNumber: 'ZL201710601862.3',
    patentTitle: '一种玩具车的传动机构',
    holderName: '汕头市龙湖区某科技有限公司',
    holderCreditCode: null,
    announcedDate: null,
    district: '440507',
    note: null,
    version: 1,
    departmentId: null,
    createdAt: '2024-01-02T02:00:00.000Z',
    createdBy: uuid(900),
    ...overrides,
  };
}

export function makeClaim(overrides: Partial<TInsuranceClaim> = {}): TInsuranceClaim {
  return {
    id: uuid(++next),
    policyId: uuid(1),
    seq: 1,
    filedDate: '2024-03-01',
    claimedAmount: '400000.00',
    description: '维权诉讼费用',
    status: 'filed',
    paidAmount: null,
    decidedDate: null,
    refusalReason: null,
    allowedActions: ['pay', 'refuse'],
    version: 1,
    createdAt: '2024-03-01T02:00:00.000Z',
    createdBy: uuid(900),
    ...overrides,
  };
}

export function makePolicy(overrides: Partial<TInsurancePolicyDetail> = {}): TInsurancePolicyDetail {
  return {
    id: uuid(1),
    kind: 'patent_enforcement',
    policyNumber: 'PICC00000001',
    insurerName: '中国人民财产保险股份有限公司汕头市分公司',
    insuredName: '汕头市金平区某包装有限公司',
    insuredCreditCode: '91350100M000100Y43',
    insuredSum: '500000.00',
    premium: '10000.00',
    premiumSubsidy: '5000.00',
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    rights: [],
    district: '440511',
    note: null,
    paidClaims: '0.00',
    premiumSubsidyPaidAmount: null,
    premiumSubsidyPaidOn: null,
    version: 1,
    departmentId: null,
    createdAt: '2024-01-02T02:00:00.000Z',
    createdBy: uuid(900),
    claims: [],
    subsidyPayments: [],
    ...overrides,
  };
}
