import { describe, expect, it } from 'vitest';
import { allowedPledgeActions, PLEDGE_ACTIVE_STATUSES, PLEDGE_STATUSES, PLEDGE_TRANSITIONS, type TPledgeStatus } from './pledge-lifecycle.js';

describe('the pledge lifecycle table', () => {
  it('reaches every status from an application', () => {
    const reached = new Set<TPledgeStatus>(['applied']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const rule of Object.values(PLEDGE_TRANSITIONS)) {
        if (rule.from.some((s) => reached.has(s)) && !reached.has(rule.to)) {
          reached.add(rule.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...PLEDGE_STATUSES].sort());
  });

  it('ends at released and withdrawn, and nowhere else', () => {
    expect(PLEDGE_STATUSES.filter((s) => allowedPledgeActions(s).length === 0)).toEqual(['released', 'withdrawn']);
  });

  it('never leads from a status that frees the right back to one that holds it', () => {
    const holds = (s: TPledgeStatus) => (PLEDGE_ACTIVE_STATUSES as readonly TPledgeStatus[]).includes(s);
    for (const rule of Object.values(PLEDGE_TRANSITIONS)) {
      for (const from of rule.from) expect(!holds(from) && holds(rule.to), `${from} → ${rule.to}`).toBe(false);
    }
  });

  it('leaves releasing to an approver and the rest to officers', () => {
    expect(Object.entries(PLEDGE_TRANSITIONS).filter(([, r]) => r.level === 'approver').map(([a]) => a)).toEqual(['release']);
    expect(allowedPledgeActions('disbursed')).toEqual(['repay', 'extend', 'default']);
  });
});
