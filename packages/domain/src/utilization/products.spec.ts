import { describe, expect, it } from 'vitest';
import { AWARD_GRADES, AWARD_GRADES_BY_KIND, ZAwardCreate } from './awards.js';
import { allowedClaimActions, CLAIM_ACTIONS, CLAIM_STATUSES, CLAIM_TRANSITIONS, ZInsurancePolicyCreate } from './insurance.js';
import { applyTransition } from '../common/lifecycle.js';
import { ZTransferContractCreate } from './transfers.js';

describe('the insurance claim table', () => {
  it('walks every edge: a filed claim is paid or refused, and a decided one takes no further step', () => {
    for (const status of CLAIM_STATUSES) {
      for (const action of CLAIM_ACTIONS) {
        const to = applyTransition(CLAIM_TRANSITIONS, status, action);
        expect(to, `${status} --${action}-->`).toBe(status === 'filed' ? { pay: 'paid', refuse: 'refused' }[action] : null);
      }
    }
    expect(allowedClaimActions('filed')).toEqual(['pay', 'refuse']);
    expect(allowedClaimActions('paid')).toEqual([]);
    expect(allowedClaimActions('refused')).toEqual([]);
  });
});

describe('product contracts', () => {
  const award = { kind: 'patent_award', level: 'national', year: 2023, grade: 'gold', awardName: '第二十四届中国专利奖', patentNumber: '201710601862.3', patentTitle: 't', holderName: 'h', district: '440507' };

  it('gives every grade to exactly one kind of award, and refuses a grade of the other kind naming the field', () => {
    expect([...AWARD_GRADES_BY_KIND.patent_award, ...AWARD_GRADES_BY_KIND.sci_tech_award].sort()).toEqual([...AWARD_GRADES].sort());
    expect(ZAwardCreate.parse(award).patentNumber).toBe('ZL201710601862.3');
    const wrong = ZAwardCreate.safeParse({ ...award, kind: 'sci_tech_award' });
    expect(wrong.error?.issues.map((i) => i.path.join('.'))).toEqual(['grade']);
  });

  it('keeps the premium subsidy within the premium, to the fen', () => {
    const policy = { kind: 'overseas', policyNumber: 'P1', insurerName: 'i', insuredName: 'n', insuredCreditCode: '91350100M000100Y43', insuredSum: '1.00', premium: '0.30', periodFrom: '2024-01-01', periodTo: '2024-12-31', district: '440507' };
    expect(ZInsurancePolicyCreate.safeParse({ ...policy, premiumSubsidy: '0.30' }).success).toBe(true);
    expect(ZInsurancePolicyCreate.safeParse({ ...policy, premiumSubsidy: '0.31' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['premiumSubsidy']);
  });

  it('asks a licence for its kind and refuses one on an assignment', () => {
    const contract = { rights: [{ kind: 'trademark', number: '12345678' }], licensorName: 'a', licenseeName: 'b', licenseeCreditCode: '91350100M000100Y43', amount: '0', contractDate: '2024-01-01', district: '440507' };
    expect(ZTransferContractCreate.safeParse({ ...contract, kind: 'license' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['licenseKind']);
    expect(ZTransferContractCreate.safeParse({ ...contract, kind: 'assignment', licenseKind: 'sole' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['licenseKind']);
    expect(ZTransferContractCreate.safeParse({ ...contract, kind: 'license', licenseKind: 'sole' }).success).toBe(true);
  });
});
