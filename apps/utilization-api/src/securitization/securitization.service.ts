import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import type { TSecuritization, TSecuritizationCreate, TSecuritizationListQuery, TSecuritizationUpdate } from '@ipbureau/domain/utilization';
import { AuditWriter, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertNotFuture, assertVersion, containing, fieldError, sentFields } from '../product-rules/product.rules.js';
import { SecuritizationProductEntity } from './securitization-product.entity.js';
import { mapSecuritization } from './securitization.mapper.js';

const productNotFound = () => notFound('证券化产品', 'Securitization product');

@Injectable()
export class SecuritizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TSecuritizationCreate): Promise<TSecuritization> {
    const owner = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的产品', 'You may not record a product outside your data scope'));
    assertNotFuture(ctx.locale, input.issueDate, 'issueDate');
    return inTransaction(this.dataSource, async (em) => {
      const repository = em.getRepository(SecuritizationProductEntity);
      const { district: _district, ...fields } = input;
      const row = await repository.save(repository.create({ ...fields, code: input.code ?? null, maturityDate: input.maturityDate ?? null, note: input.note ?? null, ...owner }));
      const product = mapSecuritization(row);
      await this.audit.record(em, ctx, { entity: 'securitization_product', entityId: row.id, action: 'create', after: product, regionCode: row.regionCode });
      return product;
    });
  }

  async update(ctx: AuthenticatedContext, id: string, input: TSecuritizationUpdate): Promise<TSecuritization> {
    return inTransaction(this.dataSource, async (em) => {
      const product = await this.lockInScope(em, ctx, id);
      const { version, ...fields } = input;
      assertVersion(product.version, version);
      const before = mapSecuritization(product);
      Object.assign(product, sentFields(fields));
      assertNotFuture(ctx.locale, product.issueDate, 'issueDate');
      if (product.maturityDate && product.maturityDate <= product.issueDate) throw fieldError(ctx.locale, 'maturityDate', '到期日必须晚于发行日', 'The maturity date must be after the issue date');
      const saved = mapSecuritization(await em.getRepository(SecuritizationProductEntity).save(product));
      await this.audit.record(em, ctx, { entity: 'securitization_product', entityId: id, action: 'update', before, after: saved, regionCode: saved.district });
      return saved;
    });
  }

  async list(ctx: AuthenticatedContext, query: TSecuritizationListQuery): Promise<TPage<TSecuritization>> {
    const scope = scopeCondition(ctx.principal, { region: 's.region_code', department: 's.department_id' });
    const qb = this.dataSource.getRepository(SecuritizationProductEntity).createQueryBuilder('s').where(scope.sql, scope.params);
    if (query.kind) qb.andWhere('s.kind = :kind', { kind: query.kind });
    if (query.district) qb.andWhere('s.region_code = :district', { district: query.district });
    if (query.q) qb.andWhere('(s.name ILIKE :like OR s.code ILIKE :like OR s.issuer_name ILIKE :like)', { like: containing(query.q) });
    qb.orderBy('s.issueDate', 'DESC').addOrderBy('s.createdAt', 'DESC');
    return paginate(qb, query, mapSecuritization);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TSecuritization> {
    const product = await this.dataSource.getRepository(SecuritizationProductEntity).findOneBy({ id });
    if (product === null || !inScope(ctx.principal, product)) throw productNotFound();
    return mapSecuritization(product);
  }

  private async lockInScope(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<SecuritizationProductEntity> {
    const product = await em.getRepository(SecuritizationProductEntity).createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :id', { id }).getOne();
    if (product === null || !inScope(ctx.principal, product)) throw productNotFound();
    return product;
  }
}
