import type { TCaseDetail } from '@ipbureau/domain/protection';

let seq = 0;

/** A registered case file as the service answers it; override what a test is about. */
export function aCaseFile(overrides: Partial<TCaseDetail> = {}): TCaseDetail {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    caseNumber: `汕市监知案〔2025〕${seq}号`,
    kind: 'trademark_infringement',
    source: 'complaint',
    title: '涉嫌销售侵犯注册商标专用权的玩具案',
    district: '440511',
    registeredDate: '2025-03-18',
    status: 'registered',
    version: 1,
    outcome: null,
    decisionNumber: null,
    fineAmount: null,
    confiscationAmount: null,
    transferredTo: null,
    agreementDate: null,
    statusDate: '2025-03-18',
    allowedActions: ['investigate', 'mediate'],
    deadline: null,
    fastTrack: false,
    partyNames: ['汕头市某玩具有限公司'],
    departmentId: null,
    createdAt: '2025-03-18T02:00:00.000Z',
    createdBy: '6f1c2a47-0c7e-4c59-9d5e-1f7a3f9b2a10',
    parties: [{ kind: 'organization', role: 'respondent', name: '汕头市某玩具有限公司', creditCode: '91440500MA4UJ7XK2N' }],
    rights: [],
    officers: [{ userId: '6f1c2a47-0c7e-4c59-9d5e-1f7a3f9b2a10', name: '郑执法' }],
    timeline: [
      {
        id: '10000000-0000-4000-8000-000000000001',
        action: 'register',
        fromStatus: null,
        toStatus: 'registered',
        effectiveDate: '2025-03-18',
        details: {},
        note: null,
        actorId: '6f1c2a47-0c7e-4c59-9d5e-1f7a3f9b2a10',
        actorName: '郑执法',
        recordedAt: '2025-03-18T02:00:00.000Z',
      },
    ],
    ...overrides,
  };
}
