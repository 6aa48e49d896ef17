import { Injectable, type Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TMetricDefinition } from '@ipbureau/domain';
import { PUBLIC_SERVICES_METRICS } from '@ipbureau/domain/public-services';
import { type MetricProvider, type MetricWindow } from '@ipbureau/nest-kit';

/**
 * One metric as data: what it means and one SQL statement over the window. In the SQL, `$1` and
 * `$2` are the dates (both `asOf` for a stock; `from` and `to` for a flow) and `$3` the pattern of
 * the region or district (`4405%`). Every figure is recomputed from dated rows, so a past date
 * gives the same value it gave then.
 */
interface SqlMetricSpec {
  definition: TMetricDefinition;
  sql: string;
}

const people = { 'zh-CN': '人', en: 'people' };

const SPECS: SqlMetricSpec[] = [
  {
    // Counted where the agent practised on the date: the district copied onto the practice.
    definition: { key: PUBLIC_SERVICES_METRICS.agentsPractising, name: { 'zh-CN': '执业专利代理师人数', en: 'Practising patent agents' }, semantics: 'stock', unit: people, byDistrict: true },
    sql: `SELECT count(DISTINCT agent_id)::text AS n FROM agent_practices
           WHERE start_date <= $1 AND (end_date IS NULL OR end_date > $2) AND region_code LIKE $3`,
  },
  {
    definition: { key: PUBLIC_SERVICES_METRICS.agenciesActive, name: { 'zh-CN': '在营代理机构数', en: 'Active agencies' }, semantics: 'stock', unit: { 'zh-CN': '家', en: 'agencies' }, byDistrict: true },
    sql: `SELECT count(*)::text AS n FROM agencies
           WHERE established_date <= $1 AND (deregistered_date IS NULL OR deregistered_date > $2) AND region_code LIKE $3`,
  },
  {
    definition: { key: PUBLIC_SERVICES_METRICS.violationsFound, name: { 'zh-CN': '查处代理违规行为数', en: 'Agency violations found' }, semantics: 'flow', unit: { 'zh-CN': '件', en: 'items' }, byDistrict: true },
    sql: `SELECT count(*)::text AS n FROM supervision_records
           WHERE kind = 'violation' AND found_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  },
  {
    definition: { key: PUBLIC_SERVICES_METRICS.trainingSessions, name: { 'zh-CN': '知识产权培训场次', en: 'IP training sessions' }, semantics: 'flow', unit: { 'zh-CN': '场', en: 'sessions' }, byDistrict: true },
    sql: `SELECT count(*)::text AS n FROM training_events
           WHERE kind = 'training' AND event_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  },
  {
    // By event date. A session with registrations counts those marked attended; one recorded
    // without a list counts its entered attendance (none while unknown). Publicity is not training.
    definition: { key: PUBLIC_SERVICES_METRICS.peopleTrained, name: { 'zh-CN': '知识产权培训人次', en: 'People trained in IP' }, semantics: 'flow', unit: { 'zh-CN': '人次', en: 'attendances' }, byDistrict: true },
    sql: `SELECT coalesce(sum(CASE WHEN r.registered > 0 THEN r.attended ELSE e.attended_count END), 0)::text AS n
            FROM training_events e
            LEFT JOIN LATERAL (SELECT count(*) AS registered, count(attended_on) AS attended FROM training_registrations WHERE event_id = e.id) r ON TRUE
           WHERE e.kind = 'training' AND e.event_date BETWEEN $1 AND $2 AND e.region_code LIKE $3`,
  },
  {
    // Every request received in the period counts, whatever became of it (cancelled included).
    definition: { key: PUBLIC_SERVICES_METRICS.infoRequests, name: { 'zh-CN': '专利信息服务需求数', en: 'Patent information service requests' }, semantics: 'flow', unit: { 'zh-CN': '件', en: 'requests' }, byDistrict: true },
    sql: `SELECT count(*)::text AS n FROM info_requests
           WHERE requested_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  },
  {
    definition: {
      key: PUBLIC_SERVICES_METRICS.infoSatisfaction,
      name: { 'zh-CN': '信息服务平均满意度', en: 'Average satisfaction with information services' },
      semantics: 'flow',
      unit: { 'zh-CN': '分（1–5）', en: 'points (1–5)' },
      byDistrict: true,
      description: 'Average of the ratings given in the period (by rating date), two decimals; 0.00 when none was given.',
    },
    sql: `SELECT coalesce(round(avg(rating), 2)::text, '0.00') AS n FROM info_requests
           WHERE rated_on BETWEEN $1 AND $2 AND region_code LIKE $3`,
  },
  {
    // In force on the date: started, not past its end date, not terminated before it (terminated_on is its last day).
    definition: { key: PUBLIC_SERVICES_METRICS.trusteeshipInForce, name: { 'zh-CN': '在履行知识产权托管合同数', en: 'Trusteeship contracts in force' }, semantics: 'stock', unit: { 'zh-CN': '份', en: 'contracts' }, byDistrict: true },
    sql: `SELECT count(*)::text AS n FROM trusteeship_contracts
           WHERE start_date <= $1 AND end_date >= $2 AND (terminated_on IS NULL OR terminated_on >= $2) AND region_code LIKE $3`,
  },
];

/** A provider class for one spec (the metrics module takes classes, to inject the data source). */
function sqlMetric(spec: SqlMetricSpec): Type<MetricProvider> {
  @Injectable()
  class SqlMetric implements MetricProvider {
    readonly definition = spec.definition;
    constructor(private readonly dataSource: DataSource) {}

    async compute(w: MetricWindow): Promise<string> {
      const dates = spec.definition.semantics === 'flow' ? [w.from, w.to] : [w.asOf, w.asOf];
      const [row] = (await this.dataSource.query(spec.sql, [...dates, w.regionPattern])) as { n: string }[];
      return row?.n ?? '0';
    }
  }
  Object.defineProperty(SqlMetric, 'name', { value: `Metric_${spec.definition.key.replace(/\W/g, '_')}` });
  return SqlMetric;
}

export const PUBLIC_SERVICES_METRIC_PROVIDERS = SPECS.map(sqlMetric);
