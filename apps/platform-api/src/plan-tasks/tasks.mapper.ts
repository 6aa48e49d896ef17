import type { TMilestone, TTask, TTaskReport } from '@ipbureau/domain/plans';
import type { TaskReportEntity } from './task-report.entity.js';
import type { TaskEntity } from './task.entity.js';

export function mapReport(r: TaskReportEntity): TTaskReport {
  return {
    id: r.id,
    taskId: r.taskId,
    period: r.period,
    text: r.text,
    status: r.status,
    attachments: r.attachments,
    reportedBy: r.reportedBy,
    reportedAt: r.reportedAt.toISOString(),
  };
}

export function mapTask(t: TaskEntity, latest: TaskReportEntity | null, today: string): TTask {
  const milestones: TMilestone[] = t.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate, doneOn: m.doneOn, overdue: m.doneOn === null && m.dueDate < today }));
  return {
    id: t.id,
    planId: t.planId,
    chapter: t.chapter,
    item: t.item,
    title: t.title,
    responsibleDepartment: t.responsibleDepartment,
    cooperatingDepartments: t.cooperatingDepartments,
    milestones,
    sortOrder: t.sortOrder,
    latestReport: latest ? mapReport(latest) : null,
    version: t.version,
  };
}
