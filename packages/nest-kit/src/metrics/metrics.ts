import { Controller, type DynamicModule, Get, Inject, Module, type Provider, type Type } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { todayInChina, ZMetricDefinition, ZMetricQuery, ZMetricValue, type TMetricDefinition, type TMetricQuery, type TMetricValue } from '@ipbureau/domain';
import { Authenticated } from '../auth/access.decorators.js';
import { AuthCtx, type AuthenticatedContext } from '../auth/request-context.js';
import { DomainException, notFound, text } from '../errors/domain.exception.js';
import { ZParams, ZQuery, ZResponse } from '../validation/zod.decorators.js';
import { divisionPattern, isWithinDivision } from '../scope/data-scope.js';

/** The window a metric is computed for, resolved from the query. */
export interface MetricWindow {
  /** Stock and cumulative metrics: the date the value holds at. */
  asOf: string;
  /** Flow metrics: the inclusive period. */
  from: string;
  to: string;
  /** The region or district the value covers (the caller's region unless narrowed). */
  regionCode: string;
  /** `regionCode` as a LIKE pattern matching every record inside it (`4405%`). */
  regionPattern: string;
}

/** One entry of a pillar's metric catalogue: what it means and how it is computed in SQL. */
export interface MetricProvider {
  readonly definition: TMetricDefinition;
  compute(window: MetricWindow): Promise<string>;
}

export const METRIC_PROVIDERS = Symbol('METRIC_PROVIDERS');

export function resolveWindow(definition: TMetricDefinition, query: TMetricQuery, region: string, locale: 'zh-CN' | 'en'): MetricWindow {
  const today = todayInChina();
  const asOf = query.asOf ?? today;
  const to = query.to ?? query.asOf ?? today;
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) {
    throw new DomainException('VALIDATION_FAILED', text('起始日期不能晚于截止日期', '`from` must not be after `to`'), [
      { path: 'from', code: 'custom', message: locale === 'en' ? 'after `to`' : '晚于截止日期' },
    ]);
  }
  if (query.district && !definition.byDistrict) {
    throw new DomainException('VALIDATION_FAILED', text('该指标不按区县统计', 'This metric is not broken down by district'), [
      { path: 'district', code: 'custom', message: locale === 'en' ? 'not available for this metric' : '该指标不支持' },
    ]);
  }
  if (query.district && !isWithinDivision(query.district, region)) {
    throw new DomainException('VALIDATION_FAILED', text('区县不在您所在的行政区划内', 'The district is outside your region'), [
      { path: 'district', code: 'custom', message: locale === 'en' ? 'outside your region' : '超出行政区划' },
    ]);
  }
  const regionCode = query.district ?? region;
  return { asOf, from, to, regionCode, regionPattern: divisionPattern(regionCode) };
}

const ZMetricKeyParam = z.strictObject({ key: z.string().max(80) });

@ApiTags('metrics')
@Controller('metrics')
class MetricsController {
  private readonly byKey: Map<string, MetricProvider>;

  constructor(@Inject(METRIC_PROVIDERS) providers: MetricProvider[]) {
    this.byKey = new Map(providers.map((p) => [p.definition.key, p]));
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The metric catalogue of this pillar: what each plan indicator can be computed from' })
  @ZResponse(200, z.array(ZMetricDefinition), 'Every metric this service computes')
  catalogue(): TMetricDefinition[] {
    return [...this.byKey.values()].map((p) => p.definition);
  }

  @Get(':key')
  @Authenticated()
  @ApiOperation({ summary: 'One metric’s value: `asOf` for stock and cumulative metrics, `from`–`to` for flows, optionally for one district' })
  @ZResponse(200, ZMetricValue, 'The value, with the window it covers')
  async value(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZMetricKeyParam) params: { key: string }, @ZQuery(ZMetricQuery) query: TMetricQuery): Promise<TMetricValue> {
    const provider = this.byKey.get(params.key);
    if (!provider) throw notFound(`指标 ${params.key} `, `Metric ${params.key}`);
    const { definition } = provider;
    const window = resolveWindow(definition, query, ctx.principal.region, ctx.locale);
    const value = await provider.compute(window);
    const isFlow = definition.semantics === 'flow';
    return {
      key: definition.key,
      semantics: definition.semantics,
      value,
      unit: definition.unit,
      asOf: isFlow ? null : window.asOf,
      from: isFlow ? window.from : null,
      to: isFlow ? window.to : null,
      regionCode: window.regionCode,
      computedAt: new Date().toISOString(),
    };
  }
}

/**
 * A pillar's metric catalogue at `/metrics` and `/metrics/:key`. Aggregates are computed over
 * the caller's whole region (or one district of it): they are the plan's figures, not records,
 * so the per-record data scope does not narrow them.
 */
@Module({})
export class MetricsModule {
  static register(providers: Type<MetricProvider>[]): DynamicModule {
    const list: Provider[] = providers;
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [...list, { provide: METRIC_PROVIDERS, useFactory: (...instances: MetricProvider[]) => instances, inject: providers }],
    };
  }
}
