import { describe, expect, it } from 'vitest';
import { allowedPatentActions, nextPatentStatus, PATENT_ACTIONS, PATENT_STATUSES, PATENT_TRANSITIONS } from './patents.js';
import { allowedTrademarkActions, renewalWindow, renewedExpiry, trademarkTermEnd } from './trademarks.js';

describe('the patent transition table', () => {
  it('walks every edge: an action leads to its target from each status it lists, and from no other', () => {
    for (const action of PATENT_ACTIONS) {
      for (const status of PATENT_STATUSES) {
        const expected = PATENT_TRANSITIONS[action].from.includes(status) ? PATENT_TRANSITIONS[action].to : null;
        expect(nextPatentStatus(status, action), `${status} --${action}-->`).toBe(expected);
      }
    }
  });

  it('offers grant, reject and withdraw to a pending application, and only restore after a lapse', () => {
    expect(allowedPatentActions('pending')).toEqual(['grant', 'reject', 'withdraw']);
    expect(allowedPatentActions('granted')).toEqual(['withdraw', 'lapse', 'invalidate', 'expire']);
    expect(allowedPatentActions('lapsed')).toEqual(['restore']);
    expect(allowedPatentActions('invalidated')).toEqual([]);
  });
});

describe('trademark terms', () => {
  it('runs ten years from registration, and a renewal ten more from the day after expiry', () => {
    expect(trademarkTermEnd('2015-03-07')).toBe('2025-03-06');
    expect(renewedExpiry('2025-03-06')).toBe('2035-03-06');
    expect(trademarkTermEnd('2016-02-29')).toBe('2026-02-27');
  });

  it('opens renewal twelve months before expiry and closes it six months after', () => {
    expect(renewalWindow('2025-03-06')).toEqual({ from: '2024-03-07', to: '2025-09-06' });
  });

  it('offers renew, cancel and invalidate to a registered mark and nothing after', () => {
    expect(allowedTrademarkActions('registered')).toEqual(['renew', 'cancel', 'invalidate']);
    expect(allowedTrademarkActions('cancelled')).toEqual([]);
  });
});
