import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, addYears, compareDates, daysBetween, isCalendarDate, todayInChina, yearOf } from './dates.js';

const MS_PER_DAY = 86_400_000;

/** Oracle: the UTC calendar of `Date`, used only in years where it has no quirks. */
function utcDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0);
}
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const dateArb = fc
  .record({ year: fc.integer({ min: 1001, max: 8999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => isoDay(Date.UTC(year, month - 1, Math.min(day, daysInMonth(year, month)))));

describe('calendar dates', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('take today in China from the instant, at UTC+8', () => {
    expect(todayInChina(new Date('2025-12-31T15:59:59.999Z'))).toBe('2025-12-31');
    expect(todayInChina(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
    expect(todayInChina(new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
    expect(() => todayInChina(new Date('nonsense'))).toThrow(RangeError);
    expect(todayInChina()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('agree with the Asia/Shanghai time-zone database since 1992', () => {
    const shanghai = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const now = new Date(ms);
        expect(todayInChina(now)).toBe(shanghai.format(now));
      }),
    );
  });

  it('do not move with the host time zone', () => {
    const instant = new Date('2025-06-30T20:30:00Z');
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      expect(todayInChina(instant)).toBe('2025-07-01');
      expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
      expect(addMonths('2025-10-31', 1)).toBe('2025-11-30');
    }
  });

  it('add days as the UTC calendar does', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -300_000, max: 300_000 }), (date, n) => {
        const expected = utcDate(date) + n * MS_PER_DAY;
        fc.pre(expected >= Date.UTC(1000, 0, 1) && expected < Date.UTC(9999, 0, 1));
        expect(addDays(date, n)).toBe(isoDay(expected));
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });

  it('count days between dates', () => {
    expect(daysBetween('2021-01-01', '2025-12-31')).toBe(1825);
    expect(daysBetween('2025-12-31', '2021-01-01')).toBe(-1825);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(daysBetween('1970-01-01', '0001-01-01')).toBe(-719_162);
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        expect(daysBetween(a, b)).toBe((utcDate(b) - utcDate(a)) / MS_PER_DAY);
      }),
    );
  });

  it('add months, keeping the day or clamping it to the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2021-01-01', 60)).toBe('2026-01-01');
    expect(addMonths('2024-05-31', -15)).toBe('2023-02-28');
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -9000, max: 9000 }), (date, n) => {
        const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
        const index = y * 12 + (m - 1) + n;
        const ny = Math.floor(index / 12);
        fc.pre(ny >= 1000 && ny <= 9000);
        const nm = index - ny * 12 + 1;
        const result = addMonths(date, n);
        expect(result).toBe(`${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, daysInMonth(ny, nm))).padStart(2, '0')}`);
        // Days up to the 28th exist in every month, so those steps can be undone.
        if (d <= 28) expect(addMonths(result, -n)).toBe(date);
      }),
    );
  });

  it('add years; 29 February falls back to the 28th in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2021-01-01', 5)).toBe('2026-01-01');
    expect(addYears('2025-12-31', -1)).toBe('2024-12-31');
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -500, max: 500 }), (date, n) => {
        expect(addYears(date, n)).toBe(addMonths(date, 12 * n));
        expect(yearOf(addYears(date, n))).toBe(yearOf(date) + n);
      }),
    );
  });

  it('compare dates in calendar order', () => {
    expect(compareDates('2021-01-01', '2025-12-31')).toBe(-1);
    expect(compareDates('2025-12-31', '2025-12-31')).toBe(0);
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1);
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        expect(compareDates(a, b)).toBe(Math.sign(utcDate(a) - utcDate(b)));
        expect(compareDates(b, a)).toBe(-compareDates(a, b) || 0);
      }),
    );
  });

  it('read the year', () => {
    expect(yearOf('2025-12-31')).toBe(2025);
    expect(yearOf('0999-01-01')).toBe(999);
  });

  it('recognise real dates only, and refuse to compute on anything else', () => {
    for (const d of ['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) expect(isCalendarDate(d), d).toBe(true);
    for (const bad of ['2023-02-29', '1900-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-1-1', '20250101', '2025-01-01T00:00:00Z', '0000-01-01', '']) {
      expect(isCalendarDate(bad), bad).toBe(false);
      expect(() => addDays(bad, 1), bad).toThrow(RangeError);
    }
    expect(isCalendarDate(20250101)).toBe(false);
    expect(() => addDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addMonths('2025-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addYears('0001-06-01', -1)).toThrow(RangeError);
  });

  it('recognise exactly the days of the UTC calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
        expect(isCalendarDate(text)).toBe(real);
      }),
    );
  });
});
