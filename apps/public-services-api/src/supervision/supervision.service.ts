import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import {
  allowedSupervisionActions,
  refersToBlacklist,
  SANCTION_KIND_LABELS,
  SUPERVISION_ACTION_LABELS,
  SUPERVISION_STATUS_LABELS,
  SUPERVISION_TRANSITIONS,
  type TSupervisionAction,
  type TSupervisionCreate,
  type TSupervisionListQuery,
  type TSupervisionRecord,
  type TSupervisionRecordDetail,
  type TSupervisionStatusEvent,
  type TSupervisionTransition,
  VIOLATION_KIND_LABELS,
  ZBlacklistReferredEvent,
} from '@ipbureau/domain/public-services';
import { AuditWriter, conflict, EventTransport, inScope, inTransaction, notFound, RecordOwnership, scopeCondition, text, unprocessable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { PatentAgentEntity } from '../agents/patent-agent.entity.js';
import { expectVersion, lockInScope } from '../common/records.js';
import { mapSupervision, mapSupervisionDetail, type SubjectNames } from './supervision.mapper.js';
import { SupervisionRecordEntity } from './supervision-record.entity.js';

const RECORD: [string, string] = ['监管记录', 'Supervision record'];

@Injectable()
export class SupervisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
    private readonly events: EventTransport,
  ) {}

  /** Records an inspection or a violation; it opens, and its first status event is written. */
  async create(ctx: AuthenticatedContext, input: TSupervisionCreate): Promise<TSupervisionRecordDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const agent = input.agentId ? await em.getRepository(PatentAgentEntity).findOneBy({ id: input.agentId }) : null;
      if (input.agentId && (!agent || !inScope(ctx.principal, agent))) throw notFound('专利代理师', 'Patent agent');
      const agencyId = input.agencyId ?? (agent ? await this.agencyOfAgentOn(em, agent.id, input.foundDate) : null);
      const agency = agencyId ? await em.getRepository(AgencyEntity).findOneBy({ id: agencyId }) : null;
      if (agencyId && (!agency || !inScope(ctx.principal, agency))) throw notFound('代理机构', 'Agency');
      const district = agency?.regionCode ?? agent!.regionCode;
      const owned = this.ownership.forNewRecord(ctx, district, text('不能登记您数据范围以外的监管记录', 'You may not record supervision outside your data scope'));
      const records = em.getRepository(SupervisionRecordEntity);
      const record = await records.save(
        records.create({
          kind: input.kind,
          agencyId,
          agentId: input.agentId,
          violationKind: input.violationKind,
          foundDate: input.foundDate,
          description: input.description,
          sanction: input.sanction,
          fineAmount: input.fineAmount,
          status: 'open',
          ...owned,
        }),
      );
      await this.writeEvent(em, ctx, record.id, null, 'open', 'create', input.foundDate, '');
      const saved = await this.detail(em, record);
      await this.audit.record(em, ctx, { entity: 'supervision-record', entityId: record.id, action: 'create', after: saved, regionCode: saved.district });
      return saved;
    });
  }

  async list(ctx: AuthenticatedContext, query: TSupervisionListQuery): Promise<TPage<TSupervisionRecord>> {
    const scope = scopeCondition(ctx.principal, { region: 'r.region_code', department: 'r.department_id' });
    const qb = this.dataSource
      .getRepository(SupervisionRecordEntity)
      .createQueryBuilder('r')
      .where(scope.sql, scope.params)
      .orderBy('r.found_date', 'DESC')
      .addOrderBy('r.created_at', 'DESC');
    const equal = { kind: 'r.kind', status: 'r.status', violationKind: 'r.violation_kind', agencyId: 'r.agency_id', agentId: 'r.agent_id', district: 'r.region_code' } as const;
    for (const [key, column] of Object.entries(equal) as [keyof typeof equal, string][]) {
      if (query[key]) qb.andWhere(`${column} = :${key}`, { [key]: query[key] });
    }
    if (query.foundFrom) qb.andWhere('r.found_date >= :foundFrom', { foundFrom: query.foundFrom });
    if (query.foundTo) qb.andWhere('r.found_date <= :foundTo', { foundTo: query.foundTo });
    const [rows, total] = await qb.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    const names = await this.namesOf(this.dataSource.manager, rows);
    return { items: rows.map((r) => mapSupervision(r, names.get(r.id)!)), total, page: query.page, pageSize: query.pageSize };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TSupervisionRecordDetail> {
    const record = await this.dataSource.getRepository(SupervisionRecordEntity).findOneBy({ id });
    if (!record || !inScope(ctx.principal, record)) throw notFound(...RECORD);
    return this.detail(this.dataSource.manager, record);
  }

  /** Applies one action of the state machine; an action not allowed from the status is a conflict naming those that are. */
  async transition(ctx: AuthenticatedContext, id: string, action: TSupervisionAction, input: TSupervisionTransition): Promise<TSupervisionRecordDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const record = await lockInScope(em, SupervisionRecordEntity, ctx, id, RECORD);
      expectVersion(record, input.version);
      const next = SUPERVISION_TRANSITIONS[record.status][action];
      if (!next) {
        const allowed = allowedSupervisionActions(record.status);
        throw conflict(
          text(
            `当前状态「${SUPERVISION_STATUS_LABELS[record.status].zh}」不能执行「${SUPERVISION_ACTION_LABELS[action].zh}」；可执行：${allowed.map((a) => SUPERVISION_ACTION_LABELS[a].zh).join('、') || '无'}`,
            `Cannot ${action} from status ${record.status}; allowed: ${allowed.join(', ') || 'none'}`,
          ),
        );
      }
      if (input.date < record.foundDate) throw unprocessable(text('日期不能早于发现日期', 'The date cannot be before the record was found'));
      const before = await this.detail(em, record);
      record.status = next;
      record.version += 1;
      if (refersToBlacklist(record, action)) {
        record.referralEventId = await this.referToBlacklist(em, ctx, record, input.date);
        record.referredOn = input.date;
      }
      await em.getRepository(SupervisionRecordEntity).save(record);
      await this.writeEvent(em, ctx, record.id, before.status, next, action, input.date, input.note);
      const after = await this.detail(em, record);
      await this.audit.record(em, ctx, { entity: 'supervision-record', entityId: id, action: 'transition', before, after, regionCode: after.district });
      return after;
    });
  }

  /**
   * Publishes `blacklist.referred` for the protection pillar in the closing transaction: a
   * refused or rolled-back close publishes nothing. Returns the event id the record keeps.
   */
  private async referToBlacklist(em: EntityManager, ctx: AuthenticatedContext, record: SupervisionRecordEntity, decidedOn: string): Promise<string> {
    const agency = await em.getRepository(AgencyEntity).findOneByOrFail({ id: record.agencyId! });
    const violation = record.violationKind ? VIOLATION_KIND_LABELS[record.violationKind].zh : '违规';
    const sanction = SANCTION_KIND_LABELS[record.sanction!].zh + (record.fineAmount ? ` ${record.fineAmount} 元` : '');
    const grounds = `${violation}；处理：${sanction}${record.description ? `；${record.description}` : ''}`.slice(0, 2000);
    const data = ZBlacklistReferredEvent.omit({ type: true, eventId: true }).parse({
      referralId: record.id,
      creditCode: agency.creditCode,
      name: agency.name,
      subjectKind: 'agency',
      grounds,
      violation: record.violationKind,
      decidedOn,
      regionCode: record.regionCode,
    });
    return this.events.publish(em, ctx, { type: 'blacklist.referred', regionCode: record.regionCode, data });
  }

  /** The agency the agent practised at on the date, if any. */
  private async agencyOfAgentOn(em: EntityManager, agentId: string, on: string): Promise<string | null> {
    const [row] = (await em.query(
      `SELECT agency_id FROM agent_practices WHERE agent_id = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date > $2) LIMIT 1`,
      [agentId, on],
    )) as { agency_id: string }[];
    return row?.agency_id ?? null;
  }

  private async writeEvent(em: EntityManager, ctx: AuthenticatedContext, recordId: string, from: string | null, to: string, action: string, date: string, note: string) {
    await em.query(`INSERT INTO supervision_status_events (record_id, from_status, to_status, action, event_date, note, by_user) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      recordId,
      from,
      to,
      action,
      date,
      note,
      ctx.principal.sub,
    ]);
  }

  private async namesOf(em: EntityManager, records: SupervisionRecordEntity[]): Promise<Map<string, SubjectNames>> {
    const ids = records.map((r) => r.id);
    const rows = ids.length
      ? ((await em.query(
          `SELECT r.id, a.name AS agency_name, g.name AS agent_name FROM supervision_records r
             LEFT JOIN agencies a ON a.id = r.agency_id LEFT JOIN patent_agents g ON g.id = r.agent_id WHERE r.id = ANY($1::uuid[])`,
          [ids],
        )) as { id: string; agency_name: string | null; agent_name: string | null }[])
      : [];
    return new Map(rows.map((r) => [r.id, { agencyName: r.agency_name, agentName: r.agent_name }]));
  }

  private async detail(em: EntityManager, record: SupervisionRecordEntity): Promise<TSupervisionRecordDetail> {
    const names = await this.namesOf(em, [record]);
    const history = (await em.query(
      `SELECT from_status AS "from", to_status AS "to", action, event_date::text AS "date", note, at, by_user AS "by"
         FROM supervision_status_events WHERE record_id = $1 ORDER BY id`,
      [record.id],
    )) as (Omit<TSupervisionStatusEvent, 'at'> & { at: Date })[];
    return mapSupervisionDetail(record, names.get(record.id)!, history.map((h) => ({ ...h, at: h.at.toISOString() })));
  }
}
