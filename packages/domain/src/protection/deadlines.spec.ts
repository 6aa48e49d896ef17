import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates } from '../common/dates.js';
import { addMonths, addWorkingDays, computeCaseDeadline, isWorkingDay, nextWorkingDayOnOrAfter, workingDaysBetween, type WorkingCalendar } from './deadlines.js';

/** 2026 around the Spring Festival: Feb 15–23 off, Saturday Feb 14 and Saturday Feb 28 worked. */
const cal2026: WorkingCalendar = {
  holidays: new Set(['2026-01-01', '2026-01-02', '2026-01-03', ...Array.from({ length: 9 }, (_, i) => `2026-02-${String(15 + i).padStart(2, '0')}`)]),
  workdays: new Set(['2026-02-14', '2026-02-28']),
};

const dates = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2025-06-01', n));

describe('the working-day calendar', () => {
  it('takes weekdays as working days unless a holiday, weekends as days off unless worked', () => {
    expect(isWorkingDay('2026-02-13', cal2026)).toBe(true); // Friday
    expect(isWorkingDay('2026-02-14', cal2026)).toBe(true); // adjusted Saturday
    expect(isWorkingDay('2026-02-16', cal2026)).toBe(false); // Monday in the Spring Festival
    expect(isWorkingDay('2026-02-21', cal2026)).toBe(false); // Saturday
    expect(isWorkingDay('2026-02-24', cal2026)).toBe(true);
  });

  it('adds working days across the Spring Festival and its adjusted working days', () => {
    expect(addWorkingDays('2026-02-12', 1, cal2026)).toBe('2026-02-13');
    expect(addWorkingDays('2026-02-12', 2, cal2026)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-12', 3, cal2026)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-24', 4, cal2026)).toBe('2026-02-28');
    expect(addWorkingDays('2026-02-24', -1, cal2026)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-21', 0, cal2026)).toBe('2026-02-21');
    expect(nextWorkingDayOnOrAfter('2026-02-16', cal2026)).toBe('2026-02-24');
    expect(nextWorkingDayOnOrAfter('2026-02-14', cal2026)).toBe('2026-02-14');
  });

  it('lands n working days later on a working day, with exactly n working days in between (property)', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const end = addWorkingDays(start, n, cal2026);
        expect(isWorkingDay(end, cal2026)).toBe(true);
        expect(workingDaysBetween(start, end, cal2026)).toBe(n);
        expect(workingDaysBetween(start, addDays(end, -1), cal2026)).toBe(n - 1);
      }),
    );
  });

  it('is additive and monotonic (property)', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (start, a, b) => {
        expect(addWorkingDays(addWorkingDays(start, a, cal2026), b, cal2026)).toBe(addWorkingDays(start, a + b, cal2026));
        expect(compareDates(addWorkingDays(start, a, cal2026), addWorkingDays(start, a + b, cal2026))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('adds months, a missing day becoming the month’s last', () => {
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', 3)).toBe('2026-06-15');
    fc.assert(fc.property(dates, fc.integer({ min: 0, max: 24 }), (d, m) => {
        expect(compareDates(addMonths(d, m), d)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('a case’s deadline', () => {
  const registered = (toStatus: 'registered' | 'investigating', effectiveDate: string) => ({ toStatus, fromStatus: null, effectiveDate });

  it('gives a penalty case 90 days, a last day in the Spring Festival moving to the first working day after it', () => {
    const d = computeCaseDeadline({ kind: 'trademark_infringement', registeredDate: '2025-11-18', steps: [registered('registered', '2025-11-18')] }, cal2026, '2026-02-10');
    expect(d).toMatchObject({ due: '2026-02-24', suspendedDays: 0, overdue: false, state: 'due_soon', daysLeft: 14, rule: 'samr-penalty-90d' });
    // Five working days before the 24th reach back over the festival to the adjusted Saturday.
    expect(computeCaseDeadline({ kind: 'trademark_infringement', registeredDate: '2025-11-18', steps: [] }, cal2026, '2026-02-09')?.state).toBe('on_time');
  });

  it('keeps a last day on an adjusted working Saturday', () => {
    const d = computeCaseDeadline({ kind: 'copyright', registeredDate: '2025-11-16', steps: [] }, cal2026, '2026-02-13');
    expect(d).toMatchObject({ due: '2026-02-14', state: 'due_soon', daysLeft: 1 });
    expect(computeCaseDeadline({ kind: 'copyright', registeredDate: '2025-11-16', steps: [] }, cal2026, '2026-02-15')).toMatchObject({ overdue: true, state: 'overdue', daysLeft: -1 });
  });

  it('gives a patent dispute three months and adds the days it was suspended', () => {
    const steps = [
      registered('registered', '2026-03-02'),
      { fromStatus: 'registered' as const, toStatus: 'investigating' as const, effectiveDate: '2026-03-03' },
      { fromStatus: 'investigating' as const, toStatus: 'suspended' as const, effectiveDate: '2026-04-01' },
      { fromStatus: 'suspended' as const, toStatus: 'investigating' as const, effectiveDate: '2026-04-11' },
    ];
    expect(computeCaseDeadline({ kind: 'patent_dispute', registeredDate: '2026-03-02', steps: steps.slice(0, 2) }, cal2026, '2026-03-10')?.due).toBe('2026-06-02');
    expect(computeCaseDeadline({ kind: 'patent_dispute', registeredDate: '2026-03-02', steps }, cal2026, '2026-05-01')).toMatchObject({ due: '2026-06-12', suspendedDays: 10 });
    // Still suspended: the clock stands, the due date moves day by day and the case is never overdue.
    const open = computeCaseDeadline({ kind: 'patent_dispute', registeredDate: '2026-03-02', steps: steps.slice(0, 3) }, cal2026, '2026-09-01');
    expect(open).toMatchObject({ suspended: true, overdue: false, suspendedDays: 153 });
  });

  it('extends a penalty case by 30 days once the approver extends it', () => {
    const steps = [registered('registered', '2025-11-18'), { action: 'extend', fromStatus: 'investigating' as const, toStatus: 'investigating' as const, effectiveDate: '2026-02-10' }];
    expect(computeCaseDeadline({ kind: 'copyright', registeredDate: '2025-11-18', steps }, cal2026, '2026-02-11')).toMatchObject({ due: '2026-03-18', extended: true });
    expect(computeCaseDeadline({ kind: 'copyright', registeredDate: '2025-11-18', steps }, cal2026, '2026-02-09')).toMatchObject({ due: '2026-02-24', extended: false });
  });

  it('has none once decided', () => {
    const steps = [registered('registered', '2025-01-02'), { fromStatus: 'investigating' as const, toStatus: 'decided' as const, effectiveDate: '2025-02-01' }];
    expect(computeCaseDeadline({ kind: 'copyright', registeredDate: '2025-01-02', steps }, cal2026, '2025-12-01')).toBeNull();
    expect(computeCaseDeadline({ kind: 'copyright', registeredDate: '2025-01-02', steps }, cal2026, '2025-01-20')).not.toBeNull();
  });
});
