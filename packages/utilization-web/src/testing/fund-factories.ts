import type { TFund, TFundClaim, TFundEntry, TInterestSubsidyDetail, TPaymentApproval, TPremiumSubsidyPayment } from '@ipbureau/domain/utilization';

let next = 100;
export const uuid = (n = ++next) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const OFFICER_ID = '0b3f4b8e-7d1c-4d57-9a53-5f0c8c1d2e01';

export const makeFund = (overrides: Partial<TFund> = {}): TFund => ({ id: uuid(1), name: '汕头市知识产权质押融资风险补偿资金', district: '440500', balance: '2400000.00', createdAt: '2025-01-01T00:00:00.000Z', ...overrides });

export const makeEntry = (overrides: Partial<TFundEntry> = {}): TFundEntry => ({
  id: uuid(),
  seq: 1,
  kind: 'contribution',
  entryDate: '2025-01-01',
  amount: '3000000.00',
  signedAmount: '3000000.00',
  balanceAfter: '3000000.00',
  funderName: '汕头市财政局',
  pledgeId: null,
  claimId: null,
  note: null,
  recordedAt: '2025-01-01T02:00:00.000Z',
  recordedByName: '林经办',
  ...overrides,
});

export const makeClaim = (overrides: Partial<TFundClaim> = {}): TFundClaim => ({
  id: uuid(50),
  fundId: uuid(1),
  pledgeId: uuid(60),
  lenderName: '中国工商银行汕头分行',
  pledgorName: '汕头市澄海区某玩具有限公司',
  pledgorCreditCode: '91440515MA5000001X',
  defaultDate: '2025-06-15',
  claimDate: '2025-07-01',
  lossAmount: '2000000.00',
  ruleId: uuid(70),
  compensationRatio: '0.5',
  capPerLoan: '800000.00',
  computedAmount: '1000000.00',
  amount: '800000.00',
  capped: true,
  recoveredAmount: '0.00',
  status: 'pending',
  paidOn: null,
  opinion: null,
  enteredBy: OFFICER_ID,
  enteredByName: '林经办',
  decidedByName: null,
  district: '440515',
  version: 1,
  createdAt: '2025-07-01T02:00:00.000Z',
  ...overrides,
});

export const makeSubsidy = (overrides: Partial<TInterestSubsidyDetail> = {}): TInterestSubsidyDetail => ({
  id: uuid(80),
  pledgeId: uuid(60),
  enterpriseName: '汕头市澄海区某玩具有限公司',
  enterpriseCreditCode: '91440515MA5000001X',
  lenderName: '中国工商银行汕头分行',
  applicationDate: '2025-04-10',
  interestTotal: '110000.02',
  amount: '54000.00',
  status: 'pending',
  paidOn: null,
  opinion: null,
  enteredBy: OFFICER_ID,
  enteredByName: '林经办',
  decidedByName: null,
  district: '440515',
  version: 1,
  createdAt: '2025-04-10T02:00:00.000Z',
  lines: [
    { lineNo: 1, periodFrom: '2024-06-01', periodTo: '2024-09-30', paidOn: '2024-09-30', interestPaid: '60000.00', ruleId: uuid(90), subsidyRatio: '0.5', computed: '30000.00', capYear: 2024, annualCap: '50000.00', capRemainingBefore: '50000.00', granted: '30000.00', capped: false },
    { lineNo: 2, periodFrom: '2024-10-01', periodTo: '2024-12-31', paidOn: '2024-12-31', interestPaid: '40000.02', ruleId: uuid(90), subsidyRatio: '0.5', computed: '20000.01', capYear: 2024, annualCap: '50000.00', capRemainingBefore: '20000.00', granted: '20000.00', capped: true },
    { lineNo: 3, periodFrom: '2025-01-01', periodTo: '2025-03-31', paidOn: '2025-03-31', interestPaid: '10000.00', ruleId: uuid(91), subsidyRatio: '0.4', computed: '4000.00', capYear: 2025, annualCap: '30000.00', capRemainingBefore: '30000.00', granted: '4000.00', capped: false },
  ],
  ...overrides,
});

export const makeApproval = (overrides: Partial<TPaymentApproval> = {}): TPaymentApproval => ({
  id: uuid(),
  kind: 'fund_claim',
  subjectId: uuid(50),
  summary: '中国工商银行汕头分行 · 汕头市澄海区某玩具有限公司 · ZL201710601862.3',
  amount: '800000.00',
  status: 'pending',
  enteredBy: OFFICER_ID,
  enteredByName: '林经办',
  enteredAt: '2025-07-01T02:00:00.000Z',
  decidedBy: null,
  decidedByName: null,
  decidedOn: null,
  opinion: null,
  district: '440515',
  ...overrides,
});

export const makePremiumPayment = (overrides: Partial<TPremiumSubsidyPayment> = {}): TPremiumSubsidyPayment => ({
  id: uuid(),
  policyId: uuid(1),
  policyNumber: 'PICC00000001',
  insurerName: '中国人民财产保险股份有限公司汕头市分公司',
  insuredName: '汕头市金平区某包装有限公司',
  insuredCreditCode: '91350100M000100Y43',
  premium: '10000.00',
  amount: '5000.10',
  applicationDate: '2025-02-01',
  status: 'pending',
  paidOn: null,
  opinion: null,
  enteredBy: OFFICER_ID,
  enteredByName: '林经办',
  decidedByName: null,
  district: '440511',
  version: 1,
  createdAt: '2025-02-01T02:00:00.000Z',
  ...overrides,
});
