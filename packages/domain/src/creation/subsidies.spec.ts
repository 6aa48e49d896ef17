import { describe, expect, it } from 'vitest';
import { allowedSubsidyActions, nextSubsidyStatus, SUBSIDY_ACTIONS, SUBSIDY_STATUSES, SUBSIDY_TRANSITIONS, ZSubsidyRuleCreate } from './subsidies.js';

describe('the subsidy review table', () => {
  it('walks every edge: an action leads to its target from each status it lists, and from no other', () => {
    for (const action of SUBSIDY_ACTIONS) {
      for (const status of SUBSIDY_STATUSES) {
        const expected = SUBSIDY_TRANSITIONS[action].from.includes(status) ? SUBSIDY_TRANSITIONS[action].to : null;
        expect(nextSubsidyStatus(status, action), `${status} --${action}-->`).toBe(expected);
      }
    }
  });

  it('goes submitted → first review → second review → approved → paid, with returns leading to resubmission', () => {
    expect(allowedSubsidyActions('submitted')).toEqual(['first_pass', 'first_return']);
    expect(allowedSubsidyActions('first_passed')).toEqual(['second_approve', 'second_reject', 'second_return']);
    expect(allowedSubsidyActions('returned')).toEqual(['resubmit']);
    expect(allowedSubsidyActions('approved')).toEqual(['pay']);
    expect(allowedSubsidyActions('paid')).toEqual([]);
    expect(allowedSubsidyActions('rejected')).toEqual([]);
  });
});

describe('a subsidy rule', () => {
  it('takes an exact amount and refuses an end before its start', () => {
    expect(ZSubsidyRuleCreate.parse({ patentType: 'invention', kind: 'grant', amount: '3000.5', effectiveFrom: '2024-01-01' })).toMatchObject({ amount: '3000.50', effectiveTo: null });
    const bad = ZSubsidyRuleCreate.safeParse({ patentType: 'invention', kind: 'grant', amount: 1, effectiveFrom: '2024-01-01', effectiveTo: '2023-12-31' });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join('.'))).toEqual(['effectiveTo']);
  });
});
