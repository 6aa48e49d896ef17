import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { compareDates, todayInChina, type TLocale } from '@ipbureau/domain';
import {
  RAPID_REQUEST_KIND_LABELS,
  RAPID_SERVICE_LEVEL_FIELD_LABELS,
  rapidServiceLevelStates,
  type TRapidRequestKind,
  type TRapidServiceLevel,
  type TRapidServiceLevelCreate,
  type TRapidServiceLevelQuery,
  type TRapidServiceLevelUpdate,
} from '@ipbureau/domain/protection';
import { AuditWriter, conflict, DomainException, inTransaction, notFound, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { RapidRequestEntity, RapidServiceLevelEntity } from './rapid-request.entity.js';

type LevelField = keyof typeof RAPID_SERVICE_LEVEL_FIELD_LABELS;

const stale = () => conflict(text('服务时限已被他人修改，请刷新后重试', 'The service level was changed by someone else since you read it; reload it and try again'));

/**
 * Levels of a kind are changed one writer at a time, and a request is clocked under the same lock:
 * a level created with a past date cannot slip in beside a request being submitted on that date.
 */
async function lockKind(em: EntityManager, kind: TRapidRequestKind): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext('rapid_service_levels:' || $1))`, [kind]);
}

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

const fieldIssue = (locale: TLocale, path: LevelField, zh: string, en: string) => ({ path, code: 'custom', message: locale === 'en' ? en : zh });

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
    const rows = await this.dataSource.getRepository(RapidServiceLevelEntity).find({ order: { kind: 'ASC', effectiveFrom: 'ASC' } });
    const levels = mapLevels(rows, todayInChina());
    return levels.filter((level) => {
      if (query.kind && level.kind !== query.kind) return false;
      if (!query.inForceOn) return true;
      // In force on the date: effective by then, and no later level of its kind effective by then.
      const onDate = (l: TRapidServiceLevel) => l.kind === level.kind && compareDates(l.effectiveFrom, query.inForceOn!) <= 0;
      return onDate(level) && !levels.some((l) => onDate(l) && compareDates(l.effectiveFrom, level.effectiveFrom) > 0);
    });
  }

  async create(ctx: AuthenticatedContext, input: TRapidServiceLevelCreate): Promise<TRapidServiceLevel> {
    return inTransaction(this.dataSource, async (em) => {
      await lockKind(em, input.kind);
      await this.assertDateFree(em, input.kind, input.effectiveFrom, null);
      // A past date is accepted only while no request was clocked from it: the table must tell the
      // level each request on record carries.
      const clocked = await em
        .getRepository(RapidRequestEntity)
        .createQueryBuilder('r')
        .select('max(r.submitted_date)', 'latest')
        .where('r.kind = :kind AND r.submitted_date >= :from', { kind: input.kind, from: input.effectiveFrom })
        .getRawOne<{ latest: string | null }>();
      if (clocked?.latest) {
        const latest = clocked.latest;
        throw new DomainException(
          'UNPROCESSABLE',
          text(`已有 ${latest} 提交的请求按原服务时限计时，新服务时限的施行日期须晚于 ${latest}`, `Requests submitted up to ${latest} run on the previous level; the new level must take effect after ${latest}`),
          [fieldIssue(ctx.locale, 'effectiveFrom', `须晚于 ${latest}`, `must be after ${latest}`)],
        );
      }
      const repo = em.getRepository(RapidServiceLevelEntity);
      const row = await repo.save(repo.create({ ...input, version: 1, regionCode: ctx.principal.region, createdBy: ctx.principal.sub }));
      const created = await this.one(em, row.id);
      await this.audit.record(em, ctx, { entity: 'rapid_service_level', entityId: row.id, action: 'create', after: recorded(created), regionCode: row.regionCode });
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
      const fields = (Object.keys(changes) as LevelField[]).filter((field) => changes[field] !== undefined);
      const today = todayInChina();
      if (compareDates(row.effectiveFrom, today) <= 0) {
        const zh = fields.map((f) => `「${RAPID_SERVICE_LEVEL_FIELD_LABELS[f].zh}」`).join('、');
        const en = fields.map((f) => RAPID_SERVICE_LEVEL_FIELD_LABELS[f].en).join(', ');
        throw new DomainException(
          'UNPROCESSABLE',
          text(
            `自 ${row.effectiveFrom} 起施行的服务时限已开始适用，不能修改${zh}；请新增一条以后日期起施行的服务时限`,
            `The level in force from ${row.effectiveFrom} has already applied; its ${en} cannot change. Add a new level from a later date instead`,
          ),
          fields.map((f) => fieldIssue(ctx.locale, f, '已开始适用的服务时限不能修改', 'a level already applied cannot change')),
        );
      }
      if (input.effectiveFrom !== undefined && input.effectiveFrom !== row.effectiveFrom) {
        // Moving a scheduled level to today or earlier would apply it to requests already clocked.
        if (compareDates(input.effectiveFrom, today) <= 0) {
          throw new DomainException('VALIDATION_FAILED', text('待施行服务时限的施行日期须晚于今天', 'A scheduled level’s effective date must be after today'), [
            fieldIssue(ctx.locale, 'effectiveFrom', '须晚于今天', 'must be after today'),
          ]);
        }
        await this.assertDateFree(em, row.kind, input.effectiveFrom, row.id);
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
      await this.audit.record(em, ctx, { entity: 'rapid_service_level', entityId: id, action: 'update', before: recorded(before), after: recorded(after), regionCode: row.regionCode });
      return after;
    });
  }

  /** Two levels of one kind effective the same day would make that day's clock ambiguous. */
  private async assertDateFree(em: EntityManager, kind: TRapidRequestKind, effectiveFrom: string, exceptId: string | null): Promise<void> {
    const qb = em.getRepository(RapidServiceLevelEntity).createQueryBuilder('l').where('l.kind = :kind AND l.effective_from = :effectiveFrom', { kind, effectiveFrom });
    if (exceptId) qb.andWhere('l.id <> :exceptId', { exceptId });
    if (await qb.getExists()) {
      const label = RAPID_REQUEST_KIND_LABELS[kind];
      throw conflict(text(`已有自 ${effectiveFrom} 起施行的${label.zh}服务时限，请修改该条或另选施行日期`, `A ${label.en.toLowerCase()} level already takes effect on ${effectiveFrom}; change that one or pick another effective date`));
    }
  }

  /** One level with its state, which depends on the other levels of its kind. */
  private async one(em: EntityManager, id: string): Promise<TRapidServiceLevel> {
    const kind = (await em.getRepository(RapidServiceLevelEntity).findOneByOrFail({ id })).kind;
    const rows = await em.getRepository(RapidServiceLevelEntity).find({ where: { kind }, order: { effectiveFrom: 'ASC' } });
    return mapLevels(rows, todayInChina()).find((level) => level.id === id)!;
  }
}

/** Levels as the API shows them; `rows` ordered by kind, then effective date. */
function mapLevels(rows: RapidServiceLevelEntity[], today: string): TRapidServiceLevel[] {
  const byKind = new Map<TRapidRequestKind, RapidServiceLevelEntity[]>();
  for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row]);
  return [...byKind.values()].flatMap((ofKind) => {
    const states = rapidServiceLevelStates(
      ofKind.map((r) => r.effectiveFrom),
      today,
    );
    return ofKind.map((r, i) => ({
      id: r.id,
      kind: r.kind,
      workingDays: r.workingDays,
      basisZh: r.basisZh,
      basisEn: r.basisEn,
      effectiveFrom: r.effectiveFrom,
      state: states[i]!,
      region: r.regionCode,
      version: r.version,
      createdAt: r.createdAt.toISOString(),
    }));
  });
}

/** What the audit keeps: the level, not its state as of the day. */
function recorded(level: TRapidServiceLevel): Omit<TRapidServiceLevel, 'state'> {
  const { state: _s, ...rest } = level;
  return rest;
}
