import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { ZIndicatorCreate, ZLocalizedText, ZPlanStatus, ZPlanYear, ZPopulationInput, ZTaskCreate } from '@ipbureau/domain/plans';
import { ZRegionCode } from '@ipbureau/domain';
import { AuditWriter, inTransaction, LOGGER, type Logger, type RequestContext } from '@ipbureau/nest-kit';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config.js';
import { IndicatorEntity } from '../plans/indicator.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { indicatorColumns } from '../plans/plans.mapper.js';
import { TaskEntity } from '../plan-tasks/task.entity.js';
import { PopulationEntity } from '../population/population.entity.js';

/** The committed seed files (apps/platform-api/seed/plans), the same from src/ (tests) and dist/. */
export const PLAN_SEED_FILE = fileURLToPath(new URL('../../seed/plans/shantou-14th-plan.json', import.meta.url));
export const POPULATION_SEED_FILE = fileURLToPath(new URL('../../seed/plans/shantou-population.json', import.meta.url));

export const ZPlanSeed = z.strictObject({
  plan: z.strictObject({ name: ZLocalizedText, regionCode: ZRegionCode, startYear: ZPlanYear, endYear: ZPlanYear, status: ZPlanStatus }),
  /** Where the figures come from. */
  source: z.string(),
  indicators: z.array(ZIndicatorCreate).min(1),
  tasks: z.array(ZTaskCreate),
});
export const ZPopulationSeed = z.strictObject({ regionCode: ZRegionCode, note: z.string(), rows: z.array(ZPopulationInput) });

/**
 * First start: the 14th plan (2021–2025) of Shantou with its indicator table, baselines and key
 * tasks, and the population of Shantou and its districts, loaded from the committed seed files
 * when the database holds no plan (resp. no population). Idempotent and safe to race.
 */
@Injectable()
export class PlanSeedService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.planSeed) return;
    const ctx: RequestContext = { requestId: 'plan-seed', principal: null, clientAddress: null, userAgent: null, locale: 'zh-CN' };
    await inTransaction(this.dataSource, async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('platform.plan_seed'))`);
      if ((await em.count(PlanEntity)) === 0) {
        const seed = ZPlanSeed.parse(JSON.parse(readFileSync(PLAN_SEED_FILE, 'utf8')));
        const now = new Date();
        const plan = await em.save(PlanEntity, em.create(PlanEntity, { nameZh: seed.plan.name['zh-CN'], nameEn: seed.plan.name.en, regionCode: seed.plan.regionCode, startYear: seed.plan.startYear, endYear: seed.plan.endYear, status: seed.plan.status, version: 1, createdAt: now, updatedAt: now }));
        for (const indicator of seed.indicators) {
          await em.save(IndicatorEntity, em.create(IndicatorEntity, { ...indicatorColumns(indicator), planId: plan.id, regionCode: plan.regionCode, version: 1 }));
        }
        for (const task of seed.tasks) {
          await em.save(TaskEntity, em.create(TaskEntity, { ...task, planId: plan.id, regionCode: plan.regionCode, version: 1, createdAt: now, updatedAt: now }));
        }
        await this.audit.record(em, ctx, { entity: 'plan', entityId: plan.id, action: 'import', after: { source: seed.source, indicators: seed.indicators.length, tasks: seed.tasks.length }, regionCode: plan.regionCode });
        this.logger.info({ planId: plan.id, indicators: seed.indicators.length, tasks: seed.tasks.length }, 'seeded the 14th plan');
      }
      if ((await em.count(PopulationEntity)) === 0) {
        const seed = ZPopulationSeed.parse(JSON.parse(readFileSync(POPULATION_SEED_FILE, 'utf8')));
        await em.insert(PopulationEntity, seed.rows.map((r) => ({ ...r, version: 1 })));
        await this.audit.record(em, ctx, { entity: 'population', entityId: seed.regionCode, action: 'import', after: { rows: seed.rows.length, note: seed.note }, regionCode: seed.regionCode });
      }
    });
  }
}
