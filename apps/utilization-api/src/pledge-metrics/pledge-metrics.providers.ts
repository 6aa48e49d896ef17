import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TMetricDefinition } from '@ipbureau/domain';
import { PLEDGE_METRIC_KEYS } from '@ipbureau/domain/utilization';
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

/** Pledges whose registration event falls in the window, in the region. */
const registeredInPeriod = (select: string, w: MetricWindow, region: string): [string, unknown[]] => [
  `SELECT ${select} AS value
     FROM pledge_events e JOIN pledges p ON p.id = e.pledge_id
    WHERE e.action = 'register' AND e.effective_date BETWEEN $1 AND $2 AND p.region_code LIKE $3`,
  [w.from, w.to, region],
];

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
    return registeredInPeriod('round(COALESCE(sum(p.loan_amount), 0), 2)::text', w, region);
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

export const PLEDGE_METRICS = [PledgeAmountInPeriodMetric, PledgeCountInPeriodMetric, PledgeOutstandingMetric];
