import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { domainMessage, parsePatentApplicationNumber, type TPage, type TPatentType } from '@ipbureau/domain';
import {
  PATENT_ACTION_LABELS,
  PATENT_STATUS_LABELS,
  PATENT_TRANSITIONS,
  type TPatent,
  type TPatentCreate,
  type TPatentDetail,
  type TPatentListQuery,
  type TPatentTransition,
  type TPatentUpdate,
} from '@ipbureau/domain/creation';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, validationError, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertEffectiveDate, assertVersion, containing, transitionOrConflict } from '../lifecycle/lifecycle.rules.js';
import { PatentAwardEntity, PatentFamilyMemberEntity } from '../high-value/patent-facts.entity.js';
import { openClawbacks } from '../subsidies/clawback.opener.js';
import { PatentStatusEventEntity } from './patent-status-event.entity.js';
import { PatentEntity } from './patent.entity.js';
import { mapPatent, mapPatentDetail } from './patents.mapper.js';

function patentTypeOf(applicationNumber: string): TPatentType {
  const parsed = parsePatentApplicationNumber(applicationNumber);
  // The request contract already refused every number that does not parse.
  if (!parsed) throw new Error(`application number passed validation but does not parse: ${applicationNumber}`);
  return parsed.type;
}

const OUT_OF_SCOPE = text('不能登记您数据范围以外的专利', 'You may not register a patent outside your data scope');

@Injectable()
export class PatentsService {
  /** Applicants' districts must lie in the region this deployment serves. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async register(ctx: AuthenticatedContext, input: TPatentCreate): Promise<TPatentDetail> {
    const owner = this.ownership.forNewRecord(ctx, input.district, OUT_OF_SCOPE);
    return inTransaction(this.dataSource, async (em) => {
      const patents = em.getRepository(PatentEntity);
      const number = input.applicationNumber;
      if (await patents.existsBy({ applicationNumber: number })) {
        throw conflict(text(`申请号为 ${number} 的专利已登记`, `Patent application ${number} is already registered`));
      }
      const saved = await patents.save(
        patents.create({
          applicationNumber: number,
          patentType: patentTypeOf(number),
          title: input.title,
          applicantName: input.applicantName,
          applicantCreditCode: input.applicantCreditCode,
          filingDate: input.filingDate,
          status: 'pending',
          grantDate: null,
          ipcSymbols: input.ipcSymbols,
          annualFeePaidUntil: null,
          agencyCreditCode: input.agencyCreditCode,
          agentLicenceNumber: input.agentLicenceNumber,
          version: 1,
          ...owner,
        }),
      );
      const events = em.getRepository(PatentStatusEventEntity);
      const filed = await events.save(
        events.create({ patentId: saved.id, seq: 1, action: 'file', fromStatus: null, toStatus: 'pending', effectiveDate: input.filingDate, note: null, regionCode: saved.regionCode, createdBy: ctx.principal.sub }),
      );
      const patent = mapPatentDetail(saved, [filed]);
      await this.audit.record(em, ctx, { entity: 'patent', entityId: patent.id, action: 'create', after: patent, regionCode: patent.district });
      return patent;
    });
  }

  async list(ctx: AuthenticatedContext, query: TPatentListQuery): Promise<TPage<TPatent>> {
    const scope = scopeCondition(ctx.principal, { region: 'p.region_code', department: 'p.department_id' });
    const qb = this.dataSource
      .getRepository(PatentEntity)
      .createQueryBuilder('p')
      .where(scope.sql, scope.params)
      .orderBy('p.filingDate', 'DESC')
      .addOrderBy('p.applicationNumber', 'ASC');
    if (query.patentType) qb.andWhere('p.patent_type = :patentType', { patentType: query.patentType });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.district) qb.andWhere('p.region_code = :district', { district: query.district });
    if (query.applicantCreditCode) qb.andWhere('p.applicant_credit_code = :applicantCreditCode', { applicantCreditCode: query.applicantCreditCode.toUpperCase() });
    if (query.agencyCreditCode) qb.andWhere('p.agency_credit_code = :agencyCreditCode', { agencyCreditCode: query.agencyCreditCode });
    if (query.q) {
      qb.andWhere(`(p.title ILIKE :q OR p.applicant_name ILIKE :q OR p.applicant_credit_code ILIKE :q OR p.application_number ILIKE :q)`, { q: containing(query.q) });
    }
    return paginate(qb, query, mapPatent);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TPatentDetail> {
    return this.detail(this.dataSource.manager, await this.findInScope(this.dataSource.manager, ctx, id));
  }

  async update(ctx: AuthenticatedContext, id: string, input: TPatentUpdate): Promise<TPatentDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const patent = await this.findInScope(em, ctx, id, true);
      const { version, district, ...fields } = input;
      assertVersion(patent.version, version);
      const before = mapPatent(patent);
      Object.assign(patent, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
      if (patent.agentLicenceNumber && !patent.agencyCreditCode) {
        throw validationError([{ path: 'agencyCreditCode', code: 'custom', message: domainMessage('patent.agentWithoutAgency', ctx.locale) ?? 'agency required' }]);
      }
      if (district !== undefined && district !== patent.regionCode) {
        patent.regionCode = this.ownership.forNewRecord(ctx, district, text('不能将专利移到您数据范围以外的区县', 'You may not move a patent outside your data scope')).regionCode;
        await em.getRepository(PatentStatusEventEntity).update({ patentId: patent.id }, { regionCode: patent.regionCode });
        await em.getRepository(PatentFamilyMemberEntity).update({ patentId: patent.id }, { regionCode: patent.regionCode });
        await em.getRepository(PatentAwardEntity).update({ patentId: patent.id }, { regionCode: patent.regionCode });
      }
      patent.version += 1;
      const saved = await em.getRepository(PatentEntity).save(patent);
      const after = await this.detail(em, saved);
      await this.audit.record(em, ctx, { entity: 'patent', entityId: id, action: 'update', before, after: mapPatent(saved), regionCode: saved.regionCode });
      return after;
    });
  }

  /** One step of the legal-status table, recorded as a dated event. */
  async transition(ctx: AuthenticatedContext, id: string, input: TPatentTransition): Promise<TPatentDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const patent = await this.findInScope(em, ctx, id, true);
      assertVersion(patent.version, input.version);
      const to = transitionOrConflict(PATENT_TRANSITIONS, { status: PATENT_STATUS_LABELS, action: PATENT_ACTION_LABELS }, patent.status, input.action);
      const events = em.getRepository(PatentStatusEventEntity);
      const last = await events.findOneOrFail({ where: { patentId: id }, order: { seq: 'DESC' } });
      assertEffectiveDate(ctx.locale, input.effectiveDate, last.effectiveDate);
      const before = mapPatent(patent);
      await events.save(
        events.create({
          patentId: id,
          seq: last.seq + 1,
          action: input.action,
          fromStatus: patent.status,
          toStatus: to,
          effectiveDate: input.effectiveDate,
          note: input.note ?? null,
          regionCode: patent.regionCode,
          createdBy: ctx.principal.sub,
        }),
      );
      patent.status = to;
      if (input.action === 'grant') patent.grantDate = input.effectiveDate;
      patent.version += 1;
      const saved = await em.getRepository(PatentEntity).save(patent);
      // A paid subsidy on a patent that lapses or is invalidated is owed back: the case opens with the change.
      if (input.action === 'lapse' || input.action === 'invalidate') {
        await openClawbacks(em, this.audit, ctx, [{ patentId: id, reason: input.action === 'lapse' ? 'lapsed' : 'invalidated', openedOn: input.effectiveDate }]);
      }
      const after = await this.detail(em, saved);
      await this.audit.record(em, ctx, { entity: 'patent', entityId: id, action: 'transition', before, after: { ...mapPatent(saved), event: after.statusHistory.at(-1) }, regionCode: saved.regionCode });
      return after;
    });
  }

  /** The patent if it exists in the caller's scope (404 otherwise), locked for a write when asked. */
  async findInScope(em: EntityManager, ctx: AuthenticatedContext, id: string, forUpdate = false): Promise<PatentEntity> {
    const patent = await em.getRepository(PatentEntity).findOne({ where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    // A record outside the caller's scope is answered as if it did not exist.
    if (!patent || !inScope(ctx.principal, patent)) throw notFound('专利', 'Patent');
    return patent;
  }

  async detail(em: EntityManager, patent: PatentEntity): Promise<TPatentDetail> {
    const history = await em.getRepository(PatentStatusEventEntity).find({ where: { patentId: patent.id }, order: { seq: 'ASC' } });
    const familyMembers = await em.getRepository(PatentFamilyMemberEntity).find({ where: { patentId: patent.id }, order: { country: 'ASC', number: 'ASC' } });
    const awards = await em.getRepository(PatentAwardEntity).find({ where: { patentId: patent.id }, order: { year: 'DESC', createdAt: 'ASC' } });
    return mapPatentDetail(patent, history, familyMembers, awards);
  }
}
