import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { compareDates, type TPage } from '@ipbureau/domain';
import {
  allowedOverseasActions,
  OVERSEAS_ACTION_LABELS,
  overseasTransition,
  possibleOverseasActions,
  type TOverseasDispute,
  type TOverseasDisputeCreate,
  type TOverseasDisputeDetail,
  type TOverseasDisputeListQuery,
  type TOverseasTransitionRequest,
  type TRiskAlert,
  type TRiskAlertCreate,
  type TRiskAlertDetail,
  type TRiskAlertListQuery,
} from '@ipbureau/domain/protection';
import { AuditWriter, conflict, divisionPattern, DomainException, inScope, inTransaction, isWithinDivision, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { OverseasDisputeEntity, OverseasDisputeEventEntity, RiskAlertEntity, RiskAlertRecipientEntity } from './overseas.entity.js';

const stale = () => conflict(text('记录已被他人修改，请刷新后重试', 'The record was changed by someone else since you read it; reload it and try again'));
const like = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** The rapid protection centre's fields that are industries of their own (RAPID_TECHNICAL_FIELDS ⊂ PROTECTION_INDUSTRIES). */
const CENTRE_FIELD_INDUSTRIES: readonly string[] = ['chemicals', 'machinery'];

/** Overseas disputes of local enterprises with the assistance given, and risk alerts published to an industry. */
@Injectable()
export class OverseasService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async createDispute(ctx: AuthenticatedContext, input: TOverseasDisputeCreate): Promise<TOverseasDisputeDetail> {
    const ownership = this.ownership.forNewRecord(ctx, input.district, text('不能在您的数据范围以外登记', 'You may not register outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(OverseasDisputeEntity);
      const { creditCode, enterpriseName, country, kind, opponent, amount, currency, reportedDate } = input;
      const row = await repo.save(repo.create({ creditCode, enterpriseName, country, kind, opponent, amount, currency, reportedDate, status: 'reported', statusDate: reportedDate, version: 1, ...ownership }));
      await this.insertEvent(em, ctx, row, { action: 'report', fromStatus: null, toStatus: 'reported', effectiveDate: reportedDate, assistance: null, note: null });
      const created = await this.disputeDetail(em, ctx, row.id);
      await this.audit.record(em, ctx, { entity: 'overseas_dispute', entityId: row.id, action: 'create', after: recorded(created), regionCode: row.regionCode });
      return created;
    });
  }

  async listDisputes(ctx: AuthenticatedContext, query: TOverseasDisputeListQuery): Promise<TPage<TOverseasDispute>> {
    const scope = scopeCondition(ctx.principal, { region: 'd.region_code', department: 'd.department_id' });
    const qb = this.dataSource.getRepository(OverseasDisputeEntity).createQueryBuilder('d').where(scope.sql, scope.params);
    const equal = { kind: query.kind, status: query.status, region_code: query.district };
    for (const [column, value] of Object.entries(equal)) if (value !== undefined) qb.andWhere(`d.${column} = :${column}`, { [column]: value });
    if (query.q) qb.andWhere('(d.enterprise_name ILIKE :like OR d.credit_code ILIKE :like OR d.opponent ILIKE :like OR d.country ILIKE :like)', { like: like(query.q) });
    return paginate(qb.orderBy('d.reportedDate', 'DESC').addOrderBy('d.id', 'ASC'), query, (row) => mapDispute(row, ctx.principal.roles));
  }

  async getDispute(ctx: AuthenticatedContext, id: string): Promise<TOverseasDisputeDetail> {
    return this.disputeDetail(this.dataSource.manager, ctx, id);
  }

  async transition(ctx: AuthenticatedContext, id: string, input: TOverseasTransitionRequest): Promise<TOverseasDisputeDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const row = await this.findDispute(em, ctx, id);
      if (row.version !== input.version) throw stale();
      const to = overseasTransition(row.status, input.action);
      if (!to) {
        const allowed = possibleOverseasActions(row.status);
        const zh = allowed.map((a) => `${OVERSEAS_ACTION_LABELS[a].zh}（${a}）`).join('、') || '无';
        throw conflict(text(`当前状态下不能「${OVERSEAS_ACTION_LABELS[input.action].zh}」，可执行的操作：${zh}`, `A ${row.status} dispute cannot take "${input.action}"; allowed: ${allowed.join(', ') || 'none'}`));
      }
      if (compareDates(input.effectiveDate, row.statusDate) < 0) {
        throw new DomainException('VALIDATION_FAILED', text(`日期不能早于上一步骤的日期 ${row.statusDate}`, `The date cannot be before the previous step’s date ${row.statusDate}`), [
          { path: 'effectiveDate', code: 'overseas.date.beforePrevious', message: `< ${row.statusDate}` },
        ]);
      }
      const before = await this.disputeDetail(em, ctx, id);
      const result = await em
        .createQueryBuilder()
        .update(OverseasDisputeEntity)
        .set({ status: to, statusDate: input.effectiveDate, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw stale();
      await this.insertEvent(em, ctx, row, { action: input.action, fromStatus: row.status, toStatus: to, effectiveDate: input.effectiveDate, assistance: input.assistance, note: input.note ?? null });
      const after = await this.disputeDetail(em, ctx, id);
      await this.audit.record(em, ctx, { entity: 'overseas_dispute', entityId: id, action: 'transition', before: recorded(before), after: recorded(after), regionCode: row.regionCode });
      return after;
    });
  }

  /**
   * Publishes a risk alert to the enterprises of its industry in the publisher's region (see
   * ZRiskAlertCreate's recipients rule), recording each recipient once.
   */
  async publishAlert(ctx: AuthenticatedContext, input: TRiskAlertCreate): Promise<TRiskAlertDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(RiskAlertEntity);
      const row = await repo.save(repo.create({ ...input, regionCode: ctx.principal.region, departmentId: ctx.principal.dept, createdBy: ctx.principal.sub }));
      const region = divisionPattern(ctx.principal.region);
      await em.query(
        `INSERT INTO overseas_risk_alert_recipients (alert_id, credit_code, name, source, region_code)
         SELECT DISTINCT ON (credit_code) $1::uuid, credit_code, name, source, region_code FROM (
           SELECT a.credit_code, a.enterprise_name AS name, 'workstation' AS source, a.region_code, 1 AS rank, a.received_date AS since
             FROM workstation_assistance a JOIN rights_workstations w ON w.id = a.workstation_id
            WHERE w.industry = $2 AND a.credit_code IS NOT NULL AND a.received_date <= $3::date AND a.region_code LIKE $4
           UNION ALL
           SELECT e.credit_code, e.name, 'rapid_centre', e.region_code, 2, e.registered_date
             FROM rapid_entities e
            WHERE $5::boolean AND e.registered_date <= $3::date AND e.region_code LIKE $4
              AND EXISTS (SELECT 1 FROM rapid_requests r WHERE r.entity_id = e.id AND r.technical_field = $2)
         ) found ORDER BY credit_code, rank, since DESC`,
        [row.id, input.industry, input.publishedDate, region, CENTRE_FIELD_INDUSTRIES.includes(input.industry)],
      );
      const created = await this.alertDetail(em, ctx, row.id);
      await this.audit.record(em, ctx, { entity: 'overseas_risk_alert', entityId: row.id, action: 'create', after: created, regionCode: row.regionCode });
      return created;
    });
  }

  async listAlerts(ctx: AuthenticatedContext, query: TRiskAlertListQuery): Promise<TPage<TRiskAlert>> {
    const qb = this.dataSource.getRepository(RiskAlertEntity).createQueryBuilder('a').where('a.region_code LIKE :region', { region: divisionPattern(ctx.principal.region) });
    if (query.industry) qb.andWhere('a.industry = :industry', { industry: query.industry });
    if (query.q) qb.andWhere('(a.title ILIKE :like OR a.content ILIKE :like)', { like: like(query.q) });
    const page = await paginate(qb.orderBy('a.publishedDate', 'DESC').addOrderBy('a.id', 'ASC'), query, (row) => row);
    const counts = await this.recipientCounts(this.dataSource.manager, page.items.map((a) => a.id));
    return { ...page, items: page.items.map((a) => mapAlert(a, counts.get(a.id) ?? 0)) };
  }

  async getAlert(ctx: AuthenticatedContext, id: string): Promise<TRiskAlertDetail> {
    return this.alertDetail(this.dataSource.manager, ctx, id);
  }

  private async alertDetail(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<TRiskAlertDetail> {
    const row = await em.getRepository(RiskAlertEntity).findOneBy({ id });
    if (!row || !isWithinDivision(row.regionCode, ctx.principal.region)) throw notFound('风险预警', 'Risk alert');
    const recipients = await em.getRepository(RiskAlertRecipientEntity).find({ where: { alertId: id }, order: { name: 'ASC' } });
    return { ...mapAlert(row, recipients.length), recipients: recipients.map((r) => ({ creditCode: r.creditCode, name: r.name, source: r.source, district: r.regionCode })) };
  }

  private async recipientCounts(em: EntityManager, ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = (await em.query(`SELECT alert_id, count(*)::int AS n FROM overseas_risk_alert_recipients WHERE alert_id = ANY($1::uuid[]) GROUP BY alert_id`, [ids])) as { alert_id: string; n: number }[];
    return new Map(rows.map((r) => [r.alert_id, r.n]));
  }

  private async insertEvent(
    em: EntityManager,
    ctx: AuthenticatedContext,
    row: OverseasDisputeEntity,
    step: Pick<OverseasDisputeEventEntity, 'action' | 'fromStatus' | 'toStatus' | 'effectiveDate' | 'assistance' | 'note'>,
  ): Promise<void> {
    await em.getRepository(OverseasDisputeEventEntity).insert({ disputeId: row.id, ...step, actorId: ctx.principal.sub, actorName: ctx.principal.name, regionCode: row.regionCode });
  }

  private async findDispute(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<OverseasDisputeEntity> {
    const row = await em.getRepository(OverseasDisputeEntity).findOneBy({ id });
    if (!row || !inScope(ctx.principal, row)) throw notFound('海外纠纷', 'Overseas dispute');
    return row;
  }

  private async disputeDetail(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<TOverseasDisputeDetail> {
    const row = await this.findDispute(em, ctx, id);
    const events = await em.getRepository(OverseasDisputeEventEntity).find({ where: { disputeId: id }, order: { effectiveDate: 'ASC', recordedAt: 'ASC' } });
    return {
      ...mapDispute(row, ctx.principal.roles),
      timeline: events.map((e) => ({
        id: e.id,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        effectiveDate: e.effectiveDate,
        assistance: e.assistance,
        note: e.note,
        actorName: e.actorName,
        recordedAt: e.recordedAt.toISOString(),
      })),
    };
  }
}

function mapDispute(row: OverseasDisputeEntity, roles: readonly string[]): TOverseasDispute {
  return {
    id: row.id,
    creditCode: row.creditCode,
    enterpriseName: row.enterpriseName,
    country: row.country,
    kind: row.kind,
    opponent: row.opponent,
    amount: row.amount,
    currency: row.currency,
    reportedDate: row.reportedDate,
    status: row.status,
    statusDate: row.statusDate,
    district: row.regionCode,
    version: row.version,
    allowedActions: allowedOverseasActions(row.status, roles),
    createdAt: row.createdAt.toISOString(),
  };
}

function mapAlert(a: RiskAlertEntity, recipientCount: number): TRiskAlert {
  return { id: a.id, title: a.title, industry: a.industry, publishedDate: a.publishedDate, content: a.content, recipientCount, region: a.regionCode, createdAt: a.createdAt.toISOString() };
}

function recorded(detail: TOverseasDisputeDetail): Omit<TOverseasDisputeDetail, 'allowedActions'> {
  const { allowedActions: _a, ...rest } = detail;
  return rest;
}
