import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AWARD_KIND_LABELS, AWARD_LEVEL_LABELS, type TAward, type TAwardCreate, type TAwardListQuery, type TAwardUpdate } from '@ipbureau/domain/utilization';
import type { TPage } from '@ipbureau/domain';
import { AuditWriter, conflict, EventTransport, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertNotFuture, assertVersion, containing, sentFields } from '../product-rules/product.rules.js';
import { AwardEntity } from './award.entity.js';
import { mapAward } from './awards.mapper.js';

const awardNotFound = () => notFound('获奖记录', 'Award');

@Injectable()
export class AwardsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
    private readonly events: EventTransport,
  ) {}

  /**
   * Records an award and publishes `award.granted` in the same transaction, so the creation
   * pillar learns of every award recorded and of no refused one.
   */
  async create(ctx: AuthenticatedContext, input: TAwardCreate): Promise<TAward> {
    const owner = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的获奖记录', 'You may not record an award outside your data scope'));
    if (input.announcedDate) assertNotFuture(ctx.locale, input.announcedDate, 'announcedDate');
    return inTransaction(this.dataSource, async (em) => {
      const repository = em.getRepository(AwardEntity);
      const same = await repository.findOneBy({ patentNumber: input.patentNumber, kind: input.kind, level: input.level, year: input.year });
      if (same) {
        throw conflict(
          text(
            `专利 ${input.patentNumber} 的 ${input.year} 年${AWARD_LEVEL_LABELS[input.level].zh}${AWARD_KIND_LABELS[input.kind].zh}已登记`,
            `The ${input.year} ${input.level} ${input.kind} of patent ${input.patentNumber} is already recorded`,
          ),
        );
      }
      const { district: _district, ...fields } = input;
      const row = await repository.save(
        repository.create({ ...fields, holderCreditCode: input.holderCreditCode ?? null, announcedDate: input.announcedDate ?? null, note: input.note ?? null, ...owner }),
      );
      const award = mapAward(row);
      await this.audit.record(em, ctx, { entity: 'award', entityId: award.id, action: 'create', after: award, regionCode: award.district });
      await this.events.publish(em, ctx, {
        type: 'award.granted',
        regionCode: row.regionCode,
        data: { awardId: row.id, patentNumber: row.patentNumber, kind: row.kind, level: row.level, year: row.year, grade: row.grade },
      });
      return award;
    });
  }

  async update(ctx: AuthenticatedContext, id: string, input: TAwardUpdate): Promise<TAward> {
    if (input.announcedDate) assertNotFuture(ctx.locale, input.announcedDate, 'announcedDate');
    return inTransaction(this.dataSource, async (em) => {
      const award = await this.lockInScope(em, ctx, id);
      const { version, ...fields } = input;
      assertVersion(award.version, version);
      const before = mapAward(award);
      Object.assign(award, sentFields(fields));
      const saved = mapAward(await em.getRepository(AwardEntity).save(award));
      await this.audit.record(em, ctx, { entity: 'award', entityId: id, action: 'update', before, after: saved, regionCode: saved.district });
      return saved;
    });
  }

  async list(ctx: AuthenticatedContext, query: TAwardListQuery): Promise<TPage<TAward>> {
    const scope = scopeCondition(ctx.principal, { region: 'a.region_code', department: 'a.department_id' });
    const qb = this.dataSource.getRepository(AwardEntity).createQueryBuilder('a').where(scope.sql, scope.params);
    if (query.kind) qb.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.level) qb.andWhere('a.level = :level', { level: query.level });
    if (query.year) qb.andWhere('a.year = :year', { year: query.year });
    if (query.district) qb.andWhere('a.region_code = :district', { district: query.district });
    if (query.q) qb.andWhere('(a.patent_number ILIKE :like OR a.patent_title ILIKE :like OR a.holder_name ILIKE :like OR a.award_name ILIKE :like)', { like: containing(query.q) });
    qb.orderBy('a.year', 'DESC').addOrderBy('a.createdAt', 'DESC');
    return paginate(qb, query, mapAward);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TAward> {
    const award = await this.dataSource.getRepository(AwardEntity).findOneBy({ id });
    if (award === null || !inScope(ctx.principal, award)) throw awardNotFound();
    return mapAward(award);
  }

  private async lockInScope(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<AwardEntity> {
    const award = await em.getRepository(AwardEntity).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
    if (award === null || !inScope(ctx.principal, award)) throw awardNotFound();
    return award;
  }
}
