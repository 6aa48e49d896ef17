import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { todayInChina } from '@ipbureau/domain';
import type { TMilestoneInput, TTask, TTaskCreate, TTaskListQuery, TTaskReport, TTaskReportCreate, TTaskUpdate } from '@ipbureau/domain/plans';
import { AuditWriter, inTransaction, notFound, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PlansService } from '../plans/plans.service.js';
import { assertVersion, fieldError } from '../plans/plan.rules.js';
import { TaskReportEntity } from './task-report.entity.js';
import { TaskEntity } from './task.entity.js';
import { mapReport, mapTask } from './tasks.mapper.js';

@Injectable()
export class TasksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly plans: PlansService,
  ) {}

  async create(ctx: AuthenticatedContext, planId: string, input: TTaskCreate): Promise<TTask> {
    this.checkMilestones(ctx, input.milestones);
    return inTransaction(this.dataSource, async (em) => {
      const plan = await this.plans.findVisible(em, ctx, planId);
      const now = new Date();
      const repo = em.getRepository(TaskEntity);
      const saved = await repo.save(repo.create({ ...input, planId, regionCode: plan.regionCode, version: 1, createdAt: now, updatedAt: now }));
      const task = mapTask(saved, null, todayInChina());
      await this.audit.record(em, ctx, { entity: 'plan_task', entityId: saved.id, action: 'create', after: task, regionCode: plan.regionCode });
      return task;
    });
  }

  /** The plan's tasks in board order, each with its latest report; optionally one department's. */
  async list(ctx: AuthenticatedContext, planId: string, query: TTaskListQuery): Promise<TTask[]> {
    await this.plans.findVisible(this.dataSource.manager, ctx, planId);
    return this.tasksOf(this.dataSource.manager, planId, query.department);
  }

  async tasksOf(em: EntityManager, planId: string, department?: string): Promise<TTask[]> {
    const qb = em.getRepository(TaskEntity).createQueryBuilder('t').where('t.plan_id = :planId', { planId }).orderBy('t.sort_order', 'ASC').addOrderBy('t.created_at', 'ASC');
    if (department) qb.andWhere('(t.responsible_department = :d OR :d = ANY (t.cooperating_departments))', { d: department });
    const tasks = await qb.getMany();
    const latest = await em
      .getRepository(TaskReportEntity)
      .createQueryBuilder('r')
      .distinctOn(['r.task_id'])
      .where('r.plan_id = :planId', { planId })
      .orderBy('r.task_id')
      .addOrderBy('r.period', 'DESC')
      .addOrderBy('r.reported_at', 'DESC')
      .getMany();
    const byTask = new Map(latest.map((r) => [r.taskId, r]));
    const today = todayInChina();
    return tasks.map((t) => mapTask(t, byTask.get(t.id) ?? null, today));
  }

  async get(ctx: AuthenticatedContext, planId: string, taskId: string): Promise<TTask> {
    const em = this.dataSource.manager;
    await this.plans.findVisible(em, ctx, planId);
    return this.taskDetail(em, await this.findTask(em, planId, taskId));
  }

  async update(ctx: AuthenticatedContext, planId: string, taskId: string, input: TTaskUpdate): Promise<TTask> {
    if (input.milestones) this.checkMilestones(ctx, input.milestones);
    return inTransaction(this.dataSource, async (em) => {
      const plan = await this.plans.findVisible(em, ctx, planId);
      const task = await this.findTask(em, planId, taskId, true);
      assertVersion(task.version, input.version);
      const before = await this.taskDetail(em, task);
      const { version: _version, ...changes } = input;
      Object.assign(task, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
      task.version += 1;
      task.updatedAt = new Date();
      const saved = await em.getRepository(TaskEntity).save(task);
      const after = await this.taskDetail(em, saved);
      await this.audit.record(em, ctx, { entity: 'plan_task', entityId: taskId, action: 'update', before, after, regionCode: plan.regionCode });
      return after;
    });
  }

  async report(ctx: AuthenticatedContext, planId: string, taskId: string, input: TTaskReportCreate): Promise<TTaskReport> {
    return inTransaction(this.dataSource, async (em) => {
      const plan = await this.plans.findVisible(em, ctx, planId);
      await this.findTask(em, planId, taskId);
      const repo = em.getRepository(TaskReportEntity);
      const saved = await repo.save(repo.create({ ...input, taskId, planId, reportedBy: ctx.principal.sub, reportedAt: new Date(), regionCode: plan.regionCode }));
      const report = mapReport(saved);
      await this.audit.record(em, ctx, { entity: 'plan_task_report', entityId: saved.id, action: 'create', after: report, regionCode: plan.regionCode });
      return report;
    });
  }

  async reports(ctx: AuthenticatedContext, planId: string, taskId: string): Promise<TTaskReport[]> {
    const em = this.dataSource.manager;
    await this.plans.findVisible(em, ctx, planId);
    await this.findTask(em, planId, taskId);
    return (await em.getRepository(TaskReportEntity).find({ where: { taskId }, order: { period: 'DESC', reportedAt: 'DESC' } })).map(mapReport);
  }

  /** Every report of the plan whose period falls in `year`, by task, latest first. */
  async reportsOfYear(em: EntityManager, planId: string, year: number): Promise<Map<string, TTaskReport[]>> {
    const rows = await em
      .getRepository(TaskReportEntity)
      .createQueryBuilder('r')
      .where('r.plan_id = :planId AND left(r.period, 4) = :year', { planId, year: String(year) })
      .orderBy('r.period', 'DESC')
      .addOrderBy('r.reported_at', 'DESC')
      .getMany();
    const byTask = new Map<string, TTaskReport[]>();
    for (const r of rows) byTask.set(r.taskId, [...(byTask.get(r.taskId) ?? []), mapReport(r)]);
    return byTask;
  }

  private checkMilestones(ctx: AuthenticatedContext, milestones: TMilestoneInput[]): void {
    const today = todayInChina();
    milestones.forEach((m, i) => {
      if (m.doneOn && m.doneOn > today) throw fieldError(ctx.locale, `milestones.${i}.doneOn`, '完成日期不能晚于今天', 'The completion date must not be in the future');
    });
  }

  private async findTask(em: EntityManager, planId: string, taskId: string, forUpdate = false): Promise<TaskEntity> {
    const task = await em.getRepository(TaskEntity).findOne({ where: { id: taskId, planId }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!task) throw notFound('重点任务', 'Task');
    return task;
  }

  private async taskDetail(em: EntityManager, task: TaskEntity): Promise<TTask> {
    const latest = await em.getRepository(TaskReportEntity).findOne({ where: { taskId: task.id }, order: { period: 'DESC', reportedAt: 'DESC' } });
    return mapTask(task, latest, todayInChina());
  }
}
