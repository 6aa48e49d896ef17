import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { compareDates, todayInChina, type TPage } from '@ipbureau/domain';
import {
  addWorkingDays,
  allowedRapidActions,
  possibleRapidActions,
  rapidActionLabels,
  rapidClock,
  rapidTransition,
  type TRapidEntity,
  type TRapidEntityCreate,
  type TRapidEntityListQuery,
  type TRapidRequest,
  type TRapidRequestCreate,
  type TRapidRequestDetail,
  type TRapidRequestListQuery,
  type TRapidTransitionRequest,
  type WorkingCalendar,
} from '@ipbureau/domain/protection';
import { AuditWriter, conflict, DomainException, forbidden, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { calendarOf, loadCalendarDays } from '../calendar/case-deadlines.js';
import { RapidEntityEntity, RapidRequestEntity, RapidRequestEventEntity } from './rapid-request.entity.js';
import { serviceLevelInForce } from './rapid-service-levels.service.js';

const stale = () => conflict(text('请求已被他人修改，请刷新后重试', 'The request was changed by someone else since you read it; reload it and try again'));

/** Calendars by district, built once per read from the bureau's working-day calendar. */
async function calendars(em: EntityManager): Promise<(district: string) => WorkingCalendar> {
  const days = await loadCalendarDays(em);
  const cache = new Map<string, WorkingCalendar>();
  return (district) => {
    let calendar = cache.get(district);
    if (!calendar) cache.set(district, (calendar = calendarOf(days, district)));
    return calendar;
  };
}

/**
 * The rapid protection centre: enterprises registered with it, and their pre-examination and
 * rights-determination requests on the centre's service-level clock (the level in force on the
 * submission date, rapid_service_levels, in working days on the district's calendar, fixed at submission).
 */
@Injectable()
export class RapidProtectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async registerEntity(ctx: AuthenticatedContext, input: TRapidEntityCreate): Promise<TRapidEntity> {
    const ownership = this.ownership.forNewRecord(ctx, input.district, text('不能在您的数据范围以外备案', 'You may not register outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(RapidEntityEntity);
      if (await repo.existsBy({ creditCode: input.creditCode })) throw conflict(text(`企业 ${input.creditCode} 已备案`, `Enterprise ${input.creditCode} is already registered`));
      const row = await repo.save(repo.create({ creditCode: input.creditCode, name: input.name, registeredDate: input.registeredDate, regionCode: ownership.regionCode, departmentId: ownership.departmentId, createdBy: ctx.principal.sub }));
      const created = mapEntity(await repo.findOneByOrFail({ id: row.id }));
      await this.audit.record(em, ctx, { entity: 'rapid_entity', entityId: row.id, action: 'create', after: created, regionCode: row.regionCode });
      return created;
    });
  }

  async listEntities(ctx: AuthenticatedContext, query: TRapidEntityListQuery): Promise<TPage<TRapidEntity>> {
    const scope = scopeCondition(ctx.principal, { region: 'e.region_code', department: 'e.department_id' });
    const qb = this.dataSource.getRepository(RapidEntityEntity).createQueryBuilder('e').where(scope.sql, scope.params);
    if (query.q) qb.andWhere('(e.name ILIKE :like OR e.credit_code ILIKE :like)', { like: like(query.q) });
    return paginate(qb.orderBy('e.registeredDate', 'DESC').addOrderBy('e.name', 'ASC'), query, mapEntity);
  }

  async create(ctx: AuthenticatedContext, input: TRapidRequestCreate): Promise<TRapidRequestDetail> {
    const ownership = this.ownership.forNewRecord(ctx, input.district, text('不能在您的数据范围以外登记', 'You may not register outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const entity = await em.getRepository(RapidEntityEntity).findOneBy({ creditCode: input.creditCode });
      if (!entity) {
        throw new DomainException('UNPROCESSABLE', text(`企业 ${input.creditCode} 未在保护中心备案，请先办理备案`, `Enterprise ${input.creditCode} is not registered with the centre; register it first`), [
          { path: 'creditCode', code: 'rapid.entity.unregistered', message: 'not registered with the centre' },
        ]);
      }
      if (compareDates(input.submittedDate, entity.registeredDate) < 0) {
        throw new DomainException('UNPROCESSABLE', text(`提交日期不能早于企业备案日期 ${entity.registeredDate}`, `The submission cannot be before the enterprise’s registration on ${entity.registeredDate}`), [
          { path: 'submittedDate', code: 'rapid.date.beforeRegistration', message: `< ${entity.registeredDate}` },
        ]);
      }
      const level = await serviceLevelInForce(em, input.kind, input.submittedDate);
      const calendarFor = await calendars(em);
      const repo = em.getRepository(RapidRequestEntity);
      const row = await repo.save(
        repo.create({
          kind: input.kind,
          applicationNumber: input.applicationNumber,
          patentType: input.patentType,
          title: input.title,
          technicalField: input.technicalField,
          entityId: entity.id,
          creditCode: entity.creditCode,
          enterpriseName: entity.name,
          submittedDate: input.submittedDate,
          slaWorkingDays: level.workingDays,
          dueDate: addWorkingDays(input.submittedDate, level.workingDays, calendarFor(ownership.regionCode)),
          acceptedDate: null,
          decidedDate: null,
          filedDate: null,
          reason: null,
          status: 'submitted',
          statusDate: input.submittedDate,
          version: 1,
          regionCode: ownership.regionCode,
          departmentId: ownership.departmentId,
          createdBy: ctx.principal.sub,
        }),
      );
      await this.insertEvent(em, ctx, row, { action: 'submit', fromStatus: null, toStatus: 'submitted', effectiveDate: input.submittedDate, reason: null, note: null });
      const created = await this.detail(em, ctx, row.id);
      await this.audit.record(em, ctx, { entity: 'rapid_request', entityId: row.id, action: 'create', after: recorded(created), regionCode: row.regionCode });
      return created;
    });
  }

  async list(ctx: AuthenticatedContext, query: TRapidRequestListQuery): Promise<TPage<TRapidRequest>> {
    const scope = scopeCondition(ctx.principal, { region: 'r.region_code', department: 'r.department_id' });
    const qb = this.dataSource.getRepository(RapidRequestEntity).createQueryBuilder('r').where(scope.sql, scope.params);
    const equal = { kind: query.kind, status: query.status, technical_field: query.technicalField, region_code: query.district };
    for (const [column, value] of Object.entries(equal)) if (value !== undefined) qb.andWhere(`r.${column} = :${column}`, { [column]: value });
    if (query.overdue !== undefined) {
      const open = `r.status IN ('submitted', 'accepted') AND r.due_date < :today`;
      qb.andWhere(query.overdue ? open : `NOT (${open})`, { today: todayInChina() });
    }
    if (query.q) qb.andWhere('(r.application_number ILIKE :like OR r.title ILIKE :like OR r.enterprise_name ILIKE :like OR r.credit_code ILIKE :like)', { like: like(query.q) });
    // The queue: open requests by how soon they are due, then the decided ones, latest first.
    qb.orderBy(`CASE WHEN r.status IN ('submitted', 'accepted') THEN 0 ELSE 1 END`, 'ASC').addOrderBy('r.due_date', 'ASC').addOrderBy('r.submitted_date', 'DESC').addOrderBy('r.id', 'ASC');
    const page = await paginate(qb, query, (row) => row);
    const calendarFor = await calendars(this.dataSource.manager);
    const today = todayInChina();
    return { ...page, items: page.items.map((row) => mapRequest(row, ctx.principal.roles, calendarFor(row.regionCode), today)) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TRapidRequestDetail> {
    return this.detail(this.dataSource.manager, ctx, id);
  }

  async transition(ctx: AuthenticatedContext, id: string, input: TRapidTransitionRequest): Promise<TRapidRequestDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const row = await this.findInScope(em, ctx, id);
      if (row.version !== input.version) throw stale();
      const to = rapidTransition(row, input.action);
      const words = rapidActionLabels(row.kind);
      if (!to) {
        const allowed = possibleRapidActions(row);
        const zh = allowed.map((a) => `${words[a].zh}（${a}）`).join('、') || '无';
        throw conflict(text(`当前状态下不能「${words[input.action].zh}」，可执行的操作：${zh}`, `A ${row.status} request cannot take "${input.action}"; allowed: ${allowed.join(', ') || 'none'}`));
      }
      if (!allowedRapidActions(row, ctx.principal.roles).includes(input.action)) {
        throw forbidden(text(`「${words[input.action].zh}」须由审批负责人操作`, `"${input.action}" is taken by an approver`));
      }
      if (compareDates(input.effectiveDate, row.statusDate) < 0) {
        throw new DomainException('VALIDATION_FAILED', text(`日期不能早于上一步骤的日期 ${row.statusDate}`, `The date cannot be before the previous step’s date ${row.statusDate}`), [
          { path: 'effectiveDate', code: 'rapid.date.beforePrevious', message: `< ${row.statusDate}` },
        ]);
      }
      const before = await this.detail(em, ctx, id);
      const reason = input.action === 'fail' || input.action === 'withdraw' ? input.reason : null;
      const changes: Partial<RapidRequestEntity> = { status: to, statusDate: input.effectiveDate };
      if (input.action === 'accept') changes.acceptedDate = input.effectiveDate;
      if (input.action === 'pass' || input.action === 'fail') changes.decidedDate = input.effectiveDate;
      if (input.action === 'file') changes.filedDate = input.effectiveDate;
      if (reason !== null) changes.reason = reason;
      const result = await em
        .createQueryBuilder()
        .update(RapidRequestEntity)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw stale();
      await this.insertEvent(em, ctx, row, { action: input.action, fromStatus: row.status, toStatus: to, effectiveDate: input.effectiveDate, reason, note: input.note ?? null });
      const after = await this.detail(em, ctx, id);
      await this.audit.record(em, ctx, { entity: 'rapid_request', entityId: id, action: 'transition', before: recorded(before), after: recorded(after), regionCode: row.regionCode });
      return after;
    });
  }

  private async insertEvent(
    em: EntityManager,
    ctx: AuthenticatedContext,
    row: RapidRequestEntity,
    step: Pick<RapidRequestEventEntity, 'action' | 'fromStatus' | 'toStatus' | 'effectiveDate' | 'reason' | 'note'>,
  ): Promise<void> {
    await em.getRepository(RapidRequestEventEntity).insert({ requestId: row.id, ...step, actorId: ctx.principal.sub, actorName: ctx.principal.name, regionCode: row.regionCode });
  }

  private async findInScope(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<RapidRequestEntity> {
    const row = await em.getRepository(RapidRequestEntity).findOneBy({ id });
    if (!row || !inScope(ctx.principal, row)) throw notFound('请求', 'Request');
    return row;
  }

  private async detail(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<TRapidRequestDetail> {
    const row = await this.findInScope(em, ctx, id);
    const events = await em.getRepository(RapidRequestEventEntity).find({ where: { requestId: id }, order: { effectiveDate: 'ASC', recordedAt: 'ASC' } });
    const calendarFor = await calendars(em);
    return {
      ...mapRequest(row, ctx.principal.roles, calendarFor(row.regionCode), todayInChina()),
      timeline: events.map((e) => ({
        id: e.id,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        effectiveDate: e.effectiveDate,
        reason: e.reason,
        note: e.note,
        actorName: e.actorName,
        recordedAt: e.recordedAt.toISOString(),
      })),
    };
  }
}

const like = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

function mapEntity(e: RapidEntityEntity): TRapidEntity {
  return { id: e.id, creditCode: e.creditCode, name: e.name, registeredDate: e.registeredDate, district: e.regionCode, createdAt: e.createdAt.toISOString() };
}

function mapRequest(row: RapidRequestEntity, roles: readonly string[], calendar: WorkingCalendar, today: string): TRapidRequest {
  return {
    id: row.id,
    kind: row.kind,
    applicationNumber: row.applicationNumber,
    patentType: row.patentType,
    title: row.title,
    technicalField: row.technicalField,
    enterprise: { creditCode: row.creditCode, name: row.enterpriseName },
    submittedDate: row.submittedDate,
    acceptedDate: row.acceptedDate,
    decidedDate: row.decidedDate,
    filedDate: row.filedDate,
    reason: row.reason,
    status: row.status,
    statusDate: row.statusDate,
    clock: rapidClock(row, calendar, today),
    district: row.regionCode,
    version: row.version,
    allowedActions: allowedRapidActions(row, roles),
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the audit keeps: the record, not what depends on the reader or the day. */
function recorded(detail: TRapidRequestDetail): Omit<TRapidRequestDetail, 'allowedActions' | 'clock'> {
  const { allowedActions: _a, clock: _c, ...rest } = detail;
  return rest;
}
