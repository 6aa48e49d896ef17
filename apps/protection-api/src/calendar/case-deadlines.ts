import type { EntityManager } from 'typeorm';
import { calendarFor, computeCaseDeadline, DEADLINE_PENDING_STATUSES, NATIONWIDE, type TCaseDeadline, type TCaseKind, type TCaseStatus, type WorkingCalendar } from '@ipbureau/domain/protection';
import { isWithinDivision } from '@ipbureau/nest-kit';
import { CalendarDayEntity } from './calendar-day.entity.js';

/** The calendar days of the bureau's calendar, read once per request or scan. */
export async function loadCalendarDays(em: EntityManager): Promise<CalendarDayEntity[]> {
  return em.getRepository(CalendarDayEntity).find({ order: { day: 'ASC' } });
}

/** The working-day calendar of a district: the nationwide days and those of the divisions it lies in. */
export function calendarOf(days: readonly CalendarDayEntity[], district: string): WorkingCalendar {
  return calendarFor(
    days.map((d) => ({ date: d.day, kind: d.kind, region: d.regionCode })),
    (region) => region === NATIONWIDE || isWithinDivision(district, region),
  );
}

export interface DeadlineCase {
  id: string;
  kind: TCaseKind;
  registeredDate: string;
  regionCode: string;
}

/**
 * The deadline of each case as of `asOf`, from its timeline up to that date and the calendar of
 * its district (null when no time limit applies or the case was decided or ended by then).
 */
export async function deadlinesOf(em: EntityManager, cases: readonly DeadlineCase[], asOf: string): Promise<Map<string, TCaseDeadline | null>> {
  const result = new Map<string, TCaseDeadline | null>();
  if (!cases.length) return result;
  const [days, steps] = await Promise.all([
    loadCalendarDays(em),
    em.query(
      `SELECT case_id, action, from_status, to_status, to_char(effective_date, 'YYYY-MM-DD') AS effective_date FROM case_events
        WHERE case_id = ANY($1::uuid[]) AND effective_date <= $2::date ORDER BY case_id, effective_date, recorded_at`,
      [cases.map((c) => c.id), asOf],
    ) as Promise<{ case_id: string; action: string; from_status: TCaseStatus | null; to_status: TCaseStatus; effective_date: string }[]>,
  ]);
  const byCase = new Map<string, { action: string; fromStatus: TCaseStatus | null; toStatus: TCaseStatus; effectiveDate: string }[]>();
  for (const s of steps) {
    const list = byCase.get(s.case_id) ?? [];
    list.push({ action: s.action, fromStatus: s.from_status, toStatus: s.to_status, effectiveDate: s.effective_date });
    byCase.set(s.case_id, list);
  }
  const calendars = new Map<string, WorkingCalendar>();
  for (const c of cases) {
    let calendar = calendars.get(c.regionCode);
    if (!calendar) calendars.set(c.regionCode, (calendar = calendarOf(days, c.regionCode)));
    result.set(c.id, computeCaseDeadline({ kind: c.kind, registeredDate: c.registeredDate, steps: byCase.get(c.id) ?? [] }, calendar, asOf));
  }
  return result;
}

/**
 * Cases awaiting their decision as of `asOf` (registered by then, no decision or end by then),
 * with the SQL condition on alias `c` and its parameters, for the list filter, the metric and the scan.
 */
export const PENDING_AS_OF = (asOfParam: string) =>
  `c.registered_date <= ${asOfParam} AND NOT EXISTS (SELECT 1 FROM case_events x WHERE x.case_id = c.id AND x.effective_date <= ${asOfParam}
     AND x.to_status NOT IN (${DEADLINE_PENDING_STATUSES.map((status) => `'${status}'`).join(', ')}))`;
