import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { compareDates, todayInChina, type TPage } from '@ipbureau/domain';
import {
  BLACKLIST_ACTION_LABELS,
  allowedBlacklistActions,
  blacklistTransitionFor,
  possibleBlacklistActions,
  ZBlacklistCreate,
  type TBlacklistCheck,
  type TBlacklistCheckQuery,
  type TBlacklistCreate,
  type TBlacklistEntry,
  type TBlacklistEntryDetail,
  type TBlacklistListQuery,
  type TBlacklistTransitionRequest,
} from '@ipbureau/domain/protection';
import { ZBlacklistReferredEvent, type TBlacklistReferredEvent } from '@ipbureau/domain/public-services';
import {
  AuditWriter,
  conflict,
  DomainException,
  divisionPattern,
  forbidden,
  inScope,
  inTransaction,
  notFound,
  paginate,
  parseOrThrow,
  RecordOwnership,
  scopeCondition,
  text,
  type AuthenticatedContext,
  type RequestContext,
} from '@ipbureau/nest-kit';
import { CaseEventEntity } from '../cases/case-event.entity.js';
import { CasePartyEntity } from '../cases/case-party.entity.js';
import { findCaseInScope } from '../cases/case-file.repository.js';
import { BlacklistEntryEntity, BlacklistEventEntity } from './blacklist-entry.entity.js';
import { mapBlacklistDetail, mapBlacklistEntry } from './credit-lists.mapper.js';

const REFERRAL_ACTOR = '公共服务移送';

const invalid = (path: string, code: string, zh: string, en: string) => new DomainException('VALIDATION_FAILED', text(zh, en), [{ path, code, message: zh }]);
const unprocessableField = (path: string, code: string, zh: string, en: string) => new DomainException('UNPROCESSABLE', text(zh, en), [{ path, code, message: en }]);
const stale = () => conflict(text('名单条目已被他人修改，请刷新后重试', 'The entry was changed by someone else since you read it; reload it and try again'));

/**
 * The credit blacklist 失信名单. An entry rests on a final decision: a case of this pillar closed
 * with a punishment (the subject one of its respondents), or a referral from public services. It
 * is pending until the approver publishes it, and stays listed until removed; each step is a
 * dated event, so "was this code listed on that date" is answered from the events.
 */
@Injectable()
export class BlacklistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async list(ctx: AuthenticatedContext, query: TBlacklistListQuery): Promise<TPage<TBlacklistEntry>> {
    const scope = scopeCondition(ctx.principal, { region: 'b.region_code', department: 'b.department_id' });
    const qb = this.dataSource.getRepository(BlacklistEntryEntity).createQueryBuilder('b').where(scope.sql, scope.params);
    const equal = { status: query.status, source: query.source, subject_kind: query.subjectKind, region_code: query.district };
    for (const [column, value] of Object.entries(equal)) if (value !== undefined) qb.andWhere(`b.${column} = :${column}`, { [column]: value });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      qb.andWhere('(b.name ILIKE :like OR b.credit_code ILIKE :like)', { like });
    }
    const page = await paginate(qb.orderBy('b.listedDate', 'DESC').addOrderBy('b.createdAt', 'DESC'), query, (row) => row);
    const numbers = await this.caseNumbers(this.dataSource.manager, page.items);
    return { ...page, items: page.items.map((row) => mapBlacklistEntry(row, ctx.principal.roles, row.caseId ? (numbers.get(row.caseId) ?? null) : null)) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TBlacklistEntryDetail> {
    return this.detail(this.dataSource.manager, ctx, await this.findInScope(this.dataSource.manager, ctx, id));
  }

  /** Lists a respondent of a case closed with a punishment; the entry waits for publication. */
  async create(ctx: AuthenticatedContext, input: TBlacklistCreate): Promise<TBlacklistEntryDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const found = await findCaseInScope(em, ctx, input.caseId).catch(() => null);
      if (!found) throw unprocessableField('caseId', 'blacklist.case.notFound', '所依据的案件不存在', 'The case named does not exist');
      if (found.status !== 'closed' || found.outcome !== 'punished') {
        throw unprocessableField('caseId', 'blacklist.case.notFinal', '列入失信名单须依据已作出行政处罚并已结案的案件', 'Listing needs a case closed after a punishment decision');
      }
      const party = await em.getRepository(CasePartyEntity).findOneBy({ caseId: found.id, role: 'respondent', creditCode: input.creditCode });
      if (!party) throw unprocessableField('creditCode', 'blacklist.creditCode.notRespondent', '该信用代码不是案件的当事人', 'The credit code is not a respondent of the case');
      if (compareDates(input.listedDate, found.statusDate) < 0) {
        throw invalid('listedDate', 'blacklist.listedDate.beforeClosing', `列入日期不能早于结案日期 ${found.statusDate}`, `The listing date cannot be before the case closed on ${found.statusDate}`);
      }
      const entries = em.getRepository(BlacklistEntryEntity);
      if (await entries.existsBy({ caseId: found.id, creditCode: input.creditCode })) {
        throw conflict(text('该当事人已因本案列入名单', 'This respondent is already listed for this case'));
      }
      const decision = await em.getRepository(CaseEventEntity).findOneBy({ caseId: found.id, action: 'decide' });
      const ownership = this.ownership.forNewRecord(ctx, found.regionCode, text('不能在您的数据范围以外列入名单', 'You may not list outside your data scope'));
      const row = await entries.save(
        entries.create({
          subjectKind: 'infringer',
          creditCode: input.creditCode,
          name: party.name,
          grounds: input.grounds,
          source: 'case',
          caseId: found.id,
          referralId: null,
          violation: found.kind,
          decidedOn: decision?.effectiveDate ?? found.statusDate,
          status: 'pending',
          listedDate: input.listedDate,
          publishedDate: null,
          removedDate: null,
          version: 1,
          ...ownership,
        }),
      );
      await this.insertEvent(em, row, { action: 'list', fromStatus: null, toStatus: 'pending', effectiveDate: input.listedDate, reason: null }, ctx);
      const created = await this.detail(em, ctx, row);
      await this.audit.record(em, ctx, { entity: 'blacklist_entry', entityId: row.id, action: 'create', after: recorded(created), regionCode: row.regionCode });
      return created;
    });
  }

  /** Publishes or removes an entry at the version the caller read, dated not before its last step. */
  async transition(ctx: AuthenticatedContext, id: string, input: TBlacklistTransitionRequest): Promise<TBlacklistEntryDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const row = await this.findInScope(em, ctx, id);
      if (row.version !== input.version) throw stale();
      const t = blacklistTransitionFor(row.status, input.action);
      if (!t) {
        const allowed = possibleBlacklistActions(row.status);
        const zh = allowed.map((a) => `${BLACKLIST_ACTION_LABELS[a].zh}（${a}）`).join('、') || '无';
        throw conflict(text(`当前状态下不能「${BLACKLIST_ACTION_LABELS[input.action].zh}」，可执行的操作：${zh}`, `A ${row.status} entry cannot take "${input.action}"; allowed: ${allowed.join(', ') || 'none'}`));
      }
      if (!allowedBlacklistActions(row.status, ctx.principal.roles).includes(input.action)) {
        throw forbidden(text(`「${BLACKLIST_ACTION_LABELS[input.action].zh}」须由审批负责人操作`, `"${input.action}" is taken by an approver`));
      }
      if (input.action === 'remove' && !input.reason) throw invalid('reason', 'blacklist.reason.required', '移出名单须说明理由', 'Removal needs a reason');
      const last = await em.getRepository(BlacklistEventEntity).findOne({ where: { entryId: id }, order: { effectiveDate: 'DESC', recordedAt: 'DESC' } });
      if (last && compareDates(input.effectiveDate, last.effectiveDate) < 0) {
        throw invalid('effectiveDate', 'blacklist.effectiveDate.beforePrevious', `日期不能早于上一步骤的日期 ${last.effectiveDate}`, `The date cannot be before the previous step’s date ${last.effectiveDate}`);
      }
      const before = await this.detail(em, ctx, row);
      const dates = input.action === 'publish' ? { publishedDate: input.effectiveDate } : { removedDate: input.effectiveDate };
      const result = await em
        .createQueryBuilder()
        .update(BlacklistEntryEntity)
        .set({ status: t.to, ...dates, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw stale();
      await this.insertEvent(em, row, { action: input.action, fromStatus: t.from, toStatus: t.to, effectiveDate: input.effectiveDate, reason: input.reason ?? null }, ctx);
      const after = await this.detail(em, ctx, await this.findInScope(em, ctx, id));
      await this.audit.record(em, ctx, { entity: 'blacklist_entry', entityId: id, action: 'transition', before: recorded(before), after: recorded(after), regionCode: row.regionCode });
      return after;
    });
  }

  /**
   * Whether the code is listed on the date: an entry published on or before it and not removed by
   * it, from the dated events (so a past date's answer stays what it was). Within the caller's region.
   */
  async check(ctx: AuthenticatedContext, query: TBlacklistCheckQuery): Promise<TBlacklistCheck> {
    let creditCode: string;
    try {
      creditCode = parseOrThrow(ZBlacklistCreate.pick({ creditCode: true }), { creditCode: query.creditCode }, ctx.locale).creditCode;
    } catch (error) {
      // The query is well formed but names no valid code: a business answer (422), naming the field.
      if (error instanceof DomainException) throw new DomainException('UNPROCESSABLE', error.localized, error.issues);
      throw error;
    }
    const asOf = query.asOf ?? todayInChina();
    const row = await this.dataSource
      .getRepository(BlacklistEntryEntity)
      .createQueryBuilder('b')
      .where('b.credit_code = :creditCode AND b.region_code LIKE :region', { creditCode, region: divisionPattern(ctx.principal.region) })
      .andWhere(`EXISTS (SELECT 1 FROM blacklist_events p WHERE p.entry_id = b.id AND p.action = 'publish' AND p.effective_date <= :asOf)`, { asOf })
      .andWhere(`NOT EXISTS (SELECT 1 FROM blacklist_events r WHERE r.entry_id = b.id AND r.action = 'remove' AND r.effective_date <= :asOf)`)
      .orderBy('b.publishedDate', 'ASC')
      .getOne();
    if (!row) return { creditCode, asOf, listed: false, entry: null };
    const numbers = await this.caseNumbers(this.dataSource.manager, [row]);
    const { allowedActions: _omitted, ...entry } = mapBlacklistEntry(row, [], row.caseId ? (numbers.get(row.caseId) ?? null) : null);
    // The answer is as of the date: a removal after it is not shown as having happened.
    return { creditCode, asOf, listed: true, entry: { ...entry, status: 'published', removedDate: null } };
  }

  /**
   * A referral from public services becomes a pending entry, at most one per referral (a second
   * event for the same referral changes nothing). Runs in the event's transaction.
   */
  async applyReferral(em: EntityManager, ctx: RequestContext, event: TBlacklistReferredEvent): Promise<boolean> {
    const listedDate = todayInChina();
    const inserted = (await em.query(
      `INSERT INTO blacklist_entries (subject_kind, credit_code, name, grounds, source, referral_id, violation, decided_on, status, listed_date, region_code)
       VALUES ($1, $2, $3, $4, 'referral', $5, $6, $7, 'pending', $8, $9) ON CONFLICT (referral_id) DO NOTHING RETURNING id`,
      [event.subjectKind, event.creditCode, event.name, event.grounds, event.referralId, event.violation, event.decidedOn, listedDate, event.regionCode],
    )) as { id: string }[];
    const id = inserted[0]?.id;
    if (!id) return false;
    const row = (await em.getRepository(BlacklistEntryEntity).findOneByOrFail({ id }));
    await this.insertEvent(em, row, { action: 'list', fromStatus: null, toStatus: 'pending', effectiveDate: listedDate, reason: event.grounds }, ctx);
    await this.audit.record(em, ctx, { entity: 'blacklist_entry', entityId: id, action: 'create', after: { ...event, status: 'pending', listedDate }, regionCode: event.regionCode });
    return true;
  }

  parseReferral(input: unknown): TBlacklistReferredEvent {
    return parseOrThrow(ZBlacklistReferredEvent, input, 'en');
  }

  private async insertEvent(
    em: EntityManager,
    row: BlacklistEntryEntity,
    step: Pick<BlacklistEventEntity, 'action' | 'fromStatus' | 'toStatus' | 'effectiveDate' | 'reason'>,
    ctx: RequestContext,
  ): Promise<void> {
    await em.getRepository(BlacklistEventEntity).insert({
      entryId: row.id,
      ...step,
      actorId: ctx.principal?.sub ?? null,
      actorName: ctx.principal?.name ?? REFERRAL_ACTOR,
      regionCode: row.regionCode,
    });
  }

  private async findInScope(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<BlacklistEntryEntity> {
    const row = await em.getRepository(BlacklistEntryEntity).findOneBy({ id });
    if (!row || !inScope(ctx.principal, row)) throw notFound('名单条目', 'Blacklist entry');
    return row;
  }

  private async detail(em: EntityManager, ctx: AuthenticatedContext, row: BlacklistEntryEntity): Promise<TBlacklistEntryDetail> {
    const events = await em.getRepository(BlacklistEventEntity).find({ where: { entryId: row.id }, order: { effectiveDate: 'ASC', recordedAt: 'ASC' } });
    const numbers = await this.caseNumbers(em, [row]);
    return mapBlacklistDetail(row, ctx.principal.roles, row.caseId ? (numbers.get(row.caseId) ?? null) : null, events);
  }

  private async caseNumbers(em: EntityManager, rows: BlacklistEntryEntity[]): Promise<Map<string, string>> {
    const ids = rows.map((r) => r.caseId).filter((id): id is string => id !== null);
    if (!ids.length) return new Map();
    const found = (await em.query(`SELECT id, case_number FROM cases WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; case_number: string }[];
    return new Map(found.map((c) => [c.id, c.case_number]));
  }
}

/** The audit keeps the entry as recorded, not what one caller's roles allowed next. */
function recorded(detail: TBlacklistEntryDetail): Omit<TBlacklistEntryDetail, 'allowedActions'> {
  const { allowedActions: _ignored, ...rest } = detail;
  return rest;
}

