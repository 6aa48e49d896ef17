import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import type {
  TKeyEnterprise,
  TKeyEnterpriseBatch,
  TKeyEnterpriseBatchCreate,
  TKeyEnterpriseBatchDetail,
  TKeyEnterpriseListQuery,
} from '@ipbureau/domain/protection';
import type { TPageQuery } from '@ipbureau/domain';
import { AuditWriter, conflict, divisionPattern, inTransaction, isWithinDivision, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { KeyEnterpriseBatchEntity, KeyEnterpriseEntity, KeyEnterpriseRightEntity } from './key-enterprise.entity.js';

/**
 * The key-enterprise protection list 重点企业直通车: batches admitted on a date, each enterprise
 * with the rights protected for it. A batch is a published list: it is recorded whole, once.
 */
@Injectable()
export class KeyEnterprisesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async createBatch(ctx: AuthenticatedContext, input: TKeyEnterpriseBatchCreate): Promise<TKeyEnterpriseBatchDetail> {
    const owners = input.enterprises.map((e, i) =>
      this.ownership.forNewRecord(ctx, e.district, text('不能登记您数据范围以外的企业', 'You may not admit an enterprise outside your data scope'), `enterprises.${i}.district`),
    );
    return inTransaction(this.dataSource, async (em) => {
      const batches = em.getRepository(KeyEnterpriseBatchEntity);
      if (await batches.existsBy({ name: input.name })) throw conflict(text(`批次「${input.name}」已存在`, `Batch "${input.name}" already exists`));
      const batch = await batches.save(
        batches.create({ name: input.name, admittedOn: input.admittedOn, regionCode: ctx.principal.region, departmentId: ctx.principal.dept, createdBy: ctx.principal.sub }),
      );
      for (const [i, e] of input.enterprises.entries()) {
        const enterprise = await em.getRepository(KeyEnterpriseEntity).save({ batchId: batch.id, creditCode: e.creditCode, name: e.name, admittedOn: input.admittedOn, regionCode: owners[i]!.regionCode });
        if (e.rights.length) {
          await em.getRepository(KeyEnterpriseRightEntity).insert(
            e.rights.map((r, position) => ({ enterpriseId: enterprise.id, position, rightKind: r.rightKind, rightNumber: r.rightNumber, rightName: r.rightName ?? null, regionCode: enterprise.regionCode })),
          );
        }
      }
      const detail = await this.detail(em, ctx, batch.id);
      await this.audit.record(em, ctx, { entity: 'key_enterprise_batch', entityId: batch.id, action: 'create', after: detail, regionCode: batch.regionCode });
      return detail;
    });
  }

  async listBatches(ctx: AuthenticatedContext, query: TPageQuery): Promise<TPage<TKeyEnterpriseBatch>> {
    const qb = this.dataSource
      .getRepository(KeyEnterpriseBatchEntity)
      .createQueryBuilder('b')
      .where('b.region_code LIKE :region', { region: divisionPattern(ctx.principal.region) })
      .orderBy('b.admittedOn', 'DESC')
      .addOrderBy('b.name', 'ASC');
    const page = await paginate(qb, query, (row) => row);
    const counts = await this.counts(this.dataSource.manager, page.items.map((b) => b.id));
    return { ...page, items: page.items.map((b) => mapBatch(b, counts.get(b.id) ?? 0)) };
  }

  async getBatch(ctx: AuthenticatedContext, id: string): Promise<TKeyEnterpriseBatchDetail> {
    return this.detail(this.dataSource.manager, ctx, id);
  }

  async listEnterprises(ctx: AuthenticatedContext, query: TKeyEnterpriseListQuery): Promise<TPage<TKeyEnterprise>> {
    const scope = scopeCondition(ctx.principal, { region: 'k.region_code' });
    const qb = this.dataSource.getRepository(KeyEnterpriseEntity).createQueryBuilder('k').where(scope.sql, scope.params);
    if (query.creditCode) qb.andWhere('k.credit_code = :creditCode', { creditCode: query.creditCode.toUpperCase() });
    if (query.district) qb.andWhere('k.region_code = :district', { district: query.district });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      qb.andWhere('(k.name ILIKE :like OR k.credit_code ILIKE :like)', { like });
    }
    const page = await paginate(qb.orderBy('k.admittedOn', 'DESC').addOrderBy('k.name', 'ASC'), query, (row) => row);
    return { ...page, items: await this.withRights(this.dataSource.manager, page.items) };
  }

  private async detail(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<TKeyEnterpriseBatchDetail> {
    const batch = await em.getRepository(KeyEnterpriseBatchEntity).findOneBy({ id });
    if (!batch || !isWithinDivision(batch.regionCode, ctx.principal.region)) throw notFound('批次', 'Batch');
    const enterprises = await em.getRepository(KeyEnterpriseEntity).find({ where: { batchId: id }, order: { name: 'ASC' } });
    return { ...mapBatch(batch, enterprises.length), enterprises: await this.withRights(em, enterprises) };
  }

  private async withRights(em: EntityManager, enterprises: KeyEnterpriseEntity[]): Promise<TKeyEnterprise[]> {
    const rights = enterprises.length ? await em.getRepository(KeyEnterpriseRightEntity).find({ where: { enterpriseId: In(enterprises.map((e) => e.id)) }, order: { position: 'ASC' } }) : [];
    return enterprises.map((e) => ({
      id: e.id,
      batchId: e.batchId,
      creditCode: e.creditCode,
      name: e.name,
      district: e.regionCode,
      admittedOn: e.admittedOn,
      rights: rights.filter((r) => r.enterpriseId === e.id).map((r) => ({ rightKind: r.rightKind, rightNumber: r.rightNumber, rightName: r.rightName })),
    }));
  }

  private async counts(em: EntityManager, batchIds: string[]): Promise<Map<string, number>> {
    if (!batchIds.length) return new Map();
    const rows = (await em.query(`SELECT batch_id, count(*)::int AS n FROM key_enterprises WHERE batch_id = ANY($1::uuid[]) GROUP BY batch_id`, [batchIds])) as { batch_id: string; n: number }[];
    return new Map(rows.map((r) => [r.batch_id, r.n]));
  }
}

function mapBatch(b: KeyEnterpriseBatchEntity, enterpriseCount: number): TKeyEnterpriseBatch {
  return { id: b.id, name: b.name, admittedOn: b.admittedOn, enterpriseCount, createdAt: b.createdAt.toISOString() };
}
