import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CASE_KIND_LABELS, type TCaseKind } from '@ipbureau/domain/protection';
import type { AlertScan, FoundAlert } from '@ipbureau/nest-kit';
import { deadlinesOf, PENDING_AS_OF } from '../calendar/case-deadlines.js';

interface PendingCase {
  id: string;
  caseNumber: string;
  title: string;
  kind: TCaseKind;
  registeredDate: string;
  regionCode: string;
  departmentId: string | null;
  officerIds: string[];
}

// Where a case is shown in the web app (packages/protection-web's routes).
const casePage = (id: string) => `/protection/cases/${id}`;

/**
 * Cases near or past their time limit: the officers handling the case (by user id) and the section
 * chief (the protection approvers of the case's department) are told once when a case comes within
 * five working days of its deadline (warning) and once when it is overdue (danger). The key names
 * the case and the state, so a daily scan re-raising it changes nothing in platform-api.
 */
@Injectable()
export class CaseDeadlineScan implements AlertScan {
  readonly name = 'case-deadlines';

  async scan(em: EntityManager, today: string): Promise<FoundAlert[]> {
    const rows = (await em.query(
      `SELECT c.id, c.case_number AS "caseNumber", c.title, c.kind, to_char(c.registered_date, 'YYYY-MM-DD') AS "registeredDate",
              c.region_code AS "regionCode", c.department_id AS "departmentId",
              COALESCE((SELECT array_agg(o.user_id::text ORDER BY o.position) FROM case_officers o WHERE o.case_id = c.id), '{}') AS "officerIds"
         FROM cases c WHERE ${PENDING_AS_OF('$1::date')}`,
      [today],
    )) as PendingCase[];
    const deadlines = await deadlinesOf(em, rows, today);
    const found: FoundAlert[] = [];
    for (const c of rows) {
      const d = deadlines.get(c.id);
      if (!d || d.state === 'on_time') continue;
      const overdue = d.state === 'overdue';
      const kind = CASE_KIND_LABELS[c.kind];
      found.push({
        regionCode: c.regionCode,
        alert: {
          key: `case.deadline:${c.id}:${d.state}`,
          kind: overdue ? 'case.deadline_overdue' : 'case.deadline_due_soon',
          severity: overdue ? 'danger' : 'warning',
          title: overdue
            ? { 'zh-CN': `案件 ${c.caseNumber} 已超过办案期限`, en: `Case ${c.caseNumber} is past its time limit` }
            : { 'zh-CN': `案件 ${c.caseNumber} 即将到期`, en: `Case ${c.caseNumber} is near its time limit` },
          body: {
            'zh-CN': `${kind.zh}：${c.title}，应于 ${d.due} 前作出处理决定${d.suspendedDays ? `（已扣除中止 ${d.suspendedDays} 日）` : ''}`,
            en: `${kind.en}: ${c.title}; decide by ${d.due}${d.suspendedDays ? ` (${d.suspendedDays} suspended days excluded)` : ''}`,
          },
          link: casePage(c.id),
          dueDate: d.due,
          audience: { module: 'protection', level: 'approver', departmentId: c.departmentId, userIds: c.officerIds },
        },
      });
    }
    return found;
  }
}
