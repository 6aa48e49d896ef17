import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import {
  allowedInfoRequestActions,
  INFO_REQUEST_ACTION_LABELS,
  INFO_REQUEST_STATUS_LABELS,
  INFO_REQUEST_TRANSITIONS,
  type TInfoRequest,
  type TInfoRequestCreate,
  type TInfoRequestDetail,
  type TInfoRequestEvent,
  type TInfoRequestListQuery,
  type TInfoRequestTransition,
} from '@ipbureau/domain/public-services';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, unprocessable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { expectVersion, lockInScope } from '../common/records.js';
import { InfoRequestEntity } from './info-request.entity.js';
import { mapInfoRequest, mapInfoRequestDetail } from './info-requests.mapper.js';

const REQUEST: [string, string] = ['信息服务需求', 'Information service request'];

@Injectable()
export class InfoRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TInfoRequestCreate): Promise<TInfoRequestDetail> {
    const owned = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的需求', 'You may not record a request outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const requests = em.getRepository(InfoRequestEntity);
      const { district: _district, ...fields } = input;
      const request = await requests.save(requests.create({ ...fields, status: 'submitted', ...owned }));
      await this.writeEvent(em, ctx, request, null, 'create', input.requestedDate, '');
      const saved = await this.detail(em, request);
      await this.audit.record(em, ctx, { entity: 'info-request', entityId: request.id, action: 'create', after: saved, regionCode: saved.district });
      return saved;
    });
  }

  async list(ctx: AuthenticatedContext, query: TInfoRequestListQuery): Promise<TPage<TInfoRequest>> {
    const scope = scopeCondition(ctx.principal, { region: 'r.region_code', department: 'r.department_id' });
    const qb = this.dataSource.getRepository(InfoRequestEntity).createQueryBuilder('r').where(scope.sql, scope.params).orderBy('r.requested_date', 'DESC').addOrderBy('r.created_at', 'DESC');
    const equal = { kind: 'r.kind', status: 'r.status', enterpriseCreditCode: 'r.enterprise_credit_code', district: 'r.region_code' } as const;
    for (const [key, column] of Object.entries(equal) as [keyof typeof equal, string][]) {
      if (query[key]) qb.andWhere(`${column} = :${key}`, { [key]: query[key] });
    }
    if (query.from) qb.andWhere('r.requested_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('r.requested_date <= :to', { to: query.to });
    return paginate(qb, query, mapInfoRequest);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TInfoRequestDetail> {
    const request = await this.dataSource.getRepository(InfoRequestEntity).findOneBy({ id });
    if (!request || !inScope(ctx.principal, request)) throw notFound(...REQUEST);
    return this.detail(this.dataSource.manager, request);
  }

  /** One step of the state machine; a forbidden step is a conflict naming the allowed ones. */
  async transition(ctx: AuthenticatedContext, id: string, input: TInfoRequestTransition): Promise<TInfoRequestDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const request = await lockInScope(em, InfoRequestEntity, ctx, id, REQUEST);
      expectVersion(request, input.version);
      const next = INFO_REQUEST_TRANSITIONS[request.status][input.action];
      if (!next) {
        const allowed = allowedInfoRequestActions(request.status);
        throw conflict(
          text(
            `当前状态「${INFO_REQUEST_STATUS_LABELS[request.status].zh}」不能执行「${INFO_REQUEST_ACTION_LABELS[input.action].zh}」；可执行：${allowed.map((a) => INFO_REQUEST_ACTION_LABELS[a].zh).join('、') || '无'}`,
            `Cannot ${input.action} from status ${request.status}; allowed: ${allowed.join(', ') || 'none'}`,
          ),
        );
      }
      if (input.date < request.requestedDate) throw unprocessable(text('日期不能早于需求受理日期', 'The date cannot be before the request was made'));
      const before = await this.detail(em, request);
      let note = '';
      switch (input.action) {
        case 'assign': {
          if (input.providerAgencyId) {
            const agency = await em.getRepository(AgencyEntity).findOneBy({ id: input.providerAgencyId });
            if (!agency) throw notFound('服务机构', 'Provider agency');
          }
          Object.assign(request, { providerName: input.providerName, providerAgencyId: input.providerAgencyId, assignedOn: input.date });
          note = input.providerName;
          break;
        }
        case 'deliver':
          Object.assign(request, { deliverable: input.deliverable, deliveredOn: input.date });
          note = input.deliverable;
          break;
        case 'rate':
          Object.assign(request, { rating: input.rating, ratingComment: input.comment, ratedOn: input.date });
          note = `${input.rating}${input.comment ? `：${input.comment}` : ''}`;
          break;
        case 'cancel':
          note = input.note;
          break;
      }
      const from = request.status;
      request.status = next;
      request.version += 1;
      await em.getRepository(InfoRequestEntity).save(request);
      await this.writeEvent(em, ctx, request, from, input.action, input.date, note);
      const after = await this.detail(em, request);
      await this.audit.record(em, ctx, { entity: 'info-request', entityId: id, action: 'transition', before, after: { ...after, step: input.action }, regionCode: after.district });
      return after;
    });
  }

  private async writeEvent(em: EntityManager, ctx: AuthenticatedContext, request: InfoRequestEntity, from: string | null, action: string, date: string, note: string) {
    await em.query(`INSERT INTO info_request_events (request_id, from_status, to_status, action, event_date, note, region_code, by_user) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      request.id,
      from,
      request.status,
      action,
      date,
      note,
      request.regionCode,
      ctx.principal.sub,
    ]);
  }

  private async detail(em: EntityManager, request: InfoRequestEntity): Promise<TInfoRequestDetail> {
    const history = (await em.query(
      `SELECT from_status AS "from", to_status AS "to", action, event_date::text AS "date", note, at, by_user AS "by" FROM info_request_events WHERE request_id = $1 ORDER BY id`,
      [request.id],
    )) as (Omit<TInfoRequestEvent, 'at'> & { at: Date })[];
    return mapInfoRequestDetail(request, history.map((h) => ({ ...h, at: h.at.toISOString() })));
  }
}
