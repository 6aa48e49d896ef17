import { Injectable, type Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TMetricDefinition } from '@ipbureau/domain';
import type { MetricProvider, MetricWindow } from '@ipbureau/nest-kit';

const YUAN = { 'zh-CN': '元', en: 'yuan' };
const ITEMS = { 'zh-CN': '件', en: 'items' };

/**
 * A subsidy metric computed by one SQL aggregate returning text. Flows get `$1` from, `$2` to,
 * `$3` the region prefix; stocks `$1` asOf and `$2` the prefix. Payments and recoveries are
 * dated once and never rewritten, so a past date always gives the same answer.
 */
function sqlMetric(definition: Omit<TMetricDefinition, 'byDistrict'>, sql: string): Type<MetricProvider> {
  @Injectable()
  class SubsidyMetric implements MetricProvider {
    readonly definition: TMetricDefinition = { ...definition, byDistrict: true };
    constructor(private readonly dataSource: DataSource) {}
    async compute(w: MetricWindow): Promise<string> {
      const params = this.definition.semantics === 'flow' ? [w.from, w.to, w.regionPattern] : [w.asOf, w.regionPattern];
      const [row] = (await this.dataSource.query(sql, params)) as { v: string }[];
      return row?.v ?? '0';
    }
  }
  return SubsidyMetric;
}

export const SUBSIDY_METRICS: Type<MetricProvider>[] = [
  sqlMetric(
    { key: 'subsidies.paid_amount_in_period', name: { 'zh-CN': '期间专利资助拨付金额', en: 'Patent subsidies paid in the period' }, semantics: 'flow', unit: YUAN, description: 'Yuan of patent subsidies paid between from and to, inclusive' },
    `SELECT coalesce(sum(amount), 0)::numeric(18,2)::text AS v FROM subsidy_applications WHERE paid_on BETWEEN $1::date AND $2::date AND region_code LIKE $3`,
  ),
  sqlMetric(
    { key: 'subsidies.paid_count_in_period', name: { 'zh-CN': '期间专利资助拨付件数', en: 'Patent subsidies paid in the period (count)' }, semantics: 'flow', unit: ITEMS, description: 'Subsidy applications paid between from and to, inclusive' },
    `SELECT count(*)::text AS v FROM subsidy_applications WHERE paid_on BETWEEN $1::date AND $2::date AND region_code LIKE $3`,
  ),
  // Owed on asOf: cases opened by then and not written off by then, less what was recovered by then.
  sqlMetric(
    { key: 'clawbacks.outstanding', name: { 'zh-CN': '待追回资助金额', en: 'Subsidy clawbacks outstanding' }, semantics: 'stock', unit: YUAN, description: 'Yuan still owed on asOf across clawback cases opened by then and not written off by then' },
    `SELECT coalesce(sum(c.amount_owed - coalesce((SELECT sum(r.amount) FROM clawback_recoveries r WHERE r.case_id = c.id AND r.received_on <= $1::date), 0)), 0)::numeric(18,2)::text AS v
       FROM clawback_cases c
      WHERE c.opened_on <= $1::date AND c.region_code LIKE $2
        AND NOT (c.status = 'written_off' AND c.closed_on <= $1::date)`,
  ),
];
