import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { compareDates, todayInChina, ZPatentNumber, type TPage } from '@ipbureau/domain';
import {
  ADJUDICATION_ACTION_LABELS,
  ADJUDICATION_ACTIONS,
  adjudicationTransitionFor,
  allowedAdjudicationActions,
  computeCaseDeadline,
  type TAdjudicationCreate,
  type TAdjudicationDetail,
  type TAdjudicationListQuery,
  type TAdjudicationRequest,
  type TAdjudicationStatus,
  type TAdjudicationTransitionRequest,
  type TCaseDeadline,
  type TCaseStatus,
} from '@ipbureau/domain/protection';
import { AuditWriter, conflict, DomainException, forbidden, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { calendarOf, loadCalendarDays } from '../calendar/case-deadlines.js';
import { AdjudicationEventEntity, AdjudicationRequestEntity } from './adjudication-request.entity.js';

/** What each step records on its timeline entry. */
function detailsOf(input: TAdjudicationTransitionRequest): Record<string, string> {
  switch (input.action) {
    case 'hear':
      return { place: input.place };
    case 'adjudicate':
      return { decisionNumber: input.decisionNumber };
    case 'confirm':
      return { court: input.court };
    case 'hand_over':
      return { recipientKind: input.recipientKind, recipientName: input.recipientName };
    case 'withdraw':
    case 'suspend':
    case 'extend':
      return { reason: input.reason };
    default:
      return {};
  }
}

const stale = () => conflict(text('请求已被他人修改，请刷新后重试', 'The request was changed by someone else since you read it; reload it and try again'));

/**
 * Administrative adjudication of patent disputes and mediation. An accepted adjudication request
 * is held to the patent-dispute time limit (CASE_TIME_LIMIT_RULES, 3 months) counted from its
 * acceptance on the district's working-day calendar; mediation has no statutory limit here. The
 * days between a suspension 中止 and its resumption are not counted, exactly as for cases: the
 * request's dated steps are read as a case's (accepted → investigating, suspended → suspended,
 * any end → decided) and handed to `computeCaseDeadline`.
 */
@Injectable()
export class AdjudicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TAdjudicationCreate): Promise<TAdjudicationDetail> {
    const ownership = this.ownership.forNewRecord(ctx, input.district, text('不能在您的数据范围以外登记', 'You may not register outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(AdjudicationRequestEntity);
      if (await repo.existsBy({ requestNumber: input.requestNumber })) throw conflict(text(`编号「${input.requestNumber}」已被使用`, `Request number "${input.requestNumber}" is already in use`));
      const row = await repo.save(
        repo.create({
          kind: input.kind,
          requestNumber: input.requestNumber,
          subject: input.subject,
          patentNumber: input.patentNumber ? ZPatentNumber.parse(input.patentNumber) : null,
          applicantName: input.applicant.name,
          applicantCreditCode: input.applicant.creditCode,
          respondentName: input.respondent.name,
          respondentCreditCode: input.respondent.creditCode,
          receivedDate: input.receivedDate,
          acceptedDate: null,
          status: 'received',
          statusDate: input.receivedDate,
          version: 1,
          ...ownership,
        }),
      );
      await this.insertEvent(em, ctx, row, { action: 'receive', fromStatus: null, toStatus: 'received', effectiveDate: input.receivedDate, details: {}, note: null });
      const created = await this.detail(em, ctx, row.id);
      await this.audit.record(em, ctx, { entity: 'adjudication_request', entityId: row.id, action: 'create', after: recorded(created), regionCode: row.regionCode });
      return created;
    });
  }

  async list(ctx: AuthenticatedContext, query: TAdjudicationListQuery): Promise<TPage<TAdjudicationRequest>> {
    const scope = scopeCondition(ctx.principal, { region: 'a.region_code', department: 'a.department_id' });
    const qb = this.dataSource.getRepository(AdjudicationRequestEntity).createQueryBuilder('a').where(scope.sql, scope.params);
    const equal = { kind: query.kind, status: query.status, region_code: query.district };
    for (const [column, value] of Object.entries(equal)) if (value !== undefined) qb.andWhere(`a.${column} = :${column}`, { [column]: value });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      qb.andWhere('(a.request_number ILIKE :like OR a.subject ILIKE :like OR a.applicant_name ILIKE :like OR a.respondent_name ILIKE :like)', { like });
    }
    const page = await paginate(qb.orderBy('a.receivedDate', 'DESC').addOrderBy('a.requestNumber', 'DESC'), query, (row) => row);
    const deadlines = await this.deadlines(this.dataSource.manager, page.items);
    return { ...page, items: page.items.map((row) => mapRequest(row, ctx.principal.roles, deadlines.get(row.id) ?? null)) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TAdjudicationDetail> {
    return this.detail(this.dataSource.manager, ctx, id);
  }

  async transition(ctx: AuthenticatedContext, id: string, input: TAdjudicationTransitionRequest): Promise<TAdjudicationDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const row = await this.findInScope(em, ctx, id);
      if (row.version !== input.version) throw stale();
      // The time limit is extended once: a second extension is not among the allowed steps.
      const state = { kind: row.kind, status: row.status, extended: await em.getRepository(AdjudicationEventEntity).existsBy({ requestId: id, action: 'extend' }) };
      const t = adjudicationTransitionFor(state, input.action);
      if (!t) {
        const allowed = ADJUDICATION_ACTIONS.filter((a) => adjudicationTransitionFor(state, a));
        const zh = allowed.map((a) => `${ADJUDICATION_ACTION_LABELS[a].zh}（${a}）`).join('、') || '无';
        throw conflict(text(`当前状态下不能「${ADJUDICATION_ACTION_LABELS[input.action].zh}」，可执行的操作：${zh}`, `A ${row.status} request cannot take "${input.action}"; allowed: ${allowed.join(', ') || 'none'}`));
      }
      if (!allowedAdjudicationActions(state, ctx.principal.roles).includes(input.action)) {
        throw forbidden(text(`「${ADJUDICATION_ACTION_LABELS[input.action].zh}」须由审批负责人操作`, `"${input.action}" is taken by an approver`));
      }
      const last = await em.getRepository(AdjudicationEventEntity).findOne({ where: { requestId: id }, order: { effectiveDate: 'DESC', recordedAt: 'DESC' } });
      if (last && compareDates(input.effectiveDate, last.effectiveDate) < 0) {
        throw new DomainException('VALIDATION_FAILED', text(`日期不能早于上一步骤的日期 ${last.effectiveDate}`, `The date cannot be before the previous step’s date ${last.effectiveDate}`), [
          { path: 'effectiveDate', code: 'adjudication.effectiveDate.beforePrevious', message: `< ${last.effectiveDate}` },
        ]);
      }
      const before = await this.detail(em, ctx, id);
      const changes: Partial<AdjudicationRequestEntity> = t.to === t.from ? {} : { status: t.to, statusDate: input.effectiveDate };
      if (input.action === 'accept') changes.acceptedDate = input.effectiveDate;
      const result = await em
        .createQueryBuilder()
        .update(AdjudicationRequestEntity)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw stale();
      await this.insertEvent(em, ctx, row, { action: input.action, fromStatus: t.from, toStatus: t.to, effectiveDate: input.effectiveDate, details: detailsOf(input), note: input.note ?? null });
      const after = await this.detail(em, ctx, id);
      await this.audit.record(em, ctx, { entity: 'adjudication_request', entityId: id, action: 'transition', before: recorded(before), after: recorded(after), regionCode: row.regionCode });
      return after;
    });
  }

  private async insertEvent(
    em: EntityManager,
    ctx: AuthenticatedContext,
    row: AdjudicationRequestEntity,
    step: Pick<AdjudicationEventEntity, 'action' | 'fromStatus' | 'toStatus' | 'effectiveDate' | 'details' | 'note'>,
  ): Promise<void> {
    await em.getRepository(AdjudicationEventEntity).insert({ requestId: row.id, ...step, actorId: ctx.principal.sub, actorName: ctx.principal.name, regionCode: row.regionCode });
  }

  private async findInScope(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<AdjudicationRequestEntity> {
    const row = await em.getRepository(AdjudicationRequestEntity).findOneBy({ id });
    if (!row || !inScope(ctx.principal, row)) throw notFound('请求', 'Request');
    return row;
  }

  private async detail(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<TAdjudicationDetail> {
    const row = await this.findInScope(em, ctx, id);
    const events = await em.getRepository(AdjudicationEventEntity).find({ where: { requestId: id }, order: { effectiveDate: 'ASC', recordedAt: 'ASC' } });
    const deadline = (await this.deadlines(em, [row])).get(id) ?? null;
    return {
      ...mapRequest(row, ctx.principal.roles, deadline),
      timeline: events.map((e) => ({
        id: e.id,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        effectiveDate: e.effectiveDate,
        details: e.details,
        note: e.note,
        actorName: e.actorName,
        recordedAt: e.recordedAt.toISOString(),
      })),
    };
  }

  /** The time limit of accepted (or suspended) adjudication requests as of today, on their district's calendar, suspensions excluded. */
  private async deadlines(em: EntityManager, rows: AdjudicationRequestEntity[]): Promise<Map<string, TCaseDeadline | null>> {
    const running = rows.filter((r) => r.kind === 'adjudication' && (r.status === 'accepted' || r.status === 'suspended') && r.acceptedDate);
    const result = new Map<string, TCaseDeadline | null>();
    if (!running.length) return result;
    const [days, events] = await Promise.all([
      loadCalendarDays(em),
      em.getRepository(AdjudicationEventEntity).find({ where: { requestId: In(running.map((r) => r.id)) }, order: { effectiveDate: 'ASC', recordedAt: 'ASC' } }),
    ]);
    const today = todayInChina();
    for (const r of running) {
      const steps = events
        .filter((e) => e.requestId === r.id && e.action !== 'receive' && e.action !== 'accept')
        .map((e) => ({ action: e.action, fromStatus: e.fromStatus ? asCaseStatus(e.fromStatus) : null, toStatus: asCaseStatus(e.toStatus), effectiveDate: e.effectiveDate }));
      result.set(r.id, computeCaseDeadline({ kind: 'patent_dispute', registeredDate: r.acceptedDate!, steps }, calendarOf(days, r.regionCode), today));
    }
    return result;
  }
}

/** A request's status as the case status the deadline rules know: the clock runs while accepted, stops while suspended, ends with any outcome. */
function asCaseStatus(status: TAdjudicationStatus): TCaseStatus {
  if (status === 'received') return 'registered';
  if (status === 'accepted') return 'investigating';
  return status === 'suspended' ? 'suspended' : 'decided';
}

function mapRequest(row: AdjudicationRequestEntity, roles: readonly string[], deadline: TCaseDeadline | null): TAdjudicationRequest {
  return {
    id: row.id,
    kind: row.kind,
    requestNumber: row.requestNumber,
    subject: row.subject,
    patentNumber: row.patentNumber,
    applicant: { name: row.applicantName, creditCode: row.applicantCreditCode },
    respondent: { name: row.respondentName, creditCode: row.respondentCreditCode },
    receivedDate: row.receivedDate,
    acceptedDate: row.acceptedDate,
    status: row.status,
    statusDate: row.statusDate,
    district: row.regionCode,
    version: row.version,
    allowedActions: allowedAdjudicationActions({ kind: row.kind, status: row.status, extended: deadline?.extended ?? false }, roles),
    deadline,
    createdAt: row.createdAt.toISOString(),
  };
}

function recorded(detail: TAdjudicationDetail): Omit<TAdjudicationDetail, 'allowedActions' | 'deadline'> {
  const { allowedActions: _a, deadline: _d, ...rest } = detail;
  return rest;
}
