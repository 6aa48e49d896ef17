import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { todayInChina, type TPage } from '@ipbureau/domain';
import {
  CERTIFICATION_ACTION_LABELS,
  CERTIFICATION_STATUS_LABELS,
  CERTIFICATION_TRANSITIONS,
  ENTERPRISE_TITLE_LABELS,
  type TCertificationCreate,
  type TCertificationTransition,
  type TEnterprise,
  type TEnterpriseCreate,
  type TEnterpriseDetail,
  type TEnterpriseListQuery,
  type TEnterpriseTitleCreate,
  type TEnterpriseTitleEnd,
  type TEnterpriseUpdate,
} from '@ipbureau/domain/creation';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { ANY_CRITERION, INVENTION_TYPES, PATENT_STATUS_AS_OF } from '../high-value/high-value.sql.js';
import { assertEffectiveDate, assertVersion, containing, fieldError, transitionOrConflict } from '../lifecycle/lifecycle.rules.js';
import { CertificationEntity, CertificationEventEntity } from './certification.entity.js';
import { EnterpriseTitleEntity } from './enterprise-title.entity.js';
import { EnterpriseEntity } from './enterprise.entity.js';
import { currentTitleKinds, mapCertification, mapEnterprise, mapEnterpriseDetail, mapTitle } from './enterprises.mapper.js';

const OUT_OF_SCOPE = text('不能登记您数据范围以外的企业', 'You may not register an enterprise outside your data scope');

/** Held today: awarded on or before today and not ended by then. */
const HOLDS_TODAY = `t.awarded_on <= :today AND (t.ended_on IS NULL OR t.ended_on > :today)`;

@Injectable()
export class EnterprisesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TEnterpriseCreate): Promise<TEnterpriseDetail> {
    const owner = this.ownership.forNewRecord(ctx, input.district, OUT_OF_SCOPE);
    return inTransaction(this.dataSource, async (em) => {
      const enterprises = em.getRepository(EnterpriseEntity);
      if (await enterprises.existsBy({ creditCode: input.creditCode })) {
        throw conflict(text(`统一社会信用代码为 ${input.creditCode} 的企业已登记`, `An enterprise with credit code ${input.creditCode} is already registered`));
      }
      const saved = await enterprises.save(enterprises.create({ creditCode: input.creditCode, name: input.name, industry: input.industry, version: 1, ...owner }));
      const detail = await this.detail(em, saved);
      await this.audit.record(em, ctx, { entity: 'enterprise', entityId: saved.id, action: 'create', after: mapEnterprise(saved, []), regionCode: saved.regionCode });
      return detail;
    });
  }

  async list(ctx: AuthenticatedContext, query: TEnterpriseListQuery): Promise<TPage<TEnterprise>> {
    const scope = scopeCondition(ctx.principal, { region: 'e.region_code', department: 'e.department_id' });
    const today = todayInChina();
    const qb = this.dataSource.getRepository(EnterpriseEntity).createQueryBuilder('e').where(scope.sql, scope.params).orderBy('e.name', 'ASC').addOrderBy('e.id', 'ASC');
    if (query.q) qb.andWhere('(e.name ILIKE :q OR e.credit_code ILIKE :q)', { q: containing(query.q) });
    if (query.creditCode) qb.andWhere('e.credit_code = :creditCode', { creditCode: query.creditCode.toUpperCase() });
    if (query.district) qb.andWhere('e.region_code = :district', { district: query.district });
    if (query.titleKind) {
      qb.andWhere(`EXISTS (SELECT 1 FROM enterprise_titles t WHERE t.enterprise_id = e.id AND t.kind = :titleKind AND ${HOLDS_TODAY})`, { titleKind: query.titleKind, today });
    }
    if (query.certified) {
      const held = `EXISTS (SELECT 1 FROM ip_certifications c WHERE c.enterprise_id = e.id AND c.status = 'valid' AND c.issued_on <= :today AND c.valid_until >= :today)`;
      qb.andWhere(query.certified === 'true' ? held : `NOT ${held}`, { today });
    }
    const page = await paginate(qb, query, (e) => e);
    const titles = page.items.length
      ? await this.dataSource.getRepository(EnterpriseTitleEntity).find({ where: { enterpriseId: In(page.items.map((e) => e.id)) } })
      : [];
    return {
      ...page,
      items: page.items.map((e) => mapEnterprise(e, currentTitleKinds(titles.filter((t) => t.enterpriseId === e.id), today))),
    };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TEnterpriseDetail> {
    return this.detail(this.dataSource.manager, await this.findInScope(this.dataSource.manager, ctx, id));
  }

  async update(ctx: AuthenticatedContext, id: string, input: TEnterpriseUpdate): Promise<TEnterpriseDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const enterprise = await this.findInScope(em, ctx, id, true);
      const { version, district, ...fields } = input;
      assertVersion(enterprise.version, version);
      const before = mapEnterprise(enterprise, []);
      Object.assign(enterprise, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
      if (district !== undefined && district !== enterprise.regionCode) {
        enterprise.regionCode = this.ownership.forNewRecord(ctx, district, text('不能将企业移到您数据范围以外的区县', 'You may not move an enterprise outside your data scope')).regionCode;
        // The titles and certificates count in the enterprise's district.
        await em.getRepository(EnterpriseTitleEntity).update({ enterpriseId: id }, { regionCode: enterprise.regionCode });
        const certifications = em.getRepository(CertificationEntity);
        const certificationIds = (await certifications.find({ where: { enterpriseId: id }, select: { id: true } })).map((c) => c.id);
        await certifications.update({ enterpriseId: id }, { regionCode: enterprise.regionCode });
        if (certificationIds.length) await em.getRepository(CertificationEventEntity).update({ certificationId: In(certificationIds) }, { regionCode: enterprise.regionCode });
      }
      enterprise.version += 1;
      const saved = await em.getRepository(EnterpriseEntity).save(enterprise);
      const after = await this.detail(em, saved);
      await this.audit.record(em, ctx, { entity: 'enterprise', entityId: id, action: 'update', before, after: mapEnterprise(saved, []), regionCode: saved.regionCode });
      return after;
    });
  }

  async addTitle(ctx: AuthenticatedContext, id: string, input: TEnterpriseTitleCreate): Promise<TEnterpriseDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const enterprise = await this.findInScope(em, ctx, id, true);
      if (input.awardedOn > todayInChina()) throw fieldError(ctx.locale, 'awardedOn', '认定日期不能晚于今天', 'The award date must not be in the future');
      if (input.endedOn !== null && input.endReason === null) throw fieldError(ctx.locale, 'endReason', '请说明称号终止的原因（撤销或到期）', 'Say why the title ended (revoked or expired)');
      if (input.endedOn === null && input.endReason !== null) throw fieldError(ctx.locale, 'endedOn', '请填写称号终止日期', 'Give the date the title ended');
      const titles = em.getRepository(EnterpriseTitleEntity);
      if (await titles.existsBy({ enterpriseId: id, kind: input.kind, awardedOn: input.awardedOn })) {
        const label = ENTERPRISE_TITLE_LABELS[input.kind];
        throw conflict(text(`该企业于 ${input.awardedOn} 认定的「${label.zh}」已登记`, `The ${label.en} title awarded on ${input.awardedOn} is already recorded`));
      }
      const saved = await titles.save(
        titles.create({ enterpriseId: id, kind: input.kind, awardedOn: input.awardedOn, documentNumber: input.documentNumber, endedOn: input.endedOn, endReason: input.endReason, regionCode: enterprise.regionCode, createdBy: ctx.principal.sub }),
      );
      await this.audit.record(em, ctx, { entity: 'enterprise_title', entityId: saved.id, action: 'create', after: { enterpriseId: id, ...mapTitle(saved) }, regionCode: enterprise.regionCode });
      return this.detail(em, enterprise);
    });
  }

  async endTitle(ctx: AuthenticatedContext, id: string, titleId: string, input: TEnterpriseTitleEnd): Promise<TEnterpriseDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const enterprise = await this.findInScope(em, ctx, id, true);
      const titles = em.getRepository(EnterpriseTitleEntity);
      const title = await titles.findOneBy({ id: titleId, enterpriseId: id });
      if (!title) throw notFound('称号', 'Title');
      if (title.endedOn !== null) throw conflict(text(`该称号已于 ${title.endedOn} 终止`, `The title already ended on ${title.endedOn}`));
      if (input.endedOn < title.awardedOn) throw fieldError(ctx.locale, 'endedOn', '终止日期不能早于认定日期', 'The end date must not be before the award date');
      if (input.endedOn > todayInChina()) throw fieldError(ctx.locale, 'endedOn', '日期不能晚于今天', 'The date must not be in the future');
      const before = mapTitle(title);
      title.endedOn = input.endedOn;
      title.endReason = input.reason;
      const saved = await titles.save(title);
      await this.audit.record(em, ctx, { entity: 'enterprise_title', entityId: titleId, action: 'update', before, after: mapTitle(saved), regionCode: enterprise.regionCode });
      return this.detail(em, enterprise);
    });
  }

  async addCertification(ctx: AuthenticatedContext, id: string, input: TCertificationCreate): Promise<TEnterpriseDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const enterprise = await this.findInScope(em, ctx, id, true);
      assertEffectiveDate(ctx.locale, input.issuedOn, null, 'issuedOn');
      const certifications = em.getRepository(CertificationEntity);
      if (await certifications.existsBy({ certificateNumber: input.certificateNumber })) {
        throw conflict(text(`证书编号 ${input.certificateNumber} 已登记`, `Certificate ${input.certificateNumber} is already recorded`));
      }
      const saved = await certifications.save(
        certifications.create({ enterpriseId: id, ...input, status: 'valid', version: 1, regionCode: enterprise.regionCode, createdBy: ctx.principal.sub }),
      );
      const events = em.getRepository(CertificationEventEntity);
      const issued = await events.save(
        events.create({ certificationId: saved.id, seq: 1, action: 'issue', fromStatus: null, toStatus: 'valid', effectiveDate: input.issuedOn, validUntil: input.validUntil, note: null, regionCode: enterprise.regionCode, createdBy: ctx.principal.sub }),
      );
      await this.audit.record(em, ctx, { entity: 'ip_certification', entityId: saved.id, action: 'create', after: { enterpriseId: id, ...mapCertification(saved, [issued]) }, regionCode: enterprise.regionCode });
      return this.detail(em, enterprise);
    });
  }

  async transitionCertification(ctx: AuthenticatedContext, id: string, certificationId: string, input: TCertificationTransition): Promise<TEnterpriseDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const enterprise = await this.findInScope(em, ctx, id);
      const certifications = em.getRepository(CertificationEntity);
      const certification = await certifications.findOne({ where: { id: certificationId, enterpriseId: id }, lock: { mode: 'pessimistic_write' } });
      if (!certification) throw notFound('贯标认证证书', 'Certificate');
      assertVersion(certification.version, input.version);
      const to = transitionOrConflict(CERTIFICATION_TRANSITIONS, { status: CERTIFICATION_STATUS_LABELS, action: CERTIFICATION_ACTION_LABELS }, certification.status, input.action);
      const events = em.getRepository(CertificationEventEntity);
      const last = await events.findOneOrFail({ where: { certificationId }, order: { seq: 'DESC' } });
      assertEffectiveDate(ctx.locale, input.effectiveDate, last.effectiveDate);
      const before = mapCertification(certification, []);
      await events.save(
        events.create({
          certificationId,
          seq: last.seq + 1,
          action: input.action,
          fromStatus: certification.status,
          toStatus: to,
          effectiveDate: input.effectiveDate,
          validUntil: input.validUntil ?? null,
          note: input.note ?? null,
          regionCode: certification.regionCode,
          createdBy: ctx.principal.sub,
        }),
      );
      certification.status = to;
      if (input.validUntil !== undefined) certification.validUntil = input.validUntil;
      certification.version += 1;
      const saved = await certifications.save(certification);
      await this.audit.record(em, ctx, { entity: 'ip_certification', entityId: certificationId, action: 'transition', before, after: { ...mapCertification(saved, []), action: input.action, effectiveDate: input.effectiveDate }, regionCode: saved.regionCode });
      return this.detail(em, enterprise);
    });
  }

  /** The enterprise if it exists in the caller's scope (404 otherwise), locked for a write when asked. */
  private async findInScope(em: EntityManager, ctx: AuthenticatedContext, id: string, forUpdate = false): Promise<EnterpriseEntity> {
    const enterprise = await em.getRepository(EnterpriseEntity).findOne({ where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!enterprise || !inScope(ctx.principal, enterprise)) throw notFound('企业', 'Enterprise');
    return enterprise;
  }

  private async detail(em: EntityManager, enterprise: EnterpriseEntity): Promise<TEnterpriseDetail> {
    const titles = await em.getRepository(EnterpriseTitleEntity).find({ where: { enterpriseId: enterprise.id }, order: { awardedOn: 'DESC', createdAt: 'DESC' } });
    const certifications = await em.getRepository(CertificationEntity).find({ where: { enterpriseId: enterprise.id }, order: { issuedOn: 'DESC', createdAt: 'DESC' } });
    const history = certifications.length
      ? await em.getRepository(CertificationEventEntity).find({ where: { certificationId: In(certifications.map((c) => c.id)) }, order: { seq: 'ASC' } })
      : [];
    const asOf = todayInChina();
    // The same rule as the patents.valid_invention and patents.high_value_invention metrics, for this applicant.
    const [stock] = (await em.query(
      `SELECT count(*)::int AS valid, count(*) FILTER (WHERE ${ANY_CRITERION})::int AS high_value
         FROM patents p WHERE p.applicant_credit_code = $2 AND ${INVENTION_TYPES} AND ${PATENT_STATUS_AS_OF} = 'granted'`,
      [asOf, enterprise.creditCode],
    )) as { valid: number; high_value: number }[];
    return mapEnterpriseDetail(
      enterprise,
      titles,
      certifications.map((certification) => ({ certification, history: history.filter((e) => e.certificationId === certification.id) })),
      { asOf, validInvention: stock?.valid ?? 0, highValueInvention: stock?.high_value ?? 0 },
    );
  }
}
