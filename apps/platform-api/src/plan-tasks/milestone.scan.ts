import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AlertScan, FoundAlert } from '@ipbureau/nest-kit';

/** How long before a milestone's date the responsible department is reminded. */
export const MILESTONE_NOTICE_DAYS = 14;

interface MilestoneRow {
  task_id: string;
  plan_id: string;
  plan_name: string;
  item: string;
  task_title: string;
  milestone: string;
  due: string;
  overdue: boolean;
  region_code: string;
  department_id: string | null;
}

/**
 * Milestones of the key tasks of active plans that fall due within 14 days or are past due and
 * not done: the plan officers of the responsible department (and the chiefs above it) are told,
 * once per milestone and state.
 */
@Injectable()
export class MilestoneScan implements AlertScan {
  readonly name = 'plan-milestones';

  async scan(em: EntityManager, today: string): Promise<FoundAlert[]> {
    const rows = (await em.query(
      `SELECT t.id AS task_id, p.id AS plan_id, p.name_zh AS plan_name, t.item, t.title AS task_title,
              m->>'title' AS milestone, m->>'dueDate' AS due, (m->>'dueDate')::date < $1::date AS overdue,
              t.region_code, d.id AS department_id
         FROM plan_tasks t
         JOIN plans p ON p.id = t.plan_id AND p.status = 'active'
         CROSS JOIN LATERAL jsonb_array_elements(t.milestones) m
         LEFT JOIN departments d ON d.code = t.responsible_department AND d.region_code = t.region_code
        WHERE m->>'doneOn' IS NULL AND (m->>'dueDate')::date <= $1::date + $2::int
        ORDER BY due`,
      [today, MILESTONE_NOTICE_DAYS],
    )) as MilestoneRow[];
    return rows.map((r) => ({
      regionCode: r.region_code,
      alert: {
        key: `milestone.${r.overdue ? 'overdue' : 'due_near'}:${r.task_id}:${r.due}:${r.milestone}`.slice(0, 200),
        kind: r.overdue ? 'milestone.overdue' : 'milestone.due_near',
        severity: r.overdue ? 'danger' : 'warning',
        title: r.overdue
          ? { 'zh-CN': `重点任务节点逾期：${r.milestone}`.slice(0, 200), en: `Milestone overdue: ${r.milestone}`.slice(0, 200) }
          : { 'zh-CN': `重点任务节点将至：${r.milestone}`.slice(0, 200), en: `Milestone due soon: ${r.milestone}`.slice(0, 200) },
        body: { 'zh-CN': `${r.plan_name} ${r.item} ${r.task_title}：节点日期 ${r.due}`.slice(0, 200), en: `${r.item} ${r.task_title}: due ${r.due}`.slice(0, 200) },
        link: `/plans/${r.plan_id}`,
        dueDate: r.due,
        audience: { module: 'plan', level: 'officer', departmentId: r.department_id, userIds: [] },
      },
    }));
  }
}
