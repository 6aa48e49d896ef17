import type { TPage } from '@ipbureau/domain';
import type { TPledgeDetail, TPledgeEvent } from '@ipbureau/domain/utilization';

/** A made-up credit code (with its right check character) for the bank the factories lend from. */
export const ICBC_CODE = '914405001923012477';

let next = 0;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function makeEvent(overrides: Partial<TPledgeEvent> = {}): TPledgeEvent {
  return {
    id: uuid(++next),
    seq: 1,
    action: 'apply',
    fromStatus: null,
    toStatus: 'applied',
    effectiveDate: '2024-05-10',
    amount: null,
    registrationNumber: null,
    maturityDate: null,
    note: null,
    recordedAt: '2024-05-10T02:00:00.000Z',
    recordedBy: uuid(900),
    recordedByName: '林经办',
    ...overrides,
  };
}

export function makePledge(overrides: Partial<TPledgeDetail> = {}): TPledgeDetail {
  return {
    id: uuid(++next),
    pledgorName: '汕头市澄海区某玩具有限公司',
    pledgorCreditCode: '91440515MA5000001X',
    rightKind: 'patent',
    rightNumber: 'ZL201710601862.3',
    lenderName: '中国工商银行汕头分行',
    lenderCreditCode: ICBC_CODE,
    loanAmount: '5000000.00',
    applicationDate: '2024-05-10',
    registrationNumber: null,
    registrationDate: null,
    disbursementDate: null,
    maturityDate: null,
    disbursedAmount: '0.00',
    repaidAmount: '0.00',
    outstandingPrincipal: '0.00',
    district: '440515',
    status: 'applied',
    allowedActions: ['register', 'withdraw'],
    version: 1,
    departmentId: null,
    createdAt: '2024-05-10T02:00:00.000Z',
    createdBy: uuid(900),
    events: [makeEvent()],
    ...overrides,
  };
}

export const pageOf = <T,>(items: T[]): TPage<T> => ({ items, total: items.length, page: 1, pageSize: 20 });
