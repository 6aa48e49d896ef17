import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { formatYuan } from '@ipbureau/domain';
import type { AlertScan, FoundAlert } from '@ipbureau/nest-kit';

/** The pledge's page in the web app (packages/utilization-web's `utilizationPaths.pledge`). */
const pledgePage = (id: string) => `/utilization/pledges/${id}`;

/** How long before a loan's maturity its officers are told. */
export const MATURITY_NOTICE_DAYS = 30;

interface MaturingRow {
  id: string;
  pledgor_name: string;
  lender_name: string;
  outstanding: string;
  maturity_date: string;
  region_code: string;
  department_id: string | null;
  overdue: boolean;
}

/**
 * Pledged loans maturing within 30 days (warning) or past maturity and not repaid (danger): the
 * officers of the department that registered the pledge follow up with the lender before a
 * default reaches the risk-compensation fund. One alert per loan and maturity date, so an
 * extension raises a new one.
 */
@Injectable()
export class PledgeMaturityScan implements AlertScan {
  readonly name = 'pledge-maturity';

  async scan(em: EntityManager, today: string): Promise<FoundAlert[]> {
    const rows = (await em.query(
      `SELECT id, pledgor_name, lender_name, (disbursed_amount - repaid_amount)::text AS outstanding,
              to_char(maturity_date, 'YYYY-MM-DD') AS maturity_date, region_code, department_id, maturity_date < $1::date AS overdue
         FROM pledges
        WHERE status IN ('disbursed', 'extended') AND maturity_date IS NOT NULL
          AND maturity_date <= $1::date + $2::int
        ORDER BY maturity_date`,
      [today, MATURITY_NOTICE_DAYS],
    )) as MaturingRow[];
    return rows.map((row) => ({
      regionCode: row.region_code,
      alert: {
        key: `pledge.${row.overdue ? 'maturity_overdue' : 'maturity_near'}:${row.id}:${row.maturity_date}`,
        kind: row.overdue ? 'pledge.maturity_overdue' : 'pledge.maturity_near',
        severity: row.overdue ? 'danger' : 'warning',
        title: row.overdue
          ? { 'zh-CN': `质押贷款已到期未还清：${row.pledgor_name}`, en: `Pledged loan past maturity: ${row.pledgor_name}` }
          : { 'zh-CN': `质押贷款即将到期：${row.pledgor_name}`, en: `Pledged loan maturing: ${row.pledgor_name}` },
        body: {
          'zh-CN': `${row.lender_name}，到期日 ${row.maturity_date}，未还本金 ${formatYuan(row.outstanding)} 元`,
          en: `${row.lender_name}, matures ${row.maturity_date}, outstanding ${formatYuan(row.outstanding)} yuan`,
        },
        link: pledgePage(row.id),
        dueDate: row.maturity_date,
        audience: { module: 'utilization', level: 'officer', departmentId: row.department_id, userIds: [] },
      },
    }));
  }
}
