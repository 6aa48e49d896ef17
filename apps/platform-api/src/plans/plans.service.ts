import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import { PLAN_STATUS_LABELS, PLAN_STATUS_TRANSITIONS, targetsBeforeBaseline, type TIndicator, type TIndicatorCreate, type TIndicatorUpdate, type TPlan, type TPlanCreate, type TPlanDetail, type TPlanListQuery, type TPlanStatusChange, type TPlanUpdate } from '@ipbureau/domain/plans';
import { AuditWriter, conflict, divisionPattern, inTransaction, isWithinDivision, notFound, paginate, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { IndicatorEntity } from './indicator.entity.js';
import { PlanEntity } from './plan.entity.js';
import { indicatorColumns, mapIndicator, mapPlan } from './plans.mapper.js';
import { assertPlanDecider, assertPlanVisible, assertVersion, fieldError } from './plan.rules.js';

@Injectable()
export class PlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  /** A draft plan, with its indicators when given. */
  async create(ctx: AuthenticatedContext, input: TPlanCreate): Promise<TPlanDetail> {
    assertPlanDecider(ctx);
    const regionCode = input.regionCode ?? ctx.principal.region;
    if (!isWithinDivision(regionCode, ctx.principal.region)) {
      throw fieldError(ctx.locale, 'regionCode', '规划所属区划不在您的行政区划内', 'The plan’s region is outside your region');
    }
    return inTransaction(this.dataSource, async (em) => {
      const plans = em.getRepository(PlanEntity);
      if (await plans.existsBy({ regionCode, startYear: input.startYear, endYear: input.endYear })) {
        throw conflict(text(`该地区 ${input.startYear}–${input.endYear} 年规划已存在`, `A plan for ${input.startYear}–${input.endYear} already exists in this region`));
      }
      const now = new Date();
      const plan = await plans.save(
        plans.create({ nameZh: input.name['zh-CN'], nameEn: input.name.en, regionCode, startYear: input.startYear, endYear: input.endYear, status: 'draft', version: 1, createdAt: now, updatedAt: now }),
      );
      const indicators: TIndicator[] = [];
      for (const [i, indicator] of input.indicators.entries()) {
        indicators.push(await this.insertIndicator(em, ctx, plan, indicator, `indicators.${i}`));
      }
      const detail = { ...mapPlan(plan), indicators };
      await this.audit.record(em, ctx, { entity: 'plan', entityId: plan.id, action: 'create', after: detail, regionCode });
      return detail;
    });
  }

  async list(ctx: AuthenticatedContext, query: TPlanListQuery): Promise<TPage<TPlan>> {
    const qb = this.dataSource
      .getRepository(PlanEntity)
      .createQueryBuilder('p')
      .where('p.region_code LIKE :pattern', { pattern: divisionPattern(ctx.principal.region) })
      .orderBy('p.start_year', 'DESC')
      .addOrderBy('p.region_code', 'ASC');
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.regionCode) qb.andWhere('p.region_code = :region', { region: query.regionCode });
    return paginate(qb, query, mapPlan);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TPlanDetail> {
    const plan = await this.findVisible(this.dataSource.manager, ctx, id);
    return this.detail(this.dataSource.manager, plan);
  }

  async update(ctx: AuthenticatedContext, id: string, input: TPlanUpdate): Promise<TPlanDetail> {
    assertPlanDecider(ctx);
    return inTransaction(this.dataSource, async (em) => {
      const plan = await this.findVisible(em, ctx, id, true);
      assertVersion(plan.version, input.version);
      const before = mapPlan(plan);
      if (input.name) Object.assign(plan, { nameZh: input.name['zh-CN'], nameEn: input.name.en });
      if (input.startYear !== undefined) plan.startYear = input.startYear;
      if (input.endYear !== undefined) plan.endYear = input.endYear;
      if (plan.endYear < plan.startYear) throw fieldError(ctx.locale, 'endYear', '结束年份不能早于开始年份', 'The end year must not be before the start year');
      plan.version += 1;
      plan.updatedAt = new Date();
      const saved = await em.getRepository(PlanEntity).save(plan);
      await this.dropProgress(em, id);
      await this.audit.record(em, ctx, { entity: 'plan', entityId: id, action: 'update', before, after: mapPlan(saved), regionCode: saved.regionCode });
      return this.detail(em, saved);
    });
  }

  /** Activate a draft (it must have indicators), close an active plan, or reopen a closed one. */
  async changeStatus(ctx: AuthenticatedContext, id: string, input: TPlanStatusChange): Promise<TPlanDetail> {
    assertPlanDecider(ctx);
    return inTransaction(this.dataSource, async (em) => {
      const plan = await this.findVisible(em, ctx, id, true);
      assertVersion(plan.version, input.version);
      const allowed = PLAN_STATUS_TRANSITIONS[plan.status];
      if (!allowed.includes(input.status)) {
        throw conflict(
          text(
            `规划当前为「${PLAN_STATUS_LABELS[plan.status].zh}」，只能改为：${allowed.map((s) => `「${PLAN_STATUS_LABELS[s].zh}」`).join('、')}`,
            `The plan is ${plan.status}; it may only become: ${allowed.join(', ')}`,
          ),
        );
      }
      if (input.status === 'active' && (await em.getRepository(IndicatorEntity).countBy({ planId: id })) === 0) {
        throw conflict(text('规划没有指标，不能启动实施', 'A plan without indicators cannot be activated'));
      }
      const before = mapPlan(plan);
      plan.status = input.status;
      plan.version += 1;
      plan.updatedAt = new Date();
      const saved = await em.getRepository(PlanEntity).save(plan);
      await this.audit.record(em, ctx, { entity: 'plan', entityId: id, action: 'transition', before, after: mapPlan(saved), regionCode: saved.regionCode });
      return this.detail(em, saved);
    });
  }

  async addIndicator(ctx: AuthenticatedContext, planId: string, input: TIndicatorCreate): Promise<TIndicator> {
    assertPlanDecider(ctx);
    return inTransaction(this.dataSource, async (em) => {
      const plan = await this.findVisible(em, ctx, planId, true);
      const indicator = await this.insertIndicator(em, ctx, plan, input, null);
      await this.touch(em, plan);
      await this.audit.record(em, ctx, { entity: 'plan_indicator', entityId: indicator.id, action: 'create', after: indicator, regionCode: plan.regionCode });
      return indicator;
    });
  }

  async updateIndicator(ctx: AuthenticatedContext, planId: string, indicatorId: string, input: TIndicatorUpdate): Promise<TIndicator> {
    assertPlanDecider(ctx);
    return inTransaction(this.dataSource, async (em) => {
      const plan = await this.findVisible(em, ctx, planId, true);
      const repo = em.getRepository(IndicatorEntity);
      const entity = await repo.findOne({ where: { id: indicatorId, planId }, lock: { mode: 'pessimistic_write' } });
      if (!entity) throw notFound('指标', 'Indicator');
      assertVersion(entity.version, input.version);
      const before = mapIndicator(entity);
      const { version: _version, ...changes } = input;
      const merged = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as TIndicator;
      this.checkDensity(ctx, merged.semantics, merged.populationBasis, 'populationBasis');
      const early = targetsBeforeBaseline(merged)[0];
      if (early !== undefined) throw fieldError(ctx.locale, `targets.${early}.year`, '目标年份须晚于基期年份', 'A target’s year must be after the baseline year');
      if (merged.code !== before.code && (await repo.existsBy({ planId, code: merged.code }))) {
        throw fieldError(ctx.locale, 'code', `指标编号 ${merged.code} 已存在`, `Indicator code ${merged.code} is taken`);
      }
      Object.assign(entity, indicatorColumns(merged));
      entity.version += 1;
      const saved = await repo.save(entity);
      await this.touch(em, plan);
      const after = mapIndicator(saved);
      await this.audit.record(em, ctx, { entity: 'plan_indicator', entityId: indicatorId, action: 'update', before, after, regionCode: plan.regionCode });
      return after;
    });
  }

  async removeIndicator(ctx: AuthenticatedContext, planId: string, indicatorId: string): Promise<void> {
    assertPlanDecider(ctx);
    await inTransaction(this.dataSource, async (em) => {
      const plan = await this.findVisible(em, ctx, planId, true);
      const repo = em.getRepository(IndicatorEntity);
      const entity = await repo.findOneBy({ id: indicatorId, planId });
      if (!entity) throw notFound('指标', 'Indicator');
      await repo.delete({ id: indicatorId });
      await this.touch(em, plan);
      await this.audit.record(em, ctx, { entity: 'plan_indicator', entityId: indicatorId, action: 'delete', before: mapIndicator(entity), regionCode: plan.regionCode });
    });
  }

  /** The plan (404 outside the caller's region), optionally locked for a write. */
  async findVisible(em: EntityManager, ctx: AuthenticatedContext, id: string, forUpdate = false): Promise<PlanEntity> {
    const plan = await em.getRepository(PlanEntity).findOne({ where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    assertPlanVisible(ctx, plan);
    return plan;
  }

  async detail(em: EntityManager, plan: PlanEntity): Promise<TPlanDetail> {
    const indicators = await em.getRepository(IndicatorEntity).find({ where: { planId: plan.id }, order: { sortOrder: 'ASC', code: 'ASC' } });
    return { ...mapPlan(plan), indicators: indicators.map(mapIndicator) };
  }

  private async insertIndicator(em: EntityManager, ctx: AuthenticatedContext, plan: PlanEntity, input: TIndicatorCreate, pathPrefix: string | null): Promise<TIndicator> {
    const repo = em.getRepository(IndicatorEntity);
    const at = (field: string) => (pathPrefix ? `${pathPrefix}.${field}` : field);
    this.checkDensity(ctx, input.semantics, input.populationBasis, at('populationBasis'));
    if (await repo.existsBy({ planId: plan.id, code: input.code })) {
      throw fieldError(ctx.locale, at('code'), `指标编号 ${input.code} 已存在`, `Indicator code ${input.code} is taken`);
    }
    const saved = await repo.save(repo.create({ ...indicatorColumns(input), planId: plan.id, regionCode: plan.regionCode, version: 1 }));
    return mapIndicator(saved);
  }

  private checkDensity(ctx: AuthenticatedContext, semantics: string, basis: string | null | undefined, path: string): void {
    if (semantics === 'density' && !basis) throw fieldError(ctx.locale, path, '密度指标须指定人口口径（常住或户籍）', 'A density indicator needs a population basis (resident or registered)');
    if (semantics !== 'density' && basis) throw fieldError(ctx.locale, path, '只有密度指标才有人口口径', 'Only a density indicator has a population basis');
  }

  /** A change to indicators or targets changes the plan's figures: drop its cached progress. */
  private async touch(em: EntityManager, plan: PlanEntity): Promise<void> {
    await em.getRepository(PlanEntity).update({ id: plan.id }, { updatedAt: new Date() });
    await this.dropProgress(em, plan.id);
  }

  private async dropProgress(em: EntityManager, planId: string): Promise<void> {
    await em.query(`DELETE FROM plan_progress_cache WHERE plan_id = $1`, [planId]);
  }
}
