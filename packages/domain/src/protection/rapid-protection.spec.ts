import { describe, expect, it } from 'vitest';
import { datedRuleStates } from './dated-rules.js';
import { EMPTY_CALENDAR } from './deadlines.js';
import { OVERSEAS_TRANSITIONS, overseasTransition } from './overseas.js';
import { allowedRapidActions, RAPID_ACTIONS, RAPID_STATUSES, RAPID_TRANSITIONS, rapidActionLabels, rapidClock, rapidStatusLabels, rapidTransition } from './rapid-protection.js';

describe('the rapid protection lifecycle', () => {
  it('allows exactly the table’s edges, filing only a passed pre-examination', () => {
    for (const status of RAPID_STATUSES) {
      for (const action of RAPID_ACTIONS) {
        const edge = RAPID_TRANSITIONS[action];
        expect(rapidTransition({ kind: 'pre_examination', status }, action)).toBe(edge.from.includes(status) ? edge.to : null);
        expect(rapidTransition({ kind: 'rights_determination', status }, action)).toBe(edge.from.includes(status) && action !== 'file' ? edge.to : null);
      }
    }
  });

  it('words a rights determination’s outcome as 确权, a pre-examination’s as 预审, and the other statuses alike', () => {
    expect(rapidStatusLabels('pre_examination').passed.zh).toBe('预审合格');
    expect(rapidStatusLabels('rights_determination').passed.zh).toBe('确权通过');
    expect(rapidStatusLabels('rights_determination').not_passed.zh).toBe('确权未通过');
    expect(rapidActionLabels('rights_determination').fail.zh).toBe('确权未通过');
    expect(rapidActionLabels('pre_examination').pass.zh).toBe('预审合格');
    for (const status of RAPID_STATUSES) {
      if (status !== 'passed' && status !== 'not_passed') expect(rapidStatusLabels('rights_determination')[status]).toEqual(rapidStatusLabels('pre_examination')[status]);
      expect(Object.values(rapidStatusLabels('rights_determination')).some((l) => l.zh.includes('预审'))).toBe(false);
    }
  });

  it('leaves the outcome to the approver', () => {
    expect(allowedRapidActions({ kind: 'pre_examination', status: 'accepted' }, ['protection:officer'])).toEqual(['withdraw']);
    expect(allowedRapidActions({ kind: 'pre_examination', status: 'accepted' }, ['protection:approver'])).toEqual(['pass', 'fail', 'withdraw']);
  });

  it('counts the clock in working days: running, overdue, met, missed', () => {
    // Mon 2 June 2025 + 5 working days (weekends only here) = Mon 9 June.
    const r = { status: 'accepted' as const, submittedDate: '2025-06-02', dueDate: '2025-06-09', slaWorkingDays: 5, decidedDate: null, statusDate: '2025-06-03' };
    expect(rapidClock(r, EMPTY_CALENDAR, '2025-06-05')).toMatchObject({ state: 'running', workingDaysUsed: 3, workingDaysLeft: 2, overdue: false });
    expect(rapidClock(r, EMPTY_CALENDAR, '2025-06-11')).toMatchObject({ state: 'overdue', workingDaysUsed: 7, workingDaysLeft: -2, overdue: true });
    expect(rapidClock({ ...r, status: 'passed', decidedDate: '2025-06-09' }, EMPTY_CALENDAR, '2025-12-01')).toMatchObject({ state: 'met', workingDaysUsed: 5, workingDaysLeft: 0 });
    expect(rapidClock({ ...r, status: 'not_passed', decidedDate: '2025-06-10' }, EMPTY_CALENDAR, '2025-12-01')).toMatchObject({ state: 'missed', workingDaysUsed: 6 });
  });

  it('tells which service level of a kind is in force today, which were superseded and which are still to come', () => {
    const dates = ['2000-01-01', '2025-07-01', '2026-01-01'];
    expect(datedRuleStates(dates, '2025-06-30')).toEqual(['in_force', 'scheduled', 'scheduled']);
    expect(datedRuleStates(dates, '2025-07-01')).toEqual(['superseded', 'in_force', 'scheduled']);
    expect(datedRuleStates(dates, '2026-01-01')).toEqual(['superseded', 'superseded', 'in_force']);
  });
});

describe('the overseas dispute lifecycle', () => {
  it('records assistance repeatedly and ends a dispute resolved or closed', () => {
    expect(overseasTransition('assisting', 'assist')).toBe('assisting');
    expect(overseasTransition('reported', 'resolve')).toBeNull();
    expect(Object.keys(OVERSEAS_TRANSITIONS)).toEqual(['assist', 'resolve', 'close']);
    for (const ended of ['resolved', 'closed'] as const) for (const action of ['assist', 'resolve', 'close'] as const) expect(overseasTransition(ended, action)).toBeNull();
  });
});
