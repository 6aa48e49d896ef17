import { describe, expect, it } from 'vitest';
import { allowedActions, CASE_ACTIONS, CASE_ENDED_STATUSES, CASE_STATUSES, CASE_TRANSITIONS, possibleActions, transitionFor, ZCaseTransitionRequest } from './case-workflow.js';

describe('the enforcement case’s transition table', () => {
  it('reaches every status from registered, and leads nowhere from an ended one', () => {
    const reached = new Set<string>(['registered']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of CASE_TRANSITIONS) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...CASE_STATUSES].sort());
    for (const status of CASE_ENDED_STATUSES) expect(possibleActions({ status, outcome: null })).toEqual([]);
  });

  it('has at most one edge per action from a state', () => {
    for (const status of CASE_STATUSES) {
      for (const outcome of ['punished', 'not_established', null] as const) {
        for (const action of CASE_ACTIONS) {
          expect(CASE_TRANSITIONS.filter((t) => t.action === action && t.from === status && (!t.whenOutcome || t.whenOutcome === outcome)).length).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('executes a punishment before closing, and closes a case not established directly', () => {
    expect(possibleActions({ status: 'decided', outcome: 'punished' })).toEqual(['execute']);
    expect(possibleActions({ status: 'decided', outcome: 'not_established' })).toEqual(['close']);
    expect(transitionFor({ status: 'executed', outcome: 'punished' }, 'close')?.to).toBe('closed');
  });

  it('lets the approver decide and close, the officer investigate and execute, a viewer nothing', () => {
    const investigating = { status: 'investigating', outcome: null } as const;
    expect(allowedActions(investigating, ['protection:officer'])).toEqual(['mediate']);
    expect(allowedActions(investigating, ['protection:approver'])).toEqual(['suspend', 'extend', 'decide', 'transfer', 'withdraw', 'mediate']);
    expect(allowedActions(investigating, ['protection:viewer', 'creation:approver'])).toEqual([]);
    expect(allowedActions({ status: 'executed', outcome: 'punished' }, ['protection:officer'])).toEqual([]);
  });
});

describe('a decision', () => {
  const base = { action: 'decide', effectiveDate: '2025-01-02', version: 3, decisionNumber: '汕市监知罚〔2025〕1号' } as const;

  it('with a punishment carries both amounts as exact decimals', () => {
    const parsed = ZCaseTransitionRequest.parse({ ...base, outcome: 'punished', fineAmount: 5000, confiscationAmount: '0.1' });
    expect(parsed).toMatchObject({ fineAmount: '5000.00', confiscationAmount: '0.10' });
  });

  it('with a punishment of nothing, or amounts on a case not established, is refused', () => {
    expect(ZCaseTransitionRequest.safeParse({ ...base, outcome: 'punished', fineAmount: '0', confiscationAmount: '0' }).success).toBe(false);
    expect(ZCaseTransitionRequest.safeParse({ ...base, outcome: 'not_established', fineAmount: '10' }).success).toBe(false);
    expect(ZCaseTransitionRequest.safeParse({ ...base, outcome: 'not_established' }).success).toBe(true);
  });
});
