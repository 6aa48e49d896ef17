import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AlertScan, FoundAlert } from '@ipbureau/nest-kit';

/**
 * Rights that lapse unless someone acts: the officers who follow the owning enterprises are told
 * ahead of the deadline (warning) and again during the grace period (danger), one alert per right
 * and deadline, so paying or renewing moves the next alert to the next deadline.
 *
 * - Patent annual fees 年费 (专利法实施细则 第九十八条): the fee for the next patent year is due by the
 *   end of the paid year; it may still be paid within six months after, with a surcharge, after
 *   which the patent lapses. Told 60 days ahead.
 * - Trademark renewal 续展 (商标法 第四十条): within twelve months before the term ends, or a
 *   six-month grace period after. Told six months ahead.
 */
export const ANNUAL_FEE_NOTICE_DAYS = 60;
export const TRADEMARK_NOTICE_MONTHS = 6;
export const GRACE_MONTHS = 6;

// Where each record is shown in the web app (packages/creation-web's `creationPaths`).
const patentPage = (id: string) => `/creation/patents/${id}`;
const trademarkPage = (id: string) => `/creation/trademarks/${id}`;

interface DeadlineRow {
  id: string;
  label: string;
  owner: string;
  due: string;
  grace_ends: string;
  in_grace: boolean;
  region_code: string;
  department_id: string | null;
}

/** How one kind of deadline is worded, before it falls due and in its grace period. */
interface DeadlineWording {
  keyPrefix: string;
  kinds: { due: string; grace: string };
  title: (r: DeadlineRow, inGrace: boolean) => { 'zh-CN': string; en: string };
  body: (r: DeadlineRow, inGrace: boolean) => { 'zh-CN': string; en: string };
  link: (id: string) => string;
}

/** One alert per right, deadline and state: warning before the deadline, danger in the grace period. */
function deadlineAlerts(rows: DeadlineRow[], wording: DeadlineWording): FoundAlert[] {
  return rows.map((r) => ({
    regionCode: r.region_code,
    alert: {
      key: `${wording.keyPrefix}:${r.id}:${r.due}:${r.in_grace ? 'grace' : 'due'}`,
      kind: r.in_grace ? wording.kinds.grace : wording.kinds.due,
      severity: r.in_grace ? 'danger' : 'warning',
      title: wording.title(r, r.in_grace),
      body: wording.body(r, r.in_grace),
      link: wording.link(r.id),
      dueDate: r.in_grace ? r.grace_ends : r.due,
      audience: { module: 'creation', level: 'officer', departmentId: r.department_id, userIds: [] },
    },
  }));
}

@Injectable()
export class AnnualFeeScan implements AlertScan {
  readonly name = 'patent-annual-fees';

  async scan(em: EntityManager, today: string): Promise<FoundAlert[]> {
    const rows = (await em.query(
      `SELECT id, application_number AS label, applicant_name AS owner, to_char(annual_fee_paid_until, 'YYYY-MM-DD') AS due,
              to_char(annual_fee_paid_until + make_interval(months => $3), 'YYYY-MM-DD') AS grace_ends,
              annual_fee_paid_until < $1::date AS in_grace, region_code, department_id
         FROM patents
        WHERE status = 'granted' AND annual_fee_paid_until IS NOT NULL
          AND annual_fee_paid_until <= $1::date + $2::int
          AND annual_fee_paid_until + make_interval(months => $3) >= $1::date`,
      [today, ANNUAL_FEE_NOTICE_DAYS, GRACE_MONTHS],
    )) as DeadlineRow[];
    return deadlineAlerts(rows, {
      keyPrefix: 'patent.annual_fee',
      kinds: { due: 'patent.annual_fee_due', grace: 'patent.annual_fee_grace' },
      title: (r, grace) =>
        grace
          ? { 'zh-CN': `专利 ${r.label} 年费逾期，滞纳期内`, en: `Patent ${r.label}: annual fee overdue, in the grace period` }
          : { 'zh-CN': `专利 ${r.label} 年费即将到期`, en: `Patent ${r.label}: annual fee falling due` },
      body: (r, grace) =>
        grace
          ? { 'zh-CN': `${r.owner}：年费应于 ${r.due} 前缴纳，须在 ${r.grace_ends} 前补缴并缴纳滞纳金，否则专利权终止`, en: `${r.owner}: due ${r.due}; pay with the surcharge by ${r.grace_ends} or the patent lapses` }
          : { 'zh-CN': `${r.owner}：下一年度年费应于 ${r.due} 前缴纳`, en: `${r.owner}: next year's fee is due by ${r.due}` },
      link: patentPage,
    });
  }
}

@Injectable()
export class TrademarkRenewalScan implements AlertScan {
  readonly name = 'trademark-renewals';

  async scan(em: EntityManager, today: string): Promise<FoundAlert[]> {
    const rows = (await em.query(
      `SELECT id, registration_number AS label, holder_name AS owner, to_char(expiry_date, 'YYYY-MM-DD') AS due,
              to_char(expiry_date + make_interval(months => $3), 'YYYY-MM-DD') AS grace_ends,
              expiry_date < $1::date AS in_grace, region_code, department_id
         FROM trademarks
        WHERE status = 'registered'
          AND expiry_date <= $1::date + make_interval(months => $2)
          AND expiry_date + make_interval(months => $3) >= $1::date`,
      [today, TRADEMARK_NOTICE_MONTHS, GRACE_MONTHS],
    )) as DeadlineRow[];
    return deadlineAlerts(rows, {
      keyPrefix: 'trademark.renewal',
      kinds: { due: 'trademark.expiry_near', grace: 'trademark.renewal_grace' },
      title: (r, grace) =>
        grace
          ? { 'zh-CN': `商标 ${r.label} 已到期，处于续展宽展期`, en: `Trademark ${r.label}: expired, in the renewal grace period` }
          : { 'zh-CN': `商标 ${r.label} 即将到期`, en: `Trademark ${r.label}: term ending` },
      body: (r, grace) =>
        grace
          ? { 'zh-CN': `${r.owner}：注册有效期已于 ${r.due} 届满，须在 ${r.grace_ends} 前申请续展`, en: `${r.owner}: the term ended ${r.due}; renew by ${r.grace_ends}` }
          : { 'zh-CN': `${r.owner}：注册有效期至 ${r.due}，请提醒及时续展`, en: `${r.owner}: the term ends ${r.due}; remind the holder to renew` },
      link: trademarkPage,
    });
  }
}
