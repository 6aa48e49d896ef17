import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { compareDates, type TPage } from '@ipbureau/domain';
import {
  ECOMMERCE_ACTION_LABELS,
  ecommerceTransition,
  possibleEcommerceActions,
  type TEcommerceComplaint,
  type TEcommerceComplaintCreate,
  type TEcommerceListQuery,
  type TEcommerceOutcome,
} from '@ipbureau/domain/protection';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { EcommerceComplaintEntity } from './exhibition.entity.js';
import { mapEcommerce } from './exhibitions.mapper.js';
import { invalid } from './exhibitions.service.js';

const stale = () => conflict(text('投诉已被他人修改，请刷新后重试', 'The complaint was changed by someone else since you read it; reload it and try again'));

/** E-commerce complaints 电商投诉: received, then taken down 下架 by the platform or rejected, dated. */
@Injectable()
export class EcommerceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TEcommerceComplaintCreate): Promise<TEcommerceComplaint> {
    const ownership = this.ownership.forNewRecord(ctx, input.district, text('不能在您的数据范围以外登记', 'You may not register outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(EcommerceComplaintEntity);
      const { district: _d, ...fields } = input;
      const row = await repo.save(repo.create({ ...fields, status: 'pending', outcomeDate: null, note: null, version: 1, ...ownership }));
      const created = mapEcommerce(row, ctx.principal.roles);
      await this.audit.record(em, ctx, { entity: 'ecommerce_complaint', entityId: row.id, action: 'create', after: mapEcommerce(row, []), regionCode: row.regionCode });
      return created;
    });
  }

  async list(ctx: AuthenticatedContext, query: TEcommerceListQuery): Promise<TPage<TEcommerceComplaint>> {
    const scope = scopeCondition(ctx.principal, { region: 'e.region_code', department: 'e.department_id' });
    const qb = this.dataSource.getRepository(EcommerceComplaintEntity).createQueryBuilder('e').where(scope.sql, scope.params);
    const equal = { status: query.status, platform: query.platform, region_code: query.district };
    for (const [column, value] of Object.entries(equal)) if (value !== undefined) qb.andWhere(`e.${column} = :${column}`, { [column]: value });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      qb.andWhere('(e.shop ILIKE :like OR e.complainant ILIKE :like OR e.right_number ILIKE :like)', { like });
    }
    const page = await paginate(qb.orderBy('e.receivedDate', 'DESC').addOrderBy('e.createdAt', 'DESC'), query, (row) => row);
    return { ...page, items: page.items.map((row) => mapEcommerce(row, ctx.principal.roles)) };
  }

  async recordOutcome(ctx: AuthenticatedContext, id: string, input: TEcommerceOutcome): Promise<TEcommerceComplaint> {
    return inTransaction(this.dataSource, async (em) => {
      const row = await this.findInScope(em, ctx, id);
      if (row.version !== input.version) throw stale();
      const to = ecommerceTransition(row.status, input.action);
      if (!to) {
        const allowed = possibleEcommerceActions(row.status);
        throw conflict(text(`投诉已处理，不能再「${ECOMMERCE_ACTION_LABELS[input.action].zh}」`, `A ${row.status} complaint cannot take "${input.action}"; allowed: ${allowed.join(', ') || 'none'}`));
      }
      if (compareDates(input.effectiveDate, row.receivedDate) < 0) {
        throw invalid('effectiveDate', 'ecommerce.effectiveDate.beforeReceived', `处理日期不能早于受理日期 ${row.receivedDate}`, `The outcome date cannot be before the date received ${row.receivedDate}`);
      }
      const before = mapEcommerce(row, []);
      const result = await em
        .createQueryBuilder()
        .update(EcommerceComplaintEntity)
        .set({ status: to, outcomeDate: input.effectiveDate, note: input.note ?? null, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw stale();
      const saved = await this.findInScope(em, ctx, id);
      await this.audit.record(em, ctx, { entity: 'ecommerce_complaint', entityId: id, action: 'transition', before, after: mapEcommerce(saved, []), regionCode: row.regionCode });
      return mapEcommerce(saved, ctx.principal.roles);
    });
  }

  private async findInScope(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<EcommerceComplaintEntity> {
    const row = await em.getRepository(EcommerceComplaintEntity).findOneBy({ id });
    if (!row || !inScope(ctx.principal, row)) throw notFound('投诉', 'Complaint');
    return row;
  }
}
