import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { compareDates, compareMoney, type TPage } from '@ipbureau/domain';
import {
  computeReward,
  possibleReportActions,
  REPORT_ACTION_LABELS,
  REPORT_ACTION_LEVELS,
  REPORT_ENDED_STATUSES,
  reportTransition,
  type TReport,
  type TReportCreate,
  type TReportDetail,
  type TReportListQuery,
  type TReportReassign,
  type TReportStatus,
  type TReportTransitionRequest,
} from '@ipbureau/domain/protection';
import {
  AuditWriter,
  conflict,
  DomainException,
  forbidden,
  inScope,
  inTransaction,
  notFound,
  paginate,
  RecordOwnership,
  scopeCondition,
  text,
  type AuthenticatedContext,
} from '@ipbureau/nest-kit';
import { hasModuleLevel } from '@ipbureau/domain';
import { findCaseInScope } from '../cases/case-file.repository.js';
import { EnforcementCaseEntity } from '../cases/enforcement-case.entity.js';
import { ReportEntity, ReportEventEntity } from './report.entity.js';
import { rewardRuleInForce } from './report-reward-rules.service.js';
import { mapReport, mapReportDetail } from './reports.mapper.js';

const invalid = (path: string, code: string, zh: string, en: string) => new DomainException('VALIDATION_FAILED', text(zh, en), [{ path, code, message: zh }]);
const unprocessableField = (path: string, code: string, zh: string, en: string) => new DomainException('UNPROCESSABLE', text(zh, en), [{ path, code, message: en }]);
const stale = () => conflict(text('举报记录已被他人修改，请刷新后重试', 'The report was changed by someone else since you read it; reload it and try again'));

/**
 * Reports and rewards 举报奖励. The handling officer verifies a report (linking the case it led to),
 * proposes the reward the rule in force on the date received (report_reward_rules) gives for that case's fine, the
 * approver approves it and the officer records the payment; each step is a dated, append-only
 * event. The reporter is masked for everyone but the handling officer (reports.mapper).
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TReportCreate): Promise<TReportDetail> {
    const ownership = this.ownership.forNewRecord(ctx, input.district, text('不能在您的数据范围以外受理', 'You may not register outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(ReportEntity);
      const row = await repo.save(
        repo.create({
          reporterName: input.reporter.name,
          reporterPhone: input.reporter.phone,
          reporterIdNumber: input.reporter.idNumber,
          subject: input.subject,
          rightKind: input.rightKind,
          receivedDate: input.receivedDate,
          handlingOfficerId: input.handlingOfficer.userId,
          handlingOfficerName: input.handlingOfficer.name,
          status: 'received',
          statusDate: input.receivedDate,
          caseId: null,
          notVerifiedReason: null,
          rewardBasis: null,
          rewardAmount: null,
          rewardRule: null,
          paidDate: null,
          version: 1,
          ...ownership,
        }),
      );
      await this.insertEvent(em, ctx, row, { action: 'receive', fromStatus: null, toStatus: 'received', effectiveDate: input.receivedDate, details: {}, amount: null, note: null });
      const created = await this.detail(em, ctx, row.id);
      await this.audit.record(em, ctx, { entity: 'report', entityId: row.id, action: 'create', after: await this.recorded(em, row.id), regionCode: row.regionCode });
      return created;
    });
  }

  async list(ctx: AuthenticatedContext, query: TReportListQuery): Promise<TPage<TReport>> {
    const scope = scopeCondition(ctx.principal, { region: 'r.region_code', department: 'r.department_id' });
    const qb = this.dataSource.getRepository(ReportEntity).createQueryBuilder('r').where(scope.sql, scope.params);
    const equal = { status: query.status, right_kind: query.rightKind, region_code: query.district };
    for (const [column, value] of Object.entries(equal)) if (value !== undefined) qb.andWhere(`r.${column} = :${column}`, { [column]: value });
    if (query.receivedFrom) qb.andWhere('r.received_date >= :receivedFrom', { receivedFrom: query.receivedFrom });
    if (query.receivedTo) qb.andWhere('r.received_date <= :receivedTo', { receivedTo: query.receivedTo });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      qb.andWhere('r.subject ILIKE :like', { like });
    }
    const page = await paginate(qb.orderBy('r.receivedDate', 'DESC').addOrderBy('r.createdAt', 'DESC'), query, (row) => row);
    const numbers = await caseNumbers(this.dataSource.manager, page.items);
    return { ...page, items: page.items.map((row) => mapReport(row, ctx, row.caseId ? (numbers.get(row.caseId) ?? null) : null)) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TReportDetail> {
    return this.detail(this.dataSource.manager, ctx, id);
  }

  async transition(ctx: AuthenticatedContext, id: string, input: TReportTransitionRequest): Promise<TReportDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const row = await this.findInScope(em, ctx, id);
      if (row.version !== input.version) throw stale();
      const to = reportTransition(row.status, input.action);
      if (!to) {
        const allowed = possibleReportActions(row.status);
        const zh = allowed.map((a) => `${REPORT_ACTION_LABELS[a].zh}（${a}）`).join('、') || '无';
        throw conflict(text(`当前状态下不能「${REPORT_ACTION_LABELS[input.action].zh}」，可执行的操作：${zh}`, `A ${row.status} report cannot take "${input.action}"; allowed: ${allowed.join(', ') || 'none'}`));
      }
      if (!hasModuleLevel(ctx.principal.roles, 'protection', REPORT_ACTION_LEVELS[input.action])) {
        throw forbidden(text(`「${REPORT_ACTION_LABELS[input.action].zh}」须由审批负责人操作`, `"${input.action}" is taken by an approver`));
      }
      if (compareDates(input.effectiveDate, row.statusDate) < 0) {
        throw invalid('effectiveDate', 'report.effectiveDate.beforePrevious', `日期不能早于上一步骤的日期 ${row.statusDate}`, `The date cannot be before the previous step’s date ${row.statusDate}`);
      }
      const changes: Partial<ReportEntity> = { status: to, statusDate: input.effectiveDate };
      const details: Record<string, string> = {};
      let amount: string | null = null;
      switch (input.action) {
        case 'verify':
          if (input.caseId) {
            const linked = await findCaseInScope(em, ctx, input.caseId).catch(() => null);
            if (!linked) throw unprocessableField('caseId', 'report.case.notFound', '关联的案件不存在', 'The case named does not exist');
            changes.caseId = linked.id;
            details.caseNumber = linked.caseNumber;
          }
          break;
        case 'reject':
          changes.notVerifiedReason = input.reason;
          details.reason = input.reason;
          break;
        case 'propose_reward': {
          const linked = row.caseId ? await em.getRepository(EnforcementCaseEntity).findOneBy({ id: row.caseId }) : null;
          if (!linked || linked.outcome !== 'punished' || !linked.fineAmount || compareMoney(linked.fineAmount, '0') <= 0) {
            throw unprocessableField('caseId', 'report.reward.noFine', '举报奖励须依据关联案件已作出的罚款决定', 'A reward needs the linked case decided with a fine');
          }
          const rule = await rewardRuleInForce(em, row.receivedDate);
          if (!rule) throw unprocessableField('receivedDate', 'report.reward.noRule', `受理日期 ${row.receivedDate} 无适用的奖励标准`, `No reward rule applies to a report received on ${row.receivedDate}`);
          amount = computeReward(linked.fineAmount, rule);
          Object.assign(changes, { rewardBasis: linked.fineAmount, rewardAmount: amount, rewardRule: rule.code });
          Object.assign(details, { basis: linked.fineAmount, rule: rule.code });
          break;
        }
        case 'approve_reward':
          amount = row.rewardAmount;
          break;
        case 'pay':
          amount = row.rewardAmount;
          changes.paidDate = input.effectiveDate;
          break;
      }
      const before = await this.recorded(em, id);
      const result = await em
        .createQueryBuilder()
        .update(ReportEntity)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw stale();
      await this.insertEvent(em, ctx, row, { action: input.action, fromStatus: row.status, toStatus: to, effectiveDate: input.effectiveDate, details, amount, note: input.note ?? null });
      const after = await this.detail(em, ctx, id);
      await this.audit.record(em, ctx, { entity: 'report', entityId: id, action: 'transition', before, after: await this.recorded(em, id), regionCode: row.regionCode });
      return after;
    });
  }

  /**
   * Hands the report to another officer 变更承办人 (the approver, as section chief): a dated step on
   * its timeline with the reason and both officers, its status unchanged. The reporter's identity
   * follows the assignment: the new officer sees it in clear from now on, the former one masked.
   */
  async reassign(ctx: AuthenticatedContext, id: string, input: TReportReassign): Promise<TReportDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const row = await this.findInScope(em, ctx, id);
      if (row.version !== input.version) throw stale();
      if ((REPORT_ENDED_STATUSES as readonly TReportStatus[]).includes(row.status)) {
        throw conflict(text('举报已办结，不能再变更承办人', `A ${row.status} report is done with; its handling officer no longer changes`));
      }
      if (input.handlingOfficer.userId === row.handlingOfficerId) {
        throw invalid('handlingOfficer.userId', 'report.reassign.sameOfficer', '新承办人与现承办人相同', 'The new handling officer is the current one');
      }
      if (compareDates(input.effectiveDate, row.statusDate) < 0) {
        throw invalid('effectiveDate', 'report.effectiveDate.beforePrevious', `日期不能早于上一步骤的日期 ${row.statusDate}`, `The date cannot be before the previous step’s date ${row.statusDate}`);
      }
      const before = await this.recorded(em, id);
      const result = await em
        .createQueryBuilder()
        .update(ReportEntity)
        .set({ handlingOfficerId: input.handlingOfficer.userId, handlingOfficerName: input.handlingOfficer.name, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw stale();
      const details = { fromOfficer: row.handlingOfficerName, toOfficer: input.handlingOfficer.name, reason: input.reason };
      await this.insertEvent(em, ctx, row, { action: 'reassign', fromStatus: row.status, toStatus: row.status, effectiveDate: input.effectiveDate, details, amount: null, note: null });
      const after = await this.detail(em, ctx, id);
      await this.audit.record(em, ctx, { entity: 'report', entityId: id, action: 'update', before, after: await this.recorded(em, id), regionCode: row.regionCode });
      return after;
    });
  }

  private async insertEvent(
    em: EntityManager,
    ctx: AuthenticatedContext,
    row: ReportEntity,
    step: Pick<ReportEventEntity, 'action' | 'fromStatus' | 'toStatus' | 'effectiveDate' | 'details' | 'amount' | 'note'>,
  ): Promise<void> {
    await em.getRepository(ReportEventEntity).insert({ reportId: row.id, ...step, actorId: ctx.principal.sub, actorName: ctx.principal.name, regionCode: row.regionCode });
  }

  private async findInScope(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<ReportEntity> {
    const row = await em.getRepository(ReportEntity).findOneBy({ id });
    if (!row || !inScope(ctx.principal, row)) throw notFound('举报', 'Report');
    return row;
  }

  private async detail(em: EntityManager, ctx: AuthenticatedContext | null, id: string): Promise<TReportDetail> {
    const row = ctx ? await this.findInScope(em, ctx, id) : await em.getRepository(ReportEntity).findOneByOrFail({ id });
    const events = await em.getRepository(ReportEventEntity).find({ where: { reportId: id }, order: { effectiveDate: 'ASC', recordedAt: 'ASC' } });
    const numbers = await caseNumbers(em, [row]);
    return mapReportDetail(row, ctx, row.caseId ? (numbers.get(row.caseId) ?? null) : null, events);
  }

  /** The report as the audit trail keeps it: the reporter masked, whoever wrote it. */
  private async recorded(em: EntityManager, id: string): Promise<Omit<TReportDetail, 'allowedActions'>> {
    const { allowedActions: _a, ...rest } = await this.detail(em, null, id);
    return rest;
  }
}

async function caseNumbers(em: EntityManager, rows: readonly ReportEntity[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.caseId).filter((id): id is string => id !== null))];
  if (!ids.length) return new Map();
  const cases = await em.getRepository(EnforcementCaseEntity).find({ where: { id: In(ids) }, select: { id: true, caseNumber: true } });
  return new Map(cases.map((c) => [c.id, c.caseNumber]));
}
