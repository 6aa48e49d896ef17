/**
 * Calendar dates of legal effect (filing, grant, decision, the plan period 2021-01-01 …
 * 2025-12-31) as `YYYY-MM-DD` strings in China Standard Time. The arithmetic counts days on the
 * proleptic Gregorian calendar and never builds a local `Date`, so the host's time zone cannot
 * shift a date by one.
 */
export type TDateString = string;

/** China Standard Time is UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const MS_PER_DAY = 24 * 60 * 60 * 1000;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type TParts = { year: number; month: number; day: number };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function partsOf(date: string): TParts | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parts(date: string): TParts {
  const p = typeof date === 'string' ? partsOf(date) : null;
  if (!p) throw new RangeError(`not a calendar date YYYY-MM-DD: ${JSON.stringify(date)}`);
  return p;
}

function format({ year, month, day }: TParts): TDateString {
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Day number of a date, 0 = 1970-01-01. Counts in 400-year cycles of 146,097 days with the year
 * starting on 1 March, so the leap day is the last day of the counted year.
 */
function dayNumber({ year, month, day }: TParts): number {
  const y = month <= 2 ? year - 1 : year;
  const cycle = Math.floor(y / 400);
  const yearOfCycle = y - cycle * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfCycle = yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear;
  return cycle * 146_097 + dayOfCycle - 719_468;
}

/** Inverse of `dayNumber`. */
function fromDayNumber(n: number): TParts {
  const shifted = n + 719_468;
  const cycle = Math.floor(shifted / 146_097);
  const dayOfCycle = shifted - cycle * 146_097;
  const yearOfCycle = Math.floor(
    (dayOfCycle - Math.floor(dayOfCycle / 1460) + Math.floor(dayOfCycle / 36_524) - Math.floor(dayOfCycle / 146_096)) / 365,
  );
  const dayOfYear = dayOfCycle - (365 * yearOfCycle + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfCycle + cycle * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function integer(n: number, name: string): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${name} must be an integer, got ${n}`);
  return n;
}

/** True for a real date written `YYYY-MM-DD` (2024-02-29 yes, 2023-02-29 no). */
export function isCalendarDate(value: unknown): value is TDateString {
  return typeof value === 'string' && partsOf(value) !== null;
}

/** Today's date in China (UTC+8), whatever the server's time zone. */
export function todayInChina(now: Date = new Date()): TDateString {
  const ms = now.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid Date');
  return format(fromDayNumber(Math.floor((ms + CHINA_OFFSET_MS) / MS_PER_DAY)));
}

export function addDays(date: string, days: number): TDateString {
  return format(fromDayNumber(dayNumber(parts(date)) + integer(days, 'days')));
}

/**
 * The same day `months` later (or earlier when negative); a day the target month lacks becomes
 * its last day: 2024-01-31 + 1 month = 2024-02-29.
 */
export function addMonths(date: string, months: number): TDateString {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + integer(months, 'months');
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  if (newYear < MIN_YEAR || newYear > MAX_YEAR) throw new RangeError(`year ${newYear} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  return format({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): TDateString {
  return addMonths(date, integer(years, 'years') * 12);
}

/** -1, 0 or 1 as `a` is before, the same as or after `b`. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const d = dayNumber(parts(a)) - dayNumber(parts(b));
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** Days from `from` to `to` (negative when `to` is earlier); 2021-01-01 → 2025-12-31 is 1825. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(parts(to)) - dayNumber(parts(from));
}

export function yearOf(date: string): number {
  return parts(date).year;
}
