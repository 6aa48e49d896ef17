import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hasModuleLevel, type TPage } from '@ipbureau/domain';
import {
  SUBSIDY_ACTION_LABELS,
  SUBSIDY_ACTION_LEVEL,
  SUBSIDY_ACTIONS_NEEDING_OPINION,
  SUBSIDY_KIND_LABELS,
  SUBSIDY_KINDS_NEEDING_GRANT,
  SUBSIDY_STATUS_LABELS,
  SUBSIDY_TRANSITIONS,
  type TSubsidyAct,
  type TSubsidyApplication,
  type TSubsidyApplicationCreate,
  type TSubsidyApplicationDetail,
  type TSubsidyListQuery,
  type TSubsidyRule,
  type TSubsidyRuleCreate,
  type TSubsidyRuleListQuery,
  type TSubsidyRuleUpdate,
} from '@ipbureau/domain/creation';
import { AuditWriter, conflict, forbidden, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, unprocessable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertEffectiveDate, assertVersion, fieldError, transitionOrConflict } from '../lifecycle/lifecycle.rules.js';
import { PatentEntity } from '../patents/patent.entity.js';
import { AbnormalFlagEntity, SubsidyApplicationEntity, SubsidyRuleEntity, SubsidyStepEntity } from './subsidy.entities.js';
import { mapApplication, mapRule, mapStep } from './subsidies.mapper.js';

const FIRST_REVIEW_ACTIONS = new Set(['first_pass']);

@Injectable()
export class SubsidiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  // ---- rules -------------------------------------------------------------------------------

  async createRule(ctx: AuthenticatedContext, input: TSubsidyRuleCreate): Promise<TSubsidyRule> {
    return inTransaction(this.dataSource, async (em) => {
      const rules = em.getRepository(SubsidyRuleEntity);
      await this.assertNoOverlap(em, input.patentType, input.kind, input.effectiveFrom, input.effectiveTo, null);
      const saved = await rules.save(rules.create({ ...input, version: 1, regionCode: ctx.principal.region, createdBy: ctx.principal.sub }));
      const rule = mapRule(saved);
      await this.audit.record(em, ctx, { entity: 'subsidy_rule', entityId: rule.id, action: 'create', after: rule, regionCode: saved.regionCode });
      return rule;
    });
  }

  async updateRule(ctx: AuthenticatedContext, id: string, input: TSubsidyRuleUpdate): Promise<TSubsidyRule> {
    return inTransaction(this.dataSource, async (em) => {
      const rules = em.getRepository(SubsidyRuleEntity);
      const rule = await rules.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!rule) throw notFound('资助标准', 'Subsidy rule');
      assertVersion(rule.version, input.version);
      const before = mapRule(rule);
      if (input.amount !== undefined) rule.amount = input.amount;
      if (input.basis !== undefined) rule.basis = input.basis;
      if (input.effectiveTo !== undefined) {
        if (input.effectiveTo !== null && input.effectiveTo < rule.effectiveFrom) {
          throw fieldError(ctx.locale, 'effectiveTo', '失效日期不能早于生效日期', 'The end date must not be before the start date');
        }
        await this.assertNoOverlap(em, rule.patentType, rule.kind, rule.effectiveFrom, input.effectiveTo, rule.id);
        rule.effectiveTo = input.effectiveTo;
      }
      rule.version += 1;
      const saved = mapRule(await rules.save(rule));
      await this.audit.record(em, ctx, { entity: 'subsidy_rule', entityId: id, action: 'update', before, after: saved, regionCode: rule.regionCode });
      return saved;
    });
  }

  /** A rule no application used yet may be removed (entered by mistake); one in use is kept, its end date set instead. */
  async deleteRule(ctx: AuthenticatedContext, id: string): Promise<void> {
    await inTransaction(this.dataSource, async (em) => {
      const rules = em.getRepository(SubsidyRuleEntity);
      const rule = await rules.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!rule) throw notFound('资助标准', 'Subsidy rule');
      if (await em.getRepository(SubsidyApplicationEntity).existsBy({ ruleId: id })) {
        throw conflict(text('已有资助申请按此标准核定金额，不能删除；请设置失效日期', 'Applications were assessed under this rule; set its end date instead of deleting it'));
      }
      const before = mapRule(rule);
      await rules.delete({ id });
      await this.audit.record(em, ctx, { entity: 'subsidy_rule', entityId: id, action: 'delete', before, regionCode: rule.regionCode });
    });
  }

  async listRules(query: TSubsidyRuleListQuery): Promise<TPage<TSubsidyRule>> {
    const qb = this.dataSource.getRepository(SubsidyRuleEntity).createQueryBuilder('r').orderBy('r.patentType', 'ASC').addOrderBy('r.kind', 'ASC').addOrderBy('r.effectiveFrom', 'DESC');
    if (query.patentType) qb.andWhere('r.patent_type = :patentType', { patentType: query.patentType });
    if (query.kind) qb.andWhere('r.kind = :kind', { kind: query.kind });
    if (query.inForceOn) qb.andWhere('r.effective_from <= :d AND (r.effective_to IS NULL OR r.effective_to >= :d)', { d: query.inForceOn });
    return paginate(qb, query, mapRule);
  }

  /** Two rules for the same type and kind may not both be in force on one day: the amount would be ambiguous. */
  private async assertNoOverlap(em: EntityManager, patentType: string, kind: string, from: string, to: string | null, exceptId: string | null): Promise<void> {
    const overlapping = await em
      .getRepository(SubsidyRuleEntity)
      .createQueryBuilder('r')
      .where('r.patent_type = :patentType AND r.kind = :kind', { patentType, kind })
      .andWhere(`daterange(r.effective_from, r.effective_to, '[]') && daterange(:from::date, :to::date, '[]')`, { from, to })
      .andWhere(exceptId ? 'r.id <> :exceptId' : 'TRUE', { exceptId })
      .getOne();
    if (overlapping) {
      throw conflict(
        text(
          `与已有资助标准（${overlapping.effectiveFrom} 起）的有效期重叠，请先设置其失效日期`,
          `Overlaps the rule in force from ${overlapping.effectiveFrom}; set its end date first`,
        ),
      );
    }
  }

  // ---- applications ------------------------------------------------------------------------

  async submit(ctx: AuthenticatedContext, input: TSubsidyApplicationCreate): Promise<TSubsidyApplicationDetail> {
    return inTransaction(this.dataSource, async (em) => {
      // An entity flagged for abnormal applications gets no new subsidy; checked first, nothing is written.
      const flag = await em.getRepository(AbnormalFlagEntity).findOne({ where: { creditCode: input.creditCode }, order: { flaggedOn: 'DESC' } });
      if (flag) {
        throw unprocessable(
          text(
            `该单位已被认定存在非正常专利申请（${flag.flaggedOn}，${flag.source}），不予受理资助申请`,
            `The entity was flagged for abnormal patent applications (${flag.flaggedOn}, ${flag.source}); new subsidy applications are refused`,
          ),
        );
      }
      const patent = await em.getRepository(PatentEntity).findOne({ where: { applicationNumber: input.applicationNumber } });
      if (!patent) throw unprocessable(text(`申请号为 ${input.applicationNumber} 的专利未登记`, `Patent ${input.applicationNumber} is not registered`));
      if (patent.applicantCreditCode !== input.creditCode) {
        throw unprocessable(text(`专利 ${input.applicationNumber} 的申请人不是该单位`, `Patent ${input.applicationNumber} does not belong to this entity`));
      }
      if (SUBSIDY_KINDS_NEEDING_GRANT.includes(input.kind) && !(patent.status === 'granted' && patent.grantDate !== null && patent.grantDate <= input.applicationDate)) {
        throw unprocessable(text(`专利 ${input.applicationNumber} 未授权或已失效，不能申请授权资助`, `Patent ${input.applicationNumber} is not granted and in force; a grant subsidy needs one`));
      }
      assertEffectiveDate(ctx.locale, input.applicationDate, null, 'applicationDate');
      const owner = this.ownership.forNewRecord(ctx, patent.regionCode, text('不能受理您数据范围以外的资助申请', 'You may not register a subsidy application outside your data scope'));
      const rule = await em
        .getRepository(SubsidyRuleEntity)
        .createQueryBuilder('r')
        .where('r.patent_type = :t AND r.kind = :k', { t: patent.patentType, k: input.kind })
        .andWhere('r.effective_from <= :d AND (r.effective_to IS NULL OR r.effective_to >= :d)', { d: input.applicationDate })
        .getOne();
      if (!rule) {
        throw unprocessable(
          text(`${input.applicationDate} 没有适用于该专利类型的「${SUBSIDY_KIND_LABELS[input.kind].zh}」资助标准`, `No ${input.kind} subsidy rule for ${patent.patentType} patents was in force on ${input.applicationDate}`),
        );
      }
      const apps = em.getRepository(SubsidyApplicationEntity);
      const live = await apps.createQueryBuilder('s').where(`s.patent_id = :p AND s.kind = :k AND s.status <> 'rejected'`, { p: patent.id, k: input.kind }).getOne();
      if (live) throw conflict(text(`该专利已有同类资助申请（状态：${SUBSIDY_STATUS_LABELS[live.status].zh}）`, `This patent already has a ${input.kind} subsidy application (${live.status})`));
      const saved = await apps.save(
        apps.create({
          creditCode: input.creditCode,
          entityName: input.entityName,
          patentId: patent.id,
          kind: input.kind,
          applicationDate: input.applicationDate,
          ruleId: rule.id,
          amount: rule.amount,
          status: 'submitted',
          paidOn: null,
          voucherNumber: null,
          version: 1,
          ...owner,
        }),
      );
      const steps = em.getRepository(SubsidyStepEntity);
      await steps.save(
        steps.create({ applicationId: saved.id, seq: 1, action: 'submit', fromStatus: null, toStatus: 'submitted', effectiveDate: input.applicationDate, opinion: null, actorId: ctx.principal.sub, actorName: ctx.principal.name, regionCode: saved.regionCode }),
      );
      const detail = await this.detail(em, saved);
      await this.audit.record(em, ctx, { entity: 'subsidy_application', entityId: saved.id, action: 'create', after: mapApplication(saved, patent), regionCode: saved.regionCode });
      return detail;
    });
  }

  async list(ctx: AuthenticatedContext, query: TSubsidyListQuery): Promise<TPage<TSubsidyApplication>> {
    const scope = scopeCondition(ctx.principal, { region: 's.region_code', department: 's.department_id' });
    const qb = this.dataSource
      .getRepository(SubsidyApplicationEntity)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.patent', PatentEntity, 'p', 'p.id = s.patent_id')
      .where(scope.sql, scope.params)
      .orderBy('s.applicationDate', 'DESC')
      .addOrderBy('s.createdAt', 'DESC');
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('s.kind = :kind', { kind: query.kind });
    if (query.creditCode) qb.andWhere('s.credit_code = :cc', { cc: query.creditCode });
    if (query.district) qb.andWhere('s.region_code = :district', { district: query.district });
    return paginate(qb, query, (s) => mapApplication(s, (s as SubsidyApplicationEntity & { patent: PatentEntity }).patent));
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TSubsidyApplicationDetail> {
    const em = this.dataSource.manager;
    return this.detail(em, await this.findInScope(em, ctx, id));
  }

  /** One review step from the state table: dated, attributed, with its opinion. */
  async act(ctx: AuthenticatedContext, id: string, input: TSubsidyAct): Promise<TSubsidyApplicationDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const app = await this.findInScope(em, ctx, id, true);
      assertVersion(app.version, input.version);
      const to = transitionOrConflict(SUBSIDY_TRANSITIONS, { status: SUBSIDY_STATUS_LABELS, action: SUBSIDY_ACTION_LABELS }, app.status, input.action);
      const level = SUBSIDY_ACTION_LEVEL[input.action];
      if (!hasModuleLevel(ctx.principal.roles, 'creation', level)) {
        throw forbidden(text(`「${SUBSIDY_ACTION_LABELS[input.action].zh}」需要创造模块的审批权限`, `${input.action} requires the approver role in creation`));
      }
      const steps = em.getRepository(SubsidyStepEntity);
      const history = await steps.find({ where: { applicationId: id }, order: { seq: 'ASC' } });
      if (level === 'approver' && input.action !== 'pay') {
        const firstReview = [...history].reverse().find((s) => FIRST_REVIEW_ACTIONS.has(s.action));
        if (firstReview && firstReview.actorId === ctx.principal.sub) {
          throw forbidden(text('初审与复审不能由同一人办理：您已办理本申请的初审', 'The first and second reviews must be done by different people: you did the first review of this application'));
        }
      }
      if (SUBSIDY_ACTIONS_NEEDING_OPINION.includes(input.action) && !input.opinion) {
        throw fieldError(ctx.locale, 'opinion', '退回或不予资助须填写审查意见', 'An opinion is required to return or reject');
      }
      if (input.action === 'pay' && !input.voucherNumber) {
        throw fieldError(ctx.locale, 'voucherNumber', '拨付须填写凭证号', 'A voucher number is required to record a payment');
      }
      if (input.action !== 'pay' && input.voucherNumber !== undefined) {
        throw fieldError(ctx.locale, 'voucherNumber', '只有拨付才填写凭证号', 'A voucher number is only recorded with a payment');
      }
      const last = history.at(-1);
      assertEffectiveDate(ctx.locale, input.effectiveDate, last?.effectiveDate ?? null);
      const patent = await em.getRepository(PatentEntity).findOneByOrFail({ id: app.patentId });
      const before = mapApplication(app, patent);
      await steps.save(
        steps.create({
          applicationId: id,
          seq: (last?.seq ?? 0) + 1,
          action: input.action,
          fromStatus: app.status,
          toStatus: to,
          effectiveDate: input.effectiveDate,
          opinion: input.opinion ?? null,
          actorId: ctx.principal.sub,
          actorName: ctx.principal.name,
          regionCode: app.regionCode,
        }),
      );
      app.status = to;
      if (input.action === 'pay') {
        app.paidOn = input.effectiveDate;
        app.voucherNumber = input.voucherNumber ?? null;
      }
      app.version += 1;
      const saved = await em.getRepository(SubsidyApplicationEntity).save(app);
      const detail = await this.detail(em, saved);
      await this.audit.record(em, ctx, {
        entity: 'subsidy_application',
        entityId: id,
        action: input.action === 'second_approve' ? 'approve' : 'transition',
        before,
        after: { ...mapApplication(saved, patent), step: detail.history.at(-1) },
        regionCode: saved.regionCode,
      });
      return detail;
    });
  }

  private async findInScope(em: EntityManager, ctx: AuthenticatedContext, id: string, forUpdate = false): Promise<SubsidyApplicationEntity> {
    const app = await em.getRepository(SubsidyApplicationEntity).findOne({ where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!app || !inScope(ctx.principal, app)) throw notFound('资助申请', 'Subsidy application');
    return app;
  }

  private async detail(em: EntityManager, app: SubsidyApplicationEntity): Promise<TSubsidyApplicationDetail> {
    const patent = await em.getRepository(PatentEntity).findOneByOrFail({ id: app.patentId });
    const history = await em.getRepository(SubsidyStepEntity).find({ where: { applicationId: app.id }, order: { seq: 'ASC' } });
    return { ...mapApplication(app, patent), history: history.map(mapStep) };
  }
}
