import { Injectable, type Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TMetricDefinition } from '@ipbureau/domain';
import { PLEDGE_METRIC_KEYS, PLEDGE_METRIC_KEYS_BY_RIGHT_KIND, PLEDGE_RIGHT_KINDS, type TPledgeRightKind } from '@ipbureau/domain/utilization';
import { type MetricProvider, type MetricWindow } from '@ipbureau/nest-kit';

// Every figure is computed from the dated, insert-only pledge events, so a past date's value
// never changes when a pledge moves on. Money is summed as numeric and answered as text.

/** One pledge metric: its definition and the SQL (returning one `value` text) for a window. */
@Injectable()
abstract class PledgeMetric implements MetricProvider {
  abstract readonly definition: TMetricDefinition;
  protected abstract sql(w: MetricWindow, region: string): [string, unknown[]];
  constructor(private readonly dataSource: DataSource) {}
  async compute(w: MetricWindow): Promise<string> {
    const [sql, params] = this.sql(w, w.regionPattern);
    const [row] = (await this.dataSource.query(sql, params)) as { value: string }[];
    return row?.value ?? '0';
  }
}

const YUAN = { 'zh-CN': '元', en: 'yuan' };

/** Pledges whose registration event falls in the window, in the region (and of one right kind). */
const registeredInPeriod = (select: string, w: MetricWindow, region: string, rightKind?: TPledgeRightKind): [string, unknown[]] => [
  `SELECT ${select} AS value
     FROM pledge_events e JOIN pledges p ON p.id = e.pledge_id
    WHERE e.action = 'register' AND e.effective_date BETWEEN $1 AND $2 AND p.region_code LIKE $3 ${rightKind ? 'AND p.right_kind = $4' : ''}`,
  [w.from, w.to, region, ...(rightKind ? [rightKind] : [])],
];

const AMOUNT_SQL = 'round(COALESCE(sum(p.loan_amount), 0), 2)::text';

/** 知识产权质押融资总额: Σ loan amounts of pledges registered in the period (the plan's indicator). */
@Injectable()
export class PledgeAmountInPeriodMetric extends PledgeMetric {
  readonly definition = {
    key: PLEDGE_METRIC_KEYS.amountInPeriod,
    name: { 'zh-CN': '知识产权质押融资额', en: 'IP pledge financing amount' },
    semantics: 'flow' as const,
    unit: YUAN,
    byDistrict: true,
    description: 'Sum of the loan amounts of pledges whose registration date falls in the period',
  };
  protected sql(w: MetricWindow, region: string) {
    return registeredInPeriod(AMOUNT_SQL, w, region);
  }
}

/** Pledges registered in the period. */
@Injectable()
export class PledgeCountInPeriodMetric extends PledgeMetric {
  readonly definition = {
    key: PLEDGE_METRIC_KEYS.countInPeriod,
    name: { 'zh-CN': '知识产权质押登记笔数', en: 'IP pledges registered' },
    semantics: 'flow' as const,
    unit: { 'zh-CN': '笔', en: 'pledges' },
    byDistrict: true,
    description: 'Pledges whose registration date falls in the period',
  };
  protected sql(w: MetricWindow, region: string) {
    return registeredInPeriod('count(*)::text', w, region);
  }
}

/**
 * 质押贷款余额: as of a date, Σ (disbursed − repaid) over loans not released by then. A repaid
 * loan contributes zero; a defaulted one keeps its outstanding principal until it is released.
 */
@Injectable()
export class PledgeOutstandingMetric extends PledgeMetric {
  readonly definition = {
    key: PLEDGE_METRIC_KEYS.outstanding,
    name: { 'zh-CN': '质押贷款余额', en: 'Outstanding pledged loans' },
    semantics: 'stock' as const,
    unit: YUAN,
    byDistrict: true,
    description: 'Principal disbursed and not repaid, of pledged loans not released, as of the date',
  };
  protected sql(w: MetricWindow, region: string): [string, unknown[]] {
    return [
      `SELECT round(COALESCE(sum(balance), 0), 2)::text AS value FROM (
         SELECT sum(CASE e.action WHEN 'disburse' THEN e.amount WHEN 'repay' THEN -e.amount ELSE 0 END) AS balance,
                bool_or(e.action = 'release') AS released
           FROM pledge_events e JOIN pledges p ON p.id = e.pledge_id
          WHERE e.effective_date <= $1 AND p.region_code LIKE $2
          GROUP BY e.pledge_id
       ) loans
       WHERE NOT released`,
      [w.asOf, region],
    ];
  }
}

/** Short names of the right kinds, as the plan's tables name them. */
const KIND_NAMES: Record<TPledgeRightKind, { zh: string; en: string }> = {
  patent: { zh: '专利权', en: 'Patent' },
  trademark: { zh: '商标权', en: 'Trademark' },
  gi: { zh: '地理标志', en: 'Geographical indication' },
};

/** The financing figures of one right kind: a class per key (Nest injects by class), named for its kind. */
function rightKindMetric(rightKind: TPledgeRightKind, figure: 'amount' | 'count'): Type<MetricProvider> {
  const label = KIND_NAMES[rightKind];
  const keys = PLEDGE_METRIC_KEYS_BY_RIGHT_KIND[rightKind];
  const definition: TMetricDefinition =
    figure === 'amount'
      ? {
          key: keys.amountInPeriod,
          name: { 'zh-CN': `${label.zh}质押融资额`, en: `${label.en} pledge financing amount` },
          semantics: 'flow',
          unit: YUAN,
          byDistrict: true,
          description: `Sum of the loan amounts of ${label.en.toLowerCase()} pledges whose registration date falls in the period`,
        }
      : {
          key: keys.countInPeriod,
          name: { 'zh-CN': `${label.zh}质押登记笔数`, en: `${label.en} pledges registered` },
          semantics: 'flow',
          unit: { 'zh-CN': '笔', en: 'pledges' },
          byDistrict: true,
          description: `${label.en} pledges whose registration date falls in the period`,
        };
  @Injectable()
  class RightKindMetric extends PledgeMetric {
    readonly definition = definition;
    protected sql(w: MetricWindow, region: string) {
      return registeredInPeriod(figure === 'amount' ? AMOUNT_SQL : 'count(*)::text', w, region, rightKind);
    }
  }
  Object.defineProperty(RightKindMetric, 'name', { value: `Pledge${figure === 'amount' ? 'Amount' : 'Count'}InPeriod_${rightKind}_Metric` });
  return RightKindMetric;
}

export const PLEDGE_METRICS: Type<MetricProvider>[] = [
  PledgeAmountInPeriodMetric,
  PledgeCountInPeriodMetric,
  PledgeOutstandingMetric,
  ...PLEDGE_RIGHT_KINDS.flatMap((kind) => [rightKindMetric(kind, 'amount'), rightKindMetric(kind, 'count')]),
];
