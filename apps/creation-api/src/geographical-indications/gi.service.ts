import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { todayInChina, type TPage } from '@ipbureau/domain';
import type { TGi, TGiCreate, TGiDetail, TGiListQuery, TGiProducerCreate, TGiRevoke, TGiUpdate } from '@ipbureau/domain/creation';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertEffectiveDate, assertVersion, containing } from '../lifecycle/lifecycle.rules.js';
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
          revokedOn: null,
          revocationReason: null,
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
    const today = todayInChina();
    return { ...page, items: page.items.map((gi) => mapGi(gi, gi.revokedOn !== null && gi.revokedOn <= today ? 0 : (authorized.get(gi.id) ?? 0))) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TGiDetail> {
    const em = this.dataSource.manager;
    return this.detail(em, await this.findInScope(em, ctx, id));
  }

  /**
   * Corrects a GI's particulars against the version read (stale → 409). A revoked GI is not
   * edited (409); a new name or district is checked as at creation (unique per kind, in scope),
   * and its producers' authorizations move to the new district with it.
   */
  async update(ctx: AuthenticatedContext, id: string, input: TGiUpdate): Promise<TGiDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const gi = await this.findInScope(em, ctx, id, true);
      const { version, district, ...fields } = input;
      assertVersion(gi.version, version);
      if (gi.revokedOn !== null) throw conflict(text(`该地理标志已于 ${gi.revokedOn} 撤销，不能修改`, `The GI was revoked on ${gi.revokedOn} and is not edited`));
      const before = mapGi(gi, 0);
      if (fields.name !== undefined && fields.name !== gi.name && (await em.getRepository(GiEntity).existsBy({ protectionKind: gi.protectionKind, name: fields.name }))) {
        throw conflict(text(`「${fields.name}」已登记为该类地理标志`, `${fields.name} is already recorded as a GI of this kind`));
      }
      Object.assign(gi, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
      if (district !== undefined && district !== gi.regionCode) {
        gi.regionCode = this.ownership.forNewRecord(ctx, district, text('不能将地理标志移到您数据范围以外的区县', 'You may not move a GI outside your data scope')).regionCode;
        await em.getRepository(GiProducerEntity).update({ giId: gi.id }, { regionCode: gi.regionCode });
      }
      gi.version += 1;
      const saved = await em.getRepository(GiEntity).save(gi);
      const after = await this.detail(em, saved);
      await this.audit.record(em, ctx, { entity: 'geographical_indication', entityId: id, action: 'update', before, after: mapGi(saved, after.producersAuthorized), regionCode: saved.regionCode });
      return after;
    });
  }

  /**
   * Revokes the GI's protection on a date (not before its protection date, not in the future) for
   * a reason, against the version read. From that date the GI is no longer counted and authorizes
   * no one; a revoked GI is not revoked again (409).
   */
  async revoke(ctx: AuthenticatedContext, id: string, input: TGiRevoke): Promise<TGiDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const gi = await this.findInScope(em, ctx, id, true);
      assertVersion(gi.version, input.version);
      if (gi.revokedOn !== null) throw conflict(text(`该地理标志已于 ${gi.revokedOn} 撤销`, `The GI was already revoked on ${gi.revokedOn}`));
      assertEffectiveDate(ctx.locale, input.revokedOn, gi.protectedOn, 'revokedOn');
      const before = mapGi(gi, 0);
      gi.revokedOn = input.revokedOn;
      gi.revocationReason = input.reason;
      gi.version += 1;
      const saved = await em.getRepository(GiEntity).save(gi);
      const after = await this.detail(em, saved);
      await this.audit.record(em, ctx, { entity: 'geographical_indication', entityId: id, action: 'revoke', before, after: mapGi(saved, after.producersAuthorized), regionCode: saved.regionCode });
      return after;
    });
  }

  /** Authorizes a producer over a period; a second authorization of the same producer overlapping it is refused, and so is any on a revoked GI. */
  async authorize(ctx: AuthenticatedContext, id: string, input: TGiProducerCreate): Promise<TGiDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const gi = await this.findInScope(em, ctx, id, true);
      if (gi.revokedOn !== null) throw conflict(text(`该地理标志已于 ${gi.revokedOn} 撤销，不能再授权使用`, `The GI was revoked on ${gi.revokedOn}; it authorizes no one`));
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
