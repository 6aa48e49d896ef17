import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PLEDGE_RIGHT_KIND_LABELS, type TPledge, type TPledgeCreate, type TPledgeListQuery } from '@ipbureau/domain/utilization';
import type { TPage } from '@ipbureau/domain';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PledgeEntity } from './pledge.entity.js';
import { mapPledge } from './pledges.mapper.js';

@Injectable()
export class PledgesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  /** Records a pledge registration; the right must not already be under an active pledge. */
  async register(ctx: AuthenticatedContext, input: TPledgeCreate): Promise<TPledge> {
    const owner = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的质押', 'You may not register a pledge outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      await this.assertNotPledged(em, input);
      const repository = em.getRepository(PledgeEntity);
      const row = repository.create({
        pledgorName: input.pledgorName,
        pledgorCreditCode: input.pledgorCreditCode,
        rightKind: input.rightKind,
        rightNumber: input.rightNumber,
        lenderName: input.lenderName,
        loanAmount: input.loanAmount,
        registrationDate: input.registrationDate,
        status: 'active',
        ...owner,
      });
      const pledge = mapPledge(await repository.save(row));
      await this.audit.record(em, ctx, { entity: 'pledge', entityId: pledge.id, action: 'create', after: pledge, regionCode: pledge.district });
      return pledge;
    });
  }

  /**
   * Looks in the whole table, not only the caller's scope: a right pledged in another district is
   * still pledged. The partial unique index backs this up against two registrations at once.
   */
  private async assertNotPledged(em: EntityManager, input: TPledgeCreate): Promise<void> {
    const active = await em.getRepository(PledgeEntity).findOneBy({ rightNumber: input.rightNumber, status: 'active' });
    if (!active) return;
    const kind = PLEDGE_RIGHT_KIND_LABELS[input.rightKind];
    throw conflict(
      text(
        `${kind.zh} ${input.rightNumber} 已于 ${active.registrationDate} 出质，质押注销前不能再次出质`,
        `${kind.en} ${input.rightNumber} has been under an active pledge since ${active.registrationDate}; release it first`,
      ),
    );
  }

  async list(ctx: AuthenticatedContext, query: TPledgeListQuery): Promise<TPage<TPledge>> {
    const scope = scopeCondition(ctx.principal, { region: 'pl.region_code', department: 'pl.department_id' });
    const qb = this.dataSource.getRepository(PledgeEntity).createQueryBuilder('pl').where(scope.sql, scope.params);
    if (query.rightKind) qb.andWhere('pl.right_kind = :rightKind', { rightKind: query.rightKind });
    if (query.status) qb.andWhere('pl.status = :status', { status: query.status });
    if (query.district) qb.andWhere('pl.region_code = :district', { district: query.district });
    qb.orderBy('pl.registrationDate', 'DESC').addOrderBy('pl.createdAt', 'DESC');
    return paginate(qb, query, mapPledge);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TPledge> {
    const pledge = await this.dataSource.getRepository(PledgeEntity).findOneBy({ id });
    // Out of the caller's scope reads as absent: the response does not confirm it exists.
    if (pledge === null || !inScope(ctx.principal, pledge)) throw notFound('质押登记', 'Pledge');
    return mapPledge(pledge);
  }
}
