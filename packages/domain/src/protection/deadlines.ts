import { z } from 'zod';
import { addDays, addMonths as addCalendarMonths, compareDates, daysBetween } from '../common/dates.js';
import { ZCalendarDate } from '../common/scalars.js';
import type { TCaseKind } from './cases.js';
import type { TCaseStatus } from './case-workflow.js';

/**
 * Case time limits 办案期限 on the bureau's working-day calendar.
 *
 * The calendar is data the bureau maintains each year: the public holidays 法定节假日 and the
 * adjusted working days 调休上班日 (weekend days worked in exchange) the State Council announces.
 * Any other Monday–Friday is a working day, any other Saturday or Sunday is not.
 */
export interface WorkingCalendar {
  /** Days off although Monday–Friday (public holidays and the weekdays taken off around them). */
  readonly holidays: ReadonlySet<string>;
  /** Saturdays or Sundays worked (调休). */
  readonly workdays: ReadonlySet<string>;
}

export const EMPTY_CALENDAR: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

/** 0 Sunday … 6 Saturday, for a 'YYYY-MM-DD' date. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDayOnOrAfter(date: string, calendar: WorkingCalendar): string {
  let d = date;
  // A year has at most a few consecutive days off; the bound only guards against a broken calendar.
  for (let i = 0; i < 366 && !isWorkingDay(d, calendar); i++) d = addDays(d, 1);
  return d;
}

/**
 * The `n`th working day after `start` (`start` itself is not counted, as a period 期间 does not
 * count its first day); `n = 0` gives `start`. Negative `n` counts back the same way.
 */
export function addWorkingDays(start: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer, got ${n}`);
  const stepDays = n < 0 ? -1 : 1;
  let d = start;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, stepDays);
    if (isWorkingDay(d, calendar)) left--;
  }
  return d;
}

/** The same day `months` later; a day the month lacks becomes its last day (2025-11-30 + 3 = 2026-02-28). */
export function addMonths(date: string, months: number): string {
  return addCalendarMonths(date, months);
}

/** Working days from `from` (excluded) to `to` (included); 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  let n = 0;
  for (let d = addDays(from, 1); compareDates(d, to) <= 0; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) n++;
  return n;
}

export const TIME_LIMIT_UNITS = ['days', 'working_days', 'months'] as const;
export type TTimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

/**
 * A time limit for cases of some kinds, from registration 立案 until the case leaves `pendingStatuses`
 * (the decision 处理决定 meets it). Kept as data with the dates it applies from: a case is held to the
 * rule in force on its registration date.
 */
export interface CaseTimeLimitRule {
  id: string;
  kinds: readonly TCaseKind[];
  /** Applies to cases registered on or after this date … */
  effectiveFrom: string;
  /** … and before this one, when the rule was replaced. */
  effectiveUntil: string | null;
  amount: number;
  unit: TTimeLimitUnit;
  /** The extension the approver may grant once, by the `extend` step. */
  extension: { amount: number; unit: TTimeLimitUnit } | null;
  basis: { 'zh-CN': string; en: string };
}

const PENALTY_KINDS = ['trademark_infringement', 'counterfeit_patent', 'copyright', 'trade_secret', 'unfair_competition', 'gi_misuse'] as const satisfies readonly TCaseKind[];

export const CASE_TIME_LIMIT_RULES: readonly CaseTimeLimitRule[] = [
  {
    id: 'samr-penalty-90d',
    kinds: PENALTY_KINDS,
    effectiveFrom: '2022-07-15',
    effectiveUntil: null,
    amount: 90,
    unit: 'days',
    extension: { amount: 30, unit: 'days' },
    basis: {
      'zh-CN': '《市场监督管理行政处罚程序规定》：自立案之日起九十日内作出处理决定；经批准可延长三十日；中止期间不计入',
      en: 'SAMR administrative penalty procedure rules: decide within 90 days of registration, extendable by 30 with approval; suspensions excluded',
    },
  },
  {
    id: 'cnipa-patent-dispute-3m',
    kinds: ['patent_dispute'],
    effectiveFrom: '2015-07-01',
    effectiveUntil: null,
    amount: 3,
    unit: 'months',
    extension: { amount: 1, unit: 'months' },
    basis: {
      'zh-CN': '《专利行政执法办法》：处理专利侵权纠纷，自立案之日起三个月内结案；经批准最多延长一个月；中止期间不计入',
      en: 'Patent administrative enforcement measures: settle a patent infringement dispute within 3 months of registration, extendable by at most 1 month; suspensions excluded',
    },
  },
];

/** The statuses in which the time limit runs; a decision, or an end before one, stops it. */
export const DEADLINE_PENDING_STATUSES = ['registered', 'investigating', 'suspended'] as const satisfies readonly TCaseStatus[];

/** A case is due soon within this many working days of its deadline. */
export const DUE_SOON_WORKING_DAYS = 5;

export function timeLimitRuleFor(kind: TCaseKind, registeredDate: string, rules: readonly CaseTimeLimitRule[] = CASE_TIME_LIMIT_RULES): CaseTimeLimitRule | undefined {
  return rules.find(
    (r) => r.kinds.includes(kind) && compareDates(r.effectiveFrom, registeredDate) <= 0 && (r.effectiveUntil === null || compareDates(registeredDate, r.effectiveUntil) < 0),
  );
}

export const DEADLINE_STATES = ['on_time', 'due_soon', 'overdue'] as const;
export const ZDeadlineState = z.enum(DEADLINE_STATES);
export type TDeadlineState = z.infer<typeof ZDeadlineState>;

/** The case's time limit as of a date, on the case (`deadline`); null once decided or ended. */
export const ZCaseDeadline = z.object({
  due: ZCalendarDate.describe('Last day to decide, suspensions added and moved off days off to the next working day'),
  basis: z.object({ 'zh-CN': z.string(), en: z.string() }).describe('The rule the limit comes from'),
  rule: z.string(),
  suspendedDays: z.int().min(0).describe('Calendar days the case was suspended 中止, not counted'),
  suspended: z.boolean(),
  extended: z.boolean().describe('The approver extended the limit by what the rule allows'),
  overdue: z.boolean(),
  state: ZDeadlineState,
  daysLeft: z.int().describe('Calendar days from the date asked to the due date; negative when overdue'),
});
export type TCaseDeadline = z.infer<typeof ZCaseDeadline>;

/** The timeline steps the deadline depends on. */
export interface DeadlineStep {
  action?: string;
  toStatus: TCaseStatus;
  fromStatus: TCaseStatus | null;
  effectiveDate: string;
}

function addPeriod(start: string, amount: number, unit: TTimeLimitUnit, calendar: WorkingCalendar): string {
  if (unit === 'working_days') return addWorkingDays(start, amount, calendar);
  return unit === 'months' ? addMonths(start, amount) : addDays(start, amount);
}

/**
 * The deadline of a case as of `asOf`, from its kind, registration date and the steps of its
 * timeline up to `asOf`: the period runs from the day after registration; the days between a
 * suspension and the resumption (or `asOf`, while still suspended) are added; a last day that is
 * not a working day moves to the next working day. Null when no rule applies or the case left
 * the pending statuses by `asOf`.
 */
export function computeCaseDeadline(
  input: { kind: TCaseKind; registeredDate: string; steps: readonly DeadlineStep[] },
  calendar: WorkingCalendar,
  asOf: string,
  rules: readonly CaseTimeLimitRule[] = CASE_TIME_LIMIT_RULES,
): TCaseDeadline | null {
  const rule = timeLimitRuleFor(input.kind, input.registeredDate, rules);
  if (!rule) return null;
  const steps = input.steps.filter((s) => compareDates(s.effectiveDate, asOf) <= 0);
  const last = steps.at(-1);
  const pending: readonly string[] = DEADLINE_PENDING_STATUSES;
  if (last && !pending.includes(last.toStatus)) return null;
  let suspendedDays = 0;
  let suspendedSince: string | null = null;
  for (const s of steps) {
    if (s.toStatus === 'suspended' && suspendedSince === null) suspendedSince = s.effectiveDate;
    else if (s.fromStatus === 'suspended' && suspendedSince !== null) {
      suspendedDays += Math.max(0, daysBetween(suspendedSince, s.effectiveDate));
      suspendedSince = null;
    }
  }
  const suspended = suspendedSince !== null;
  if (suspendedSince !== null) suspendedDays += Math.max(0, daysBetween(suspendedSince, asOf));
  const extended = rule.extension !== null && steps.some((s) => s.action === 'extend');
  let end = addPeriod(input.registeredDate, rule.amount, rule.unit, calendar);
  if (extended && rule.extension) end = addPeriod(end, rule.extension.amount, rule.extension.unit, calendar);
  const due = nextWorkingDayOnOrAfter(addDays(end, suspendedDays), calendar);
  const overdue = compareDates(asOf, due) > 0;
  const dueSoon = !overdue && !suspended && compareDates(due, addWorkingDays(asOf, DUE_SOON_WORKING_DAYS, calendar)) <= 0;
  return {
    due,
    basis: rule.basis,
    rule: rule.id,
    suspendedDays,
    suspended,
    extended,
    overdue,
    state: overdue ? 'overdue' : dueSoon ? 'due_soon' : 'on_time',
    daysLeft: daysBetween(asOf, due),
  };
}

/** A day of the working-day calendar the bureau maintains: a public holiday or an adjusted working day. */
export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export const ZCalendarDayKind = z.enum(CALENDAR_DAY_KINDS);
export type TCalendarDayKind = z.infer<typeof ZCalendarDayKind>;

export const CALENDAR_DAY_KIND_LABELS: Record<TCalendarDayKind, { zh: string; en: string }> = {
  holiday: { zh: '法定节假日（放假）', en: 'Public holiday (day off)' },
  workday: { zh: '调休上班日', en: 'Adjusted working day' },
};

/** Region code of calendar days that apply nationwide (全国). */
export const NATIONWIDE = '000000';

export const ZCalendarDayCreate = z.strictObject({
  date: ZCalendarDate,
  kind: ZCalendarDayKind,
  name: z.string().trim().min(1).max(100).describe('The holiday it belongs to, e.g. 春节'),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .default(NATIONWIDE)
    .describe('Where the day applies: 000000 nationwide, or a division code for a local day'),
  verified: z.boolean().default(false).describe('Checked by the bureau against the State Council’s notice'),
});
export type TCalendarDayCreate = z.infer<typeof ZCalendarDayCreate>;
export type TCalendarDayCreateInput = z.input<typeof ZCalendarDayCreate>;

export const ZCalendarDayUpdate = z.strictObject({
  version: z.int().min(1),
  kind: ZCalendarDayKind.optional(),
  name: z.string().trim().min(1).max(100).optional(),
  verified: z.boolean().optional(),
});
export type TCalendarDayUpdate = z.infer<typeof ZCalendarDayUpdate>;

export const ZCalendarDay = z.object({
  id: z.uuid(),
  date: ZCalendarDate,
  kind: ZCalendarDayKind,
  name: z.string(),
  region: z.string(),
  verified: z.boolean(),
  version: z.int(),
});
export type TCalendarDay = z.infer<typeof ZCalendarDay>;

export const ZCalendarQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Days of this year only'),
});
export type TCalendarQuery = z.infer<typeof ZCalendarQuery>;

export const ZCalendarDayDelete = z.object({ version: z.coerce.number().int().min(1) });

/** Builds the calendar that applies in `region` from the bureau's calendar days. */
export function calendarFor(days: readonly { date: string; kind: TCalendarDayKind; region: string }[], applies: (dayRegion: string) => boolean): WorkingCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const d of days) if (applies(d.region)) (d.kind === 'holiday' ? holidays : workdays).add(d.date);
  return { holidays, workdays };
}
