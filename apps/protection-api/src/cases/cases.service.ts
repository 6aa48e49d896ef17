import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { todayInChina, type TPage } from '@ipbureau/domain';
import { CASE_ENDED_STATUSES, type TCase, type TCaseCreate, type TCaseDetail, type TCaseListQuery, type TCaseStatus, type TCaseUpdate } from '@ipbureau/domain/protection';
import { AuditWriter, conflict, inTransaction, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { deadlinesOf, PENDING_AS_OF } from '../calendar/case-deadlines.js';
import { fastTrackCases } from '../key-enterprises/fast-track.js';
import { CaseEventEntity } from './case-event.entity.js';
import { caseFiles, findCaseInScope, staleVersion } from './case-file.repository.js';
import { CasePartyEntity } from './case-party.entity.js';
import { mapCase, mapCaseDetail, partyName, seesPersonNames } from './cases.mapper.js';
import { EnforcementCaseEntity } from './enforcement-case.entity.js';

@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  /** Registers (立案) a case; it starts in status `registered`, the first step of its timeline. */
  async register(ctx: AuthenticatedContext, input: TCaseCreate): Promise<TCaseDetail> {
    const ownership = this.ownership.forNewRecord(ctx, input.district, text('不能在您的数据范围以外立案', 'You may not register a case outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const cases = em.getRepository(EnforcementCaseEntity);
      if (await cases.existsBy({ caseNumber: input.caseNumber })) {
        throw conflict(text(`案号「${input.caseNumber}」已被使用`, `Case number "${input.caseNumber}" is already in use`));
      }
      const { caseNumber, kind, source, title, registeredDate } = input;
      const row = await cases.save(cases.create({ caseNumber, kind, source, title, registeredDate, status: 'registered', statusDate: registeredDate, version: 1, ...ownership }));
      await caseFiles.replaceParties(em, row, input.parties);
      await caseFiles.replaceRights(em, row, input.rights);
      await caseFiles.replaceOfficers(em, row, input.officers);
      await em.getRepository(CaseEventEntity).insert({
        caseId: row.id,
        action: 'register',
        fromStatus: null,
        toStatus: 'registered',
        effectiveDate: registeredDate,
        details: {},
        actorId: ctx.principal.sub,
        actorName: ctx.principal.name,
        regionCode: row.regionCode,
      });
      const registered = await this.detail(em, ctx, row.id);
      await this.audit.record(em, ctx, { entity: 'case', entityId: registered.id, action: 'create', after: forTheAuditTrail(registered), regionCode: registered.district });
      return registered;
    });
  }

  async list(ctx: AuthenticatedContext, query: TCaseListQuery): Promise<TPage<TCase>> {
    const scope = scopeCondition(ctx.principal, { region: 'c.region_code', department: 'c.department_id' });
    const qb = this.dataSource.getRepository(EnforcementCaseEntity).createQueryBuilder('c').where(scope.sql, scope.params);
    const equal = { kind: query.kind, source: query.source, status: query.status, region_code: query.district };
    for (const [column, value] of Object.entries(equal)) {
      if (value !== undefined) qb.andWhere(`c.${column} = :${column}`, { [column]: value });
    }
    if (query.registeredFrom) qb.andWhere('c.registered_date >= :registeredFrom', { registeredFrom: query.registeredFrom });
    if (query.registeredTo) qb.andWhere('c.registered_date <= :registeredTo', { registeredTo: query.registeredTo });
    if (query.officer) qb.andWhere('EXISTS (SELECT 1 FROM case_officers o WHERE o.case_id = c.id AND o.user_id = :officer)', { officer: query.officer });
    if (query.partyCreditCode) {
      qb.andWhere('EXISTS (SELECT 1 FROM case_parties pc WHERE pc.case_id = c.id AND pc.credit_code = :partyCreditCode)', { partyCreditCode: query.partyCreditCode.toUpperCase() });
    }
    if (query.q) {
      // The search text is matched literally: LIKE's wildcards in it are escaped.
      const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      // A reader who sees natural persons' names masked cannot find a case by such a name either:
      // the search would confirm what the mask hides.
      const named = seesPersonNames(ctx.principal.roles) ? 'p.name ILIKE :like' : "(p.kind = 'organization' AND p.name ILIKE :like)";
      qb.andWhere(
        `(c.case_number ILIKE :like OR c.title ILIKE :like OR EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = c.id AND (${named} OR p.credit_code ILIKE :like)))`,
        { like },
      );
    }
    const today = todayInChina();
    if (query.deadline) {
      // The deadline depends on the calendar and the timeline, so it is computed for the cases
      // awaiting a decision that match the other filters, and the page is taken from those in the state asked.
      const candidates = await qb.clone().andWhere(PENDING_AS_OF(':today'), { today }).getMany();
      const deadlines = await deadlinesOf(this.dataSource.manager, candidates, today);
      const ids = candidates.filter((c) => deadlines.get(c.id)?.state === query.deadline).map((c) => c.id);
      if (ids.length) qb.andWhere('c.id IN (:...ids)', { ids });
      else qb.andWhere('false');
    }
    const page = await paginate(qb.orderBy('c.registeredDate', 'DESC').addOrderBy('c.caseNumber', 'DESC'), query, (row) => row);
    const deadlines = await deadlinesOf(this.dataSource.manager, page.items, today);
    const ids = page.items.map((row) => row.id);
    const fastTrack = await fastTrackCases(this.dataSource.manager, ids);
    const parties = ids.length ? await this.dataSource.getRepository(CasePartyEntity).find({ where: { caseId: In(ids) }, order: { position: 'ASC' } }) : [];
    const partiesOf = (id: string) => parties.filter((p) => p.caseId === id);
    return { ...page, items: page.items.map((row) => mapCase(row, ctx.principal.roles, deadlines.get(row.id) ?? null, fastTrack.has(row.id), partiesOf(row.id))) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TCaseDetail> {
    return this.detail(this.dataSource.manager, ctx, id);
  }

  /** Changes the case's particulars (name, parties, rights while open, officers) if it is still at the version the caller read. */
  async update(ctx: AuthenticatedContext, id: string, input: TCaseUpdate): Promise<TCaseDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const row = await findCaseInScope(em, ctx, id);
      if (row.version !== input.version) throw staleVersion();
      if (input.rights && isEnded(row.status)) {
        throw conflict(text('案件已结束，不能再更改涉案权利', 'The case has ended; the rights it involves can no longer be changed'));
      }
      const before = mapCaseDetail(await caseFiles.load(em, row), ctx.principal.roles);
      await caseFiles.bumpVersion(em, id, input.version, input.title === undefined ? {} : { title: input.title });
      if (input.parties) await caseFiles.replaceParties(em, row, input.parties);
      if (input.rights) await caseFiles.replaceRights(em, row, input.rights);
      if (input.officers) await caseFiles.replaceOfficers(em, row, input.officers);
      const after = await this.detail(em, ctx, id);
      await this.audit.record(em, ctx, { entity: 'case', entityId: id, action: 'update', before: forTheAuditTrail(before), after: forTheAuditTrail(after), regionCode: after.district });
      return after;
    });
  }

  async detail(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<TCaseDetail> {
    const row = await findCaseInScope(em, ctx, id);
    return mapCaseDetail(await caseFiles.load(em, row), ctx.principal.roles);
  }
}

const isEnded = (status: TCaseStatus) => (CASE_ENDED_STATUSES as readonly TCaseStatus[]).includes(status);

/**
 * The case as the audit trail keeps it: as recorded, not what one caller's roles allowed next, and
 * a natural person's name masked as a viewer reads it. The rule the trail follows for reporters and
 * training registrants too: it records who did what to which record; a person's identity stays in
 * the record, for those whose work needs it.
 */
export function forTheAuditTrail(detail: TCaseDetail): Omit<TCaseDetail, 'allowedActions'> {
  const { allowedActions: _ignored, ...recorded } = detail;
  const parties = recorded.parties.map((party) => ({ ...party, name: partyName(party, []) }));
  return { ...recorded, parties, partyNames: parties.map((party) => party.name) };
}
