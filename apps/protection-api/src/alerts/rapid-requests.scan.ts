import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RAPID_REQUEST_KIND_LABELS, type TRapidRequestKind } from '@ipbureau/domain/protection';
import type { AlertScan, FoundAlert } from '@ipbureau/nest-kit';

interface OverdueRequest {
  id: string;
  kind: TRapidRequestKind;
  applicationNumber: string;
  title: string;
  enterpriseName: string;
  dueDate: string;
  regionCode: string;
  departmentId: string | null;
  createdBy: string;
}

// Where a request is shown in the web app (packages/protection-web's routes).
const requestPage = (id: string) => `/protection/rapid-protection/${id}`;

/**
 * Rapid-protection requests past their service level without an outcome: the officer who
 * registered the request and the section chief (the protection approvers of its department) are
 * told once; the key names the request, so a daily scan re-raising it changes nothing.
 */
@Injectable()
export class RapidRequestOverdueScan implements AlertScan {
  readonly name = 'rapid-requests';

  async scan(em: EntityManager, today: string): Promise<FoundAlert[]> {
    const rows = (await em.query(
      `SELECT r.id, r.kind, r.application_number AS "applicationNumber", r.title, r.enterprise_name AS "enterpriseName",
              to_char(r.due_date, 'YYYY-MM-DD') AS "dueDate", r.region_code AS "regionCode", r.department_id AS "departmentId", r.created_by AS "createdBy"
         FROM rapid_requests r WHERE r.status IN ('submitted', 'accepted') AND r.due_date < $1::date`,
      [today],
    )) as OverdueRequest[];
    return rows.map((r) => {
      const kind = RAPID_REQUEST_KIND_LABELS[r.kind];
      return {
        regionCode: r.regionCode,
        alert: {
          key: `rapid.overdue:${r.id}`,
          kind: 'rapid.request_overdue',
          severity: 'danger',
          title: { 'zh-CN': `${kind.zh} ${r.applicationNumber} 已超过服务时限`, en: `${kind.en} ${r.applicationNumber} is past its service level` },
          body: { 'zh-CN': `${r.enterpriseName}：${r.title}，应于 ${r.dueDate} 前出具结论`, en: `${r.enterpriseName}: ${r.title}; the outcome was due by ${r.dueDate}` },
          link: requestPage(r.id),
          dueDate: r.dueDate,
          audience: { module: 'protection', level: 'approver', departmentId: r.departmentId, userIds: [r.createdBy] },
        },
      };
    });
  }
}
