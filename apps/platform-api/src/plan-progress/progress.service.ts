import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { todayInChina } from '@ipbureau/domain';
import type { TIndicator, TIndicatorProgress, TPlanProgress, TPopulationUsed, TProgressQuery } from '@ipbureau/domain/plans';
import { divisionPattern, divisionPrefixSql, isWithinDivision, LOGGER, type AuthenticatedContext, type Logger } from '@ipbureau/nest-kit';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config.js';
import { fieldError } from '../plans/plan.rules.js';
import type { PlanEntity } from '../plans/plan.entity.js';
import { mapIndicator, mapPlan } from '../plans/plans.mapper.js';
import { IndicatorEntity } from '../plans/indicator.entity.js';
import { PlansService } from '../plans/plans.service.js';
import { PopulationService } from '../population/population.service.js';
import { MetricClient, MetricUnavailable, type MetricRequest } from './metric.client.js';
import { completion, currentTarget, density, expectedAt, expectedLine, roundTo, statusOf, yearEnd, yearOf } from './progress.calc.js';
import { ProgressCacheEntity } from './progress-cache.entity.js';

/** At most this many metric calls of one computation are in flight at once. */
const PARALLEL_CALLS = 12;

/** `retrySoon`: some figure is missing because a pillar was down or failing; ask again at the next read. */
type Computed = { indicators: TIndicatorProgress[]; computedAt: Date; retrySoon?: boolean };

/**
 * Progress of a plan's indicators at a date, computed from the pillars' metric endpoints and
 * cached per (plan, date, district). A cached result younger than the TTL and not invalidated
 * is served as it is; an older or invalidated one is served at once marked `stale` while it is
 * recomputed in the background; `refresh` recomputes synchronously.
 */
@Injectable()
export class ProgressService {
  /** Computations in flight, by cache key: concurrent requests share one. */
  private readonly inFlight = new Map<string, Promise<Computed>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly population: PopulationService,
    private readonly metrics: MetricClient,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async get(ctx: AuthenticatedContext, planId: string, query: TProgressQuery): Promise<TPlanProgress> {
    const plan = await this.plans.findVisible(this.dataSource.manager, ctx, planId);
    const { asOf, district } = this.window(ctx, plan, query);
    return this.current(plan, asOf, district, { allowStale: true });
  }

  async refresh(ctx: AuthenticatedContext, planId: string, query: TProgressQuery): Promise<TPlanProgress> {
    const plan = await this.plans.findVisible(this.dataSource.manager, ctx, planId);
    const { asOf, district } = this.window(ctx, plan, query);
    const computed = await this.recompute(plan, asOf, district);
    return this.response(plan, asOf, district, computed, false);
  }

  /**
   * Facts changed in a pillar (its events say so): cached progress of every plan whose region
   * contains `regionCode`, or lies within it, is recomputed on its next read. Without a region,
   * all of it. Returns how many cached results were marked.
   */
  async invalidate(regionCode?: string): Promise<number> {
    const result: [unknown, number] = regionCode
      ? await this.dataSource.query(
          `UPDATE plan_progress_cache SET invalidated_at = now()
            WHERE invalidated_at IS NULL AND ($1 LIKE ${divisionPrefixSql('region_code')} || '%' OR region_code LIKE $2)`,
          [regionCode, divisionPattern(regionCode)],
        )
      : await this.dataSource.query(`UPDATE plan_progress_cache SET invalidated_at = now() WHERE invalidated_at IS NULL`);
    return result[1];
  }

  /** The cached progress when fresh (or, with allowStale, when old: then recomputed in the background), else computed now. */
  async current(plan: PlanEntity, asOf: string, district: string | null, options: { allowStale: boolean }): Promise<TPlanProgress> {
    const cached = await this.dataSource.getRepository(ProgressCacheEntity).findOneBy({ planId: plan.id, asOf, district: district ?? '' });
    if (cached) {
      const fresh = cached.invalidatedAt === null && Date.now() - cached.computedAt.getTime() < this.config.planProgressTtlSeconds * 1000;
      if (fresh) return this.response(plan, asOf, district, { indicators: cached.payload, computedAt: cached.computedAt }, false);
      if (options.allowStale) {
        this.recompute(plan, asOf, district).catch((error: unknown) => this.logger.error({ err: error, planId: plan.id, asOf }, 'background recompute of plan progress failed'));
        return this.response(plan, asOf, district, { indicators: cached.payload, computedAt: cached.computedAt }, true);
      }
    }
    return this.response(plan, asOf, district, await this.recompute(plan, asOf, district), false);
  }

  private window(ctx: AuthenticatedContext, plan: PlanEntity, query: TProgressQuery): { asOf: string; district: string | null } {
    const district = query.district && query.district !== plan.regionCode ? query.district : null;
    if (district && !isWithinDivision(district, plan.regionCode)) {
      throw fieldError(ctx.locale, 'district', '区县不在规划所属区划内', 'The district is outside the plan’s region');
    }
    return { asOf: query.asOf ?? todayInChina(), district };
  }

  private response(plan: PlanEntity, asOf: string, district: string | null, computed: Computed, stale: boolean): TPlanProgress {
    return { plan: mapPlan(plan), asOf, district, indicators: computed.indicators, computedAt: computed.computedAt.toISOString(), stale };
  }

  private recompute(plan: PlanEntity, asOf: string, district: string | null): Promise<Computed> {
    const key = `${plan.id}|${asOf}|${district ?? ''}`;
    const running = this.inFlight.get(key);
    if (running) return running;
    const work = (async () => {
      const computed = await this.compute(plan, asOf, district);
      await this.dataSource.query(
        `INSERT INTO plan_progress_cache (plan_id, as_of, district, payload, computed_at, invalidated_at, region_code)
         VALUES ($1, $2, $3, $4::jsonb, $5, CASE WHEN $7::boolean THEN now() END, $6)
         ON CONFLICT (plan_id, as_of, district) DO UPDATE SET payload = EXCLUDED.payload, computed_at = EXCLUDED.computed_at, invalidated_at = EXCLUDED.invalidated_at
         WHERE plan_progress_cache.computed_at <= EXCLUDED.computed_at`,
        // A figure missing because a pillar was down is kept only until the next read asks again.
        [plan.id, asOf, district ?? '', JSON.stringify(computed.indicators), computed.computedAt, plan.regionCode, computed.retrySoon === true],
      );
      return computed;
    })().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, work);
    return work;
  }

  /** Every indicator of the plan at `asOf`, the pillars called in parallel (bounded). */
  private async compute(plan: PlanEntity, asOf: string, district: string | null): Promise<Computed> {
    const computedAt = new Date();
    const indicators = (await this.dataSource.getRepository(IndicatorEntity).find({ where: { planId: plan.id }, order: { sortOrder: 'ASC', code: 'ASC' } })).map(mapIndicator);
    const calls = new Map<string, Promise<string>>();
    let retrySoon = false;
    const limit = limiter(PARALLEL_CALLS);
    const metric = (request: Omit<MetricRequest, 'region' | 'district'>): Promise<string> => {
      const full: MetricRequest = { ...request, region: plan.regionCode, ...(district ? { district } : {}) };
      const key = JSON.stringify(full);
      let call = calls.get(key);
      if (!call) {
        call = limit(() => this.metrics.value(full));
        call.catch((error: unknown) => {
          if (error instanceof MetricUnavailable && error.transient) retrySoon = true;
        });
        calls.set(key, call);
      }
      return call;
    };
    const results = await Promise.all(indicators.map((indicator) => this.indicatorProgress(plan, indicator, asOf, district, metric)));
    return { indicators: results, computedAt, retrySoon };
  }

  private async indicatorProgress(
    plan: PlanEntity,
    indicator: TIndicator,
    asOf: string,
    district: string | null,
    metric: (request: Omit<MetricRequest, 'region' | 'district'>) => Promise<string>,
  ): Promise<TIndicatorProgress> {
    const region = district ?? plan.regionCode;
    const periodStart = `${plan.startYear}-01-01`;
    const periodEnd = yearEnd(plan.endYear);

    /** The indicator's value at `date`; for flows, inside [from, date] clipped to the plan period. */
    const valueAt = async (date: string, flowFrom: string): Promise<{ value: string; populationUsed: TPopulationUsed | null }> => {
      const base = { pillar: indicator.pillar, key: indicator.metricKey };
      switch (indicator.semantics) {
        case 'stock':
        case 'cumulative':
          return { value: roundTo(await metric({ ...base, asOf: date }), indicator.decimals), populationUsed: null };
        case 'flow': {
          const to = date < periodEnd || flowFrom !== periodStart ? date : periodEnd;
          if (to < flowFrom) return { value: roundTo(0, indicator.decimals), populationUsed: null };
          return { value: roundTo(await metric({ ...base, from: flowFrom, to }), indicator.decimals), populationUsed: null };
        }
        case 'density': {
          const [stock, people] = await Promise.all([metric({ ...base, asOf: date }), this.population.populationFor(yearOf(date), region, indicator.populationBasis!)]);
          if (!people) {
            throw new MetricUnavailable({
              'zh-CN': `缺少 ${region} ${yearOf(date)} 年及以前的${indicator.populationBasis === 'resident' ? '常住' : '户籍'}人口数据`,
              en: `No ${indicator.populationBasis} population of ${region} for ${yearOf(date)} or earlier`,
            });
          }
          return { value: density(stock, people.people, indicator.decimals), populationUsed: people };
        }
      }
    };

    const lastSeriesYear = Math.min(yearOf(asOf), plan.endYear);
    const seriesYears: number[] = [];
    for (let y = indicator.baseline.year; y <= lastSeriesYear; y++) seriesYears.push(y);
    const series = await Promise.all(
      seriesYears.map(async (year) => {
        const date = yearEnd(year) < asOf ? yearEnd(year) : asOf;
        try {
          return { year, value: (await valueAt(date, `${year}-01-01`)).value };
        } catch {
          return { year, value: null };
        }
      }),
    );

    const target = currentTarget(indicator.targets, asOf);
    try {
      const { value, populationUsed } = await valueAt(asOf, periodStart);
      const line = expectedLine(indicator, plan.startYear);
      const expected = line ? expectedAt(line, asOf) : null;
      return {
        indicator,
        available: true,
        unavailableReason: null,
        value,
        target,
        completion: target ? completion(value, target.value) : null,
        expected: expected ? roundTo(expected, indicator.decimals) : null,
        status: line && expected && target ? statusOf(value, expected, line[0]!.value, target.value) : 'no_baseline',
        populationUsed,
        series,
      };
    } catch (error) {
      const reason = error instanceof MetricUnavailable ? error.reason : { 'zh-CN': '指标计算出错', en: 'The indicator could not be computed' };
      if (!(error instanceof MetricUnavailable)) this.logger.error({ err: error, indicator: indicator.code }, 'plan indicator failed');
      return { indicator, available: false, unavailableReason: reason, value: null, target, completion: null, expected: null, status: null, populationUsed: null, series };
    }
  }
}

/** Runs at most `n` of the given tasks at a time. */
function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    active -= 1;
    queue.shift()?.();
  };
  return (task) =>
    new Promise((resolve, reject) => {
      const run = () => {
        active += 1;
        task().then(resolve, reject).finally(next);
      };
      if (active < n) run();
      else queue.push(run);
    });
}
