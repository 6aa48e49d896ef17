import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TLocale } from '@ipbureau/domain';
import {
  RAPID_REQUEST_KIND_LABELS,
  RAPID_SERVICE_LEVEL_FIELD_LABELS,
  type TRapidRequestKind,
  type TRapidServiceLevel,
  type TRapidServiceLevelCreate,
  type TRapidServiceLevelQuery,
  type TRapidServiceLevelUpdate,
} from '@ipbureau/domain/protection';
import { AuditWriter, conflict, DomainException, inTransaction, notFound, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertAfterApplied, assertNotApplied, assertStillScheduled, datedRuleFields, dateTaken, inForceOn, lockDatedRules, withoutState, withStates } from '../common/dated-rules.js';
import { RapidRequestEntity, RapidServiceLevelEntity } from './rapid-request.entity.js';

const WHAT = { zh: '服务时限', en: 'service level' };
const stale = () => conflict(text('服务时限已被他人修改，请刷新后重试', 'The service level was changed by someone else since you read it; reload it and try again'));
const lockKind = (em: EntityManager, kind: TRapidRequestKind) => lockDatedRules(em, `rapid_service_levels:${kind}`);

/** The level of `kind` in force on `date` (the latest effective on or before it), for a request submitted that day. */
export async function serviceLevelInForce(em: EntityManager, kind: TRapidRequestKind, date: string): Promise<RapidServiceLevelEntity> {
  await lockKind(em, kind);
  const level = await em
    .getRepository(RapidServiceLevelEntity)
    .createQueryBuilder('l')
    .where('l.kind = :kind AND l.effective_from <= :date', { kind, date })
    .orderBy('l.effective_from', 'DESC')
    .getOne();
  if (!level) {
    const kindLabel = RAPID_REQUEST_KIND_LABELS[kind];
    throw new DomainException('UNPROCESSABLE', text(`${date} 没有施行中的${kindLabel.zh}服务时限，请先维护服务时限`, `No ${kindLabel.en.toLowerCase()} service level was in force on ${date}; add one first`), [
      { path: 'submittedDate', code: 'rapid.level.none', message: `no service level on ${date}` },
    ]);
  }
  return level;
}

/**
 * The rapid protection centre's service levels 服务时限, dated: each applies to the requests
 * submitted from its effective date until the next level of its kind. A level is changed only while
 * its date is still to come; once it has applied, the centre adds a new level instead.
 */
@Injectable()
export class RapidServiceLevelsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async list(query: TRapidServiceLevelQuery): Promise<TRapidServiceLevel[]> {
    let rows = await this.dataSource.getRepository(RapidServiceLevelEntity).find({ order: { kind: 'ASC', effectiveFrom: 'ASC' } });
    if (query.kind) rows = rows.filter((r) => r.kind === query.kind);
    const shown = query.inForceOn ? new Set(inForceOn(rows, (r) => r.kind, query.inForceOn)) : null;
    return mapLevels(rows).filter((_level, i) => !shown || shown.has(rows[i]!));
  }

  async create(ctx: AuthenticatedContext, input: TRapidServiceLevelCreate): Promise<TRapidServiceLevel> {
    return inTransaction(this.dataSource, async (em) => {
      await lockKind(em, input.kind);
      await this.assertDateFree(em, ctx.locale, input.kind, input.effectiveFrom, null);
      // A past date is accepted only while no request was clocked from it: the table must tell the level each request on record carries.
      const clocked = await em
        .getRepository(RapidRequestEntity)
        .createQueryBuilder('r')
        .select('max(r.submitted_date)', 'latest')
        .where('r.kind = :kind AND r.submitted_date >= :from', { kind: input.kind, from: input.effectiveFrom })
        .getRawOne<{ latest: string | null }>();
      assertAfterApplied(ctx.locale, clocked?.latest, { zh: '提交的请求', en: 'Requests submitted' });
      const repo = em.getRepository(RapidServiceLevelEntity);
      const row = await repo.save(repo.create({ ...input, version: 1, regionCode: ctx.principal.region, createdBy: ctx.principal.sub }));
      const created = await this.one(em, row.id);
      await this.audit.record(em, ctx, { entity: 'rapid_service_level', entityId: row.id, action: 'create', after: withoutState(created), regionCode: row.regionCode });
      return created;
    });
  }

  async update(ctx: AuthenticatedContext, id: string, input: TRapidServiceLevelUpdate): Promise<TRapidServiceLevel> {
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(RapidServiceLevelEntity);
      const found = await repo.findOneBy({ id });
      if (!found) throw notFound('服务时限', 'Service level');
      await lockKind(em, found.kind);
      const row = await repo.findOneByOrFail({ id });
      if (row.version !== input.version) throw stale();
      const { version: _version, ...changes } = input;
      const fields = Object.entries(changes).flatMap(([field, value]) => (value === undefined ? [] : [field]));
      assertNotApplied(ctx.locale, row.effectiveFrom, fields, RAPID_SERVICE_LEVEL_FIELD_LABELS, WHAT);
      if (input.effectiveFrom !== undefined && input.effectiveFrom !== row.effectiveFrom) {
        assertStillScheduled(ctx.locale, input.effectiveFrom);
        await this.assertDateFree(em, ctx.locale, row.kind, input.effectiveFrom, row.id);
      }
      const before = await this.one(em, id);
      const result = await em
        .createQueryBuilder()
        .update(RapidServiceLevelEntity)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw stale();
      const after = await this.one(em, id);
      await this.audit.record(em, ctx, { entity: 'rapid_service_level', entityId: id, action: 'update', before: withoutState(before), after: withoutState(after), regionCode: row.regionCode });
      return after;
    });
  }

  /** Two levels of one kind effective the same day would make that day's clock ambiguous. */
  private async assertDateFree(em: EntityManager, locale: TLocale, kind: TRapidRequestKind, effectiveFrom: string, exceptId: string | null): Promise<void> {
    const qb = em.getRepository(RapidServiceLevelEntity).createQueryBuilder('l').where('l.kind = :kind AND l.effective_from = :effectiveFrom', { kind, effectiveFrom });
    if (exceptId) qb.andWhere('l.id <> :exceptId', { exceptId });
    if (await qb.getExists()) {
      const label = RAPID_REQUEST_KIND_LABELS[kind];
      throw dateTaken(locale, { zh: `已有自 ${effectiveFrom} 起施行的${label.zh}服务时限，请修改该条或另选施行日期`, en: `A ${label.en.toLowerCase()} level already takes effect on ${effectiveFrom}; change that one or pick another effective date` });
    }
  }

  /** One level with its state, which depends on the other levels of its kind. */
  private async one(em: EntityManager, id: string): Promise<TRapidServiceLevel> {
    const kind = (await em.getRepository(RapidServiceLevelEntity).findOneByOrFail({ id })).kind;
    const rows = await em.getRepository(RapidServiceLevelEntity).find({ where: { kind }, order: { effectiveFrom: 'ASC' } });
    return mapLevels(rows).find((level) => level.id === id)!;
  }
}

/** Levels as the API shows them, in the order of `rows` (by kind, then effective date). */
function mapLevels(rows: RapidServiceLevelEntity[]): TRapidServiceLevel[] {
  return withStates(rows, (r) => r.kind).map(({ row, state }) => ({ ...datedRuleFields(row, state), kind: row.kind, workingDays: row.workingDays }));
}
