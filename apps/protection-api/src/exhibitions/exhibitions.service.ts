import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { compareDates, type TPage } from '@ipbureau/domain';
import {
  EXHIBITION_COMPLAINT_ACTION_LABELS,
  exhibitionComplaintTransition,
  possibleExhibitionComplaintActions,
  type TExhibition,
  type TExhibitionComplaintCreate,
  type TExhibitionComplaintOutcome,
  type TExhibitionCreate,
  type TExhibitionDetail,
  type TExhibitionListQuery,
} from '@ipbureau/domain/protection';
import { AuditWriter, conflict, DomainException, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { findCaseInScope } from '../cases/case-file.repository.js';
import { ExhibitionComplaintEntity, ExhibitionEntity } from './exhibition.entity.js';
import { mapExhibition, mapExhibitionComplaint } from './exhibitions.mapper.js';

export const invalid = (path: string, code: string, zh: string, en: string) => new DomainException('VALIDATION_FAILED', text(zh, en), [{ path, code, message: zh }]);
const unprocessableField = (path: string, code: string, zh: string, en: string) => new DomainException('UNPROCESSABLE', text(zh, en), [{ path, code, message: en }]);

/**
 * Exhibitions 展会 and the complaints their IP service station receives during the event. A
 * complaint is dated within the exhibition and handled once (withdrawn from display, not
 * established, or referred to a case), on a date not before it was received.
 */
@Injectable()
export class ExhibitionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TExhibitionCreate): Promise<TExhibitionDetail> {
    const ownership = this.ownership.forNewRecord(ctx, input.district, text('不能在您的数据范围以外登记', 'You may not register outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(ExhibitionEntity);
      if (await repo.existsBy({ name: input.name, startDate: input.startDate })) throw conflict(text(`展会「${input.name}」（${input.startDate} 开幕）已登记`, `The exhibition "${input.name}" opening ${input.startDate} is already recorded`));
      const { name, venue, startDate, endDate, stationName, stationContact } = input;
      const row = await repo.save(repo.create({ name, venue, startDate, endDate, stationName, stationContact, ...ownership }));
      const created = await this.detail(em, ctx, row.id);
      await this.audit.record(em, ctx, { entity: 'exhibition', entityId: row.id, action: 'create', after: created, regionCode: row.regionCode });
      return created;
    });
  }

  async list(ctx: AuthenticatedContext, query: TExhibitionListQuery): Promise<TPage<TExhibition>> {
    const scope = scopeCondition(ctx.principal, { region: 'x.region_code', department: 'x.department_id' });
    const qb = this.dataSource.getRepository(ExhibitionEntity).createQueryBuilder('x').where(scope.sql, scope.params);
    if (query.district) qb.andWhere('x.region_code = :district', { district: query.district });
    if (query.year) qb.andWhere('x.start_date BETWEEN :from AND :to', { from: `${query.year}-01-01`, to: `${query.year}-12-31` });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      qb.andWhere('(x.name ILIKE :like OR x.venue ILIKE :like)', { like });
    }
    const page = await paginate(qb.orderBy('x.startDate', 'DESC').addOrderBy('x.name', 'ASC'), query, (row) => row);
    const counts = await complaintCounts(this.dataSource.manager, page.items.map((r) => r.id));
    return { ...page, items: page.items.map((row) => mapExhibition(row, counts.get(row.id) ?? { complaints: 0, handled: 0 })) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TExhibitionDetail> {
    return this.detail(this.dataSource.manager, ctx, id);
  }

  async addComplaint(ctx: AuthenticatedContext, id: string, input: TExhibitionComplaintCreate): Promise<TExhibitionDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const exhibition = await this.findInScope(em, ctx, id);
      if (compareDates(input.receivedDate, exhibition.startDate) < 0 || compareDates(input.receivedDate, exhibition.endDate) > 0) {
        throw invalid('receivedDate', 'exhibition.receivedDate.outside', `受理日期须在展会期间（${exhibition.startDate} 至 ${exhibition.endDate}）`, `The date received must fall during the exhibition (${exhibition.startDate} to ${exhibition.endDate})`);
      }
      const repo = em.getRepository(ExhibitionComplaintEntity);
      const row = await repo.save(
        repo.create({ ...input, exhibitionId: id, status: 'pending', handledDate: null, caseId: null, note: null, version: 1, regionCode: exhibition.regionCode, departmentId: exhibition.departmentId, createdBy: ctx.principal.sub }),
      );
      const after = await this.detail(em, ctx, id);
      await this.audit.record(em, ctx, { entity: 'exhibition_complaint', entityId: row.id, action: 'create', after: mapExhibitionComplaint(row, []), regionCode: row.regionCode });
      return after;
    });
  }

  async recordOutcome(ctx: AuthenticatedContext, id: string, complaintId: string, input: TExhibitionComplaintOutcome): Promise<TExhibitionDetail> {
    return inTransaction(this.dataSource, async (em) => {
      await this.findInScope(em, ctx, id);
      const row = await em.getRepository(ExhibitionComplaintEntity).findOneBy({ id: complaintId, exhibitionId: id });
      if (!row) throw notFound('投诉', 'Complaint');
      if (row.version !== input.version) throw conflict(text('投诉已被他人修改，请刷新后重试', 'The complaint was changed by someone else since you read it; reload it and try again'));
      const to = exhibitionComplaintTransition(row.status, input.action);
      if (!to) {
        const allowed = possibleExhibitionComplaintActions(row.status);
        throw conflict(text(`投诉已处理，不能再「${EXHIBITION_COMPLAINT_ACTION_LABELS[input.action].zh}」`, `A ${row.status} complaint cannot take "${input.action}"; allowed: ${allowed.join(', ') || 'none'}`));
      }
      if (compareDates(input.effectiveDate, row.receivedDate) < 0) {
        throw invalid('effectiveDate', 'exhibition.effectiveDate.beforeReceived', `处理日期不能早于受理日期 ${row.receivedDate}`, `The date handled cannot be before the date received ${row.receivedDate}`);
      }
      let caseId: string | null = null;
      if (input.action === 'refer') {
        if (!input.caseId) throw invalid('caseId', 'exhibition.caseId.required', '转立案须填写所立案件', 'A referral names the case registered');
        const linked = await findCaseInScope(em, ctx, input.caseId).catch(() => null);
        if (!linked) throw unprocessableField('caseId', 'exhibition.case.notFound', '所立案件不存在', 'The case named does not exist');
        caseId = linked.id;
      }
      const before = mapExhibitionComplaint(row, []);
      const result = await em
        .createQueryBuilder()
        .update(ExhibitionComplaintEntity)
        .set({ status: to, handledDate: input.effectiveDate, caseId, note: input.note ?? null, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: complaintId, version: input.version })
        .execute();
      if (result.affected !== 1) throw conflict(text('投诉已被他人修改，请刷新后重试', 'The complaint was changed by someone else since you read it; reload it and try again'));
      const saved = await em.getRepository(ExhibitionComplaintEntity).findOneByOrFail({ id: complaintId });
      await this.audit.record(em, ctx, { entity: 'exhibition_complaint', entityId: complaintId, action: 'transition', before, after: mapExhibitionComplaint(saved, []), regionCode: row.regionCode });
      return this.detail(em, ctx, id);
    });
  }

  private async findInScope(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<ExhibitionEntity> {
    const row = await em.getRepository(ExhibitionEntity).findOneBy({ id });
    if (!row || !inScope(ctx.principal, row)) throw notFound('展会', 'Exhibition');
    return row;
  }

  private async detail(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<TExhibitionDetail> {
    const row = await this.findInScope(em, ctx, id);
    const complaints = await em.getRepository(ExhibitionComplaintEntity).find({ where: { exhibitionId: id }, order: { receivedDate: 'ASC', createdAt: 'ASC' } });
    return {
      ...mapExhibition(row, { complaints: complaints.length, handled: complaints.filter((c) => c.status !== 'pending').length }),
      complaintList: complaints.map((c) => mapExhibitionComplaint(c, ctx.principal.roles)),
    };
  }
}

async function complaintCounts(em: EntityManager, ids: string[]): Promise<Map<string, { complaints: number; handled: number }>> {
  if (!ids.length) return new Map();
  const rows = (await em.query(
    `SELECT exhibition_id AS id, count(*)::int AS complaints, count(*) FILTER (WHERE status <> 'pending')::int AS handled FROM exhibition_complaints WHERE exhibition_id = ANY($1::uuid[]) GROUP BY exhibition_id`,
    [ids],
  )) as { id: string; complaints: number; handled: number }[];
  return new Map(rows.map((r) => [r.id, { complaints: r.complaints, handled: r.handled }]));
}
