import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { todayInChina, type TPage } from '@ipbureau/domain';
import type { TGi, TGiCreate, TGiDetail, TGiListQuery, TGiProducerCreate } from '@ipbureau/domain/creation';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { containing } from '../lifecycle/lifecycle.rules.js';
import { GiEntity, GiProducerEntity } from './gi.entities.js';
import { mapGi, mapGiDetail } from './gi.mapper.js';

@Injectable()
export class GeographicalIndicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TGiCreate): Promise<TGiDetail> {
    const owner = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的地理标志', 'You may not record a GI outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const gis = em.getRepository(GiEntity);
      if (await gis.existsBy({ protectionKind: input.protectionKind, name: input.name })) {
        throw conflict(text(`「${input.name}」已登记为该类地理标志`, `${input.name} is already recorded as a GI of this kind`));
      }
      if (input.registrationNumber && (await gis.existsBy({ registrationNumber: input.registrationNumber }))) {
        throw conflict(text(`注册号 ${input.registrationNumber} 已登记`, `Registration ${input.registrationNumber} is already recorded`));
      }
      const saved = await gis.save(
        gis.create({
          name: input.name,
          protectionKind: input.protectionKind,
          registrationNumber: input.registrationNumber,
          originArea: input.originArea,
          holderName: input.holderName,
          holderCreditCode: input.holderCreditCode,
          protectedOn: input.protectedOn,
          version: 1,
          ...owner,
        }),
      );
      const gi = mapGiDetail(saved, [], todayInChina());
      await this.audit.record(em, ctx, { entity: 'geographical_indication', entityId: gi.id, action: 'create', after: gi, regionCode: gi.district });
      return gi;
    });
  }

  async list(ctx: AuthenticatedContext, query: TGiListQuery): Promise<TPage<TGi>> {
    const scope = scopeCondition(ctx.principal, { region: 'g.region_code', department: 'g.department_id' });
    const qb = this.dataSource
      .getRepository(GiEntity)
      .createQueryBuilder('g')
      .where(scope.sql, scope.params)
      .orderBy('g.protectedOn', 'DESC')
      .addOrderBy('g.name', 'ASC');
    if (query.protectionKind) qb.andWhere('g.protection_kind = :kind', { kind: query.protectionKind });
    if (query.district) qb.andWhere('g.region_code = :district', { district: query.district });
    if (query.q) qb.andWhere('(g.name ILIKE :q OR g.holder_name ILIKE :q OR g.registration_number ILIKE :q)', { q: containing(query.q) });
    const page = await paginate(qb, query, (gi) => gi);
    // Producers whose authorization covers today, for the page's GIs in one query.
    const counts = (await this.dataSource.query(
      `SELECT gi_id, count(DISTINCT credit_code)::int AS n FROM gi_producers
       WHERE gi_id = ANY($1::uuid[]) AND authorized_from <= $2::date AND (authorized_to IS NULL OR authorized_to >= $2::date) GROUP BY gi_id`,
      [page.items.map((gi) => gi.id), todayInChina()],
    )) as { gi_id: string; n: number }[];
    const authorized = new Map(counts.map((c) => [c.gi_id, c.n]));
    return { ...page, items: page.items.map((gi) => mapGi(gi, authorized.get(gi.id) ?? 0)) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TGiDetail> {
    const em = this.dataSource.manager;
    return this.detail(em, await this.findInScope(em, ctx, id));
  }

  /** Authorizes a producer over a period; a second authorization of the same producer overlapping it is refused. */
  async authorize(ctx: AuthenticatedContext, id: string, input: TGiProducerCreate): Promise<TGiDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const gi = await this.findInScope(em, ctx, id, true);
      const [overlap] = (await em.query(
        `SELECT authorized_from::text, authorized_to::text FROM gi_producers
         WHERE gi_id = $1 AND credit_code = $2 AND daterange(authorized_from, authorized_to, '[]') && daterange($3::date, $4::date, '[]')`,
        [id, input.creditCode, input.authorizedFrom, input.authorizedTo],
      )) as { authorized_from: string; authorized_to: string | null }[];
      if (overlap) {
        const until = overlap.authorized_to ?? '—';
        throw conflict(text(`该生产者已有 ${overlap.authorized_from} 至 ${until} 的授权，期间重叠`, `The producer is already authorized from ${overlap.authorized_from} to ${until}, which overlaps`));
      }
      const producers = em.getRepository(GiProducerEntity);
      const saved = await producers.save(
        producers.create({ giId: id, creditCode: input.creditCode, name: input.name, authorizedFrom: input.authorizedFrom, authorizedTo: input.authorizedTo, regionCode: gi.regionCode, createdBy: ctx.principal.sub }),
      );
      const after = await this.detail(em, gi);
      await this.audit.record(em, ctx, { entity: 'gi_producer', entityId: saved.id, action: 'create', after: { giId: id, ...input }, regionCode: gi.regionCode });
      return after;
    });
  }

  private async findInScope(em: EntityManager, ctx: AuthenticatedContext, id: string, forUpdate = false): Promise<GiEntity> {
    const gi = await em.getRepository(GiEntity).findOne({ where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!gi || !inScope(ctx.principal, gi)) throw notFound('地理标志', 'Geographical indication');
    return gi;
  }

  private async detail(em: EntityManager, gi: GiEntity): Promise<TGiDetail> {
    const producers = await em.getRepository(GiProducerEntity).find({ where: { giId: gi.id }, order: { authorizedFrom: 'DESC', name: 'ASC' } });
    return mapGiDetail(gi, producers, todayInChina());
  }
}
