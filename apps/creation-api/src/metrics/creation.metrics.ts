import { Injectable, type Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TMetricDefinition } from '@ipbureau/domain';
import { type MetricProvider, type MetricWindow } from '@ipbureau/nest-kit';

const ITEMS = { 'zh-CN': '件', en: 'items' };
const ENTITIES = { 'zh-CN': '家', en: 'entities' };

/**
 * A metric computed by one SQL count. Stock and cumulative metrics get `$1` asOf and `$2` the
 * region prefix; flows get `$1` from, `$2` to and `$3` the prefix. Every figure is read from
 * dated status events, so a past date gives the same answer whatever was recorded since.
 */
@Injectable() // so the classes made below inherit the constructor's injection metadata
abstract class SqlCountMetric implements MetricProvider {
  abstract readonly definition: TMetricDefinition;
  protected abstract readonly sql: string;

  constructor(private readonly dataSource: DataSource) {}

  async compute(w: MetricWindow): Promise<string> {
    const prefix = w.regionPattern;
    const params = this.definition.semantics === 'flow' ? [w.from, w.to, prefix] : [w.asOf, prefix];
    const [row] = (await this.dataSource.query(`SELECT count(*)::text AS n FROM (${this.sql}) counted`, params)) as { n: string }[];
    return row?.n ?? '0';
  }
}

/** A provider class (Nest injects by class) for one counted metric; every one is broken down by district. */
export function countMetric(definition: Omit<TMetricDefinition, 'unit' | 'byDistrict'>, sql: string, unit = ITEMS): Type<MetricProvider> {
  @Injectable()
  class CountMetric extends SqlCountMetric {
    readonly definition: TMetricDefinition = { ...definition, unit, byDistrict: true };
    protected readonly sql = sql;
  }
  return CountMetric;
}

/**
 * A metric read from the day counts the stock triggers keep (migration StockDayCounts): `sql`
 * returns the figure as `n`, with the same parameters as a counted metric.
 */
function dayCountMetric(definition: Omit<TMetricDefinition, 'unit' | 'byDistrict'>, sql: string): Type<MetricProvider> {
  @Injectable()
  class DayCountMetric implements MetricProvider {
    readonly definition: TMetricDefinition = { ...definition, unit: ITEMS, byDistrict: true };
    constructor(private readonly dataSource: DataSource) {}
    async compute(w: MetricWindow): Promise<string> {
      const params = this.definition.semantics === 'flow' ? [w.from, w.to, w.regionPattern] : [w.asOf, w.regionPattern];
      const [row] = (await this.dataSource.query(sql, params)) as { n: string }[];
      return row?.n ?? '0';
    }
  }
  return DayCountMetric;
}

/**
 * Patents granted, and valid patents, from the day counts: each patent adds +1 to `granted` on its
 * grant's effective date, and +1/−1 to `valid_change` on the days it becomes and stops being in
 * force (its last event on or before the day left it granted), and likewise to `high_value_change`
 * for the days a valid invention meets the high-value rule (high-value.sql.ts; the triggers keep the
 * same criteria). The sums equal a direct count over the events and facts for any date.
 */
const PATENT_DAY_SUM = (column: 'granted', where: string) =>
  `SELECT coalesce(sum(${column}), 0)::text AS n FROM patent_daily_counts WHERE ${where}`;

/**
 * The sum of `column` over the days up to $1 in the region $2: the year totals before $1's year
 * plus the days of its year (a few thousand rows read, whatever the length of the history).
 */
const sumUpTo = (table: 'patent' | 'trademark', column: string, filter: string) =>
  `SELECT (coalesce((SELECT sum(${column}) FROM ${table}_yearly_counts WHERE year < date_trunc('year', $1::date)::date AND region_code LIKE $2${filter}), 0)
         + coalesce((SELECT sum(${column}) FROM ${table}_daily_counts WHERE day >= date_trunc('year', $1::date)::date AND day <= $1::date AND region_code LIKE $2${filter}), 0))::text AS n`;
const INVENTION_DAYS = `patent_type IN ('invention', 'pct_invention')`;

/**
 * Trademarks valid on $1 in the region $2: the day counts' +1/−1 for the days a mark's status was
 * `registered` within the term in force (registration and renewals recorded by then). A mark in
 * its six-month grace period is not counted until its renewal is recorded: the term had ended.
 */
const TRADEMARKS_VALID = (kind?: string) => sumUpTo('trademark', 'valid_change', kind ? ` AND kind = '${kind}'` : '');


/**
 * Distinct enterprises awarded a title of one of `kinds` between $1 and $2 (inclusive), in the
 * region $3. An enterprise awarded two such titles in the period counts once.
 */
const enterprisesAwarded = (kinds: string[]) => `SELECT DISTINCT t.enterprise_id FROM enterprise_titles t
  WHERE t.kind IN (${kinds.map((k) => `'${k}'`).join(', ')}) AND t.awarded_on BETWEEN $1::date AND $2::date AND t.region_code LIKE $3`;

export const CREATION_METRICS: Type<MetricProvider>[] = [
  // Patents granted 专利授权总量, all time up to asOf (plan 三.二: cumulative).
  dayCountMetric(
    { key: 'patents.granted', name: { 'zh-CN': '专利授权总量', en: 'Patents granted' }, semantics: 'cumulative', description: 'Patents of every type whose grant took effect on or before asOf' },
    sumUpTo('patent', 'granted', ''),
  ),
  // Grants inside a period, e.g. the plan period 2021-01-01 … 2025-12-31.
  dayCountMetric(
    { key: 'patents.granted_in_period', name: { 'zh-CN': '期间专利授权量', en: 'Patents granted in the period' }, semantics: 'flow', description: 'Patents of every type whose grant took effect between from and to, inclusive' },
    PATENT_DAY_SUM('granted', `day BETWEEN $1::date AND $2::date AND region_code LIKE $3`),
  ),
  // Invention grants 发明专利授权量 (PCT inventions included), the figure the plan reports beside the total.
  dayCountMetric(
    { key: 'patents.granted_invention', name: { 'zh-CN': '发明专利授权总量', en: 'Invention patents granted' }, semantics: 'cumulative', description: 'Invention and PCT-invention patents whose grant took effect on or before asOf' },
    sumUpTo('patent', 'granted', ` AND ${INVENTION_DAYS}`),
  ),
  dayCountMetric(
    {
      key: 'patents.granted_invention_in_period',
      name: { 'zh-CN': '期间发明专利授权量', en: 'Invention patents granted in the period' },
      semantics: 'flow',
      description: 'Invention and PCT-invention patents whose grant took effect between from and to, inclusive',
    },
    PATENT_DAY_SUM('granted', `${INVENTION_DAYS} AND day BETWEEN $1::date AND $2::date AND region_code LIKE $3`),
  ),
  // Valid invention patents 有效发明专利量 (plan 三.二: stock), the numerator of 万人发明专利拥有量.
  dayCountMetric(
    {
      key: 'patents.valid_invention',
      name: { 'zh-CN': '有效发明专利量', en: 'Valid invention patents' },
      semantics: 'stock',
      description: 'Invention and PCT-invention patents in force on asOf: granted, and not lapsed, invalidated, expired or surrendered by then',
    },
    sumUpTo('patent', 'valid_change', ` AND ${INVENTION_DAYS}`),
  ),
  // Valid registered trademarks 有效商标注册量 (plan 三.二: stock).
  dayCountMetric(
    { key: 'trademarks.valid', name: { 'zh-CN': '有效商标注册量', en: 'Valid registered trademarks' }, semantics: 'stock', description: 'Trademarks of every kind within their term and neither cancelled nor invalidated on asOf' },
    TRADEMARKS_VALID(),
  ),
  // Madrid international registrations 马德里商标 and collective marks 集体商标 (plan 四.二).
  dayCountMetric(
    { key: 'trademarks.madrid', name: { 'zh-CN': '有效马德里国际注册商标量', en: 'Valid Madrid international marks' }, semantics: 'stock', description: 'Madrid marks valid on asOf' },
    TRADEMARKS_VALID('madrid'),
  ),
  dayCountMetric(
    { key: 'trademarks.collective', name: { 'zh-CN': '有效集体商标量', en: 'Valid collective marks' }, semantics: 'stock', description: 'Collective marks valid on asOf' },
    TRADEMARKS_VALID('collective'),
  ),
  // High-value invention patents 高价值发明专利 (plan 三.二 footnote: stock), the numerator of 万人高价值发明专利拥有量.
  dayCountMetric(
    {
      key: 'patents.high_value_invention',
      name: { 'zh-CN': '高价值发明专利量', en: 'High-value invention patents' },
      semantics: 'stock',
      description:
        'Invention and PCT-invention patents in force on asOf for which any one holds: an IPC symbol mapped to a strategic emerging industry, a family member granted abroad, more than 10 years since filing, pledged on asOf, a national S&T award or China Patent Award',
    },
    sumUpTo('patent', 'high_value_change', ` AND ${INVENTION_DAYS}`),
  ),
  // National and provincial demonstration or advantage enterprises new in a period (plan 三.二: flow, target 10 in 2021–2025).
  countMetric(
    {
      key: 'enterprises.national_provincial_new_in_period',
      name: { 'zh-CN': '新增国家级、省级知识产权示范和优势企业', en: 'New national and provincial IP demonstration and advantage enterprises' },
      semantics: 'flow',
      description: 'Distinct enterprises awarded a national or provincial demonstration or advantage title between from and to, inclusive',
    },
    enterprisesAwarded(['national_demonstration', 'national_advantage', 'provincial_demonstration', 'provincial_advantage']),
    ENTITIES,
  ),
  countMetric(
    {
      key: 'enterprises.national_new_in_period',
      name: { 'zh-CN': '新增国家知识产权示范和优势企业', en: 'New national IP demonstration and advantage enterprises' },
      semantics: 'flow',
      description: 'Distinct enterprises awarded a national demonstration or advantage title between from and to, inclusive',
    },
    enterprisesAwarded(['national_demonstration', 'national_advantage']),
    ENTITIES,
  ),
  countMetric(
    {
      key: 'enterprises.provincial_new_in_period',
      name: { 'zh-CN': '新增省知识产权示范和优势企业', en: 'New provincial IP demonstration and advantage enterprises' },
      semantics: 'flow',
      description: 'Distinct enterprises awarded a provincial demonstration or advantage title between from and to, inclusive',
    },
    enterprisesAwarded(['provincial_demonstration', 'provincial_advantage']),
    ENTITIES,
  ),
  // Municipal cultivation enterprises 市级知识产权优势培育企业 new in a period (plan 三.二: flow, target 25).
  countMetric(
    {
      key: 'enterprises.municipal_cultivation_new_in_period',
      name: { 'zh-CN': '新增市级知识产权优势培育企业', en: 'New municipal IP advantage cultivation enterprises' },
      semantics: 'flow',
      description: 'Distinct enterprises awarded the municipal cultivation title between from and to, inclusive',
    },
    enterprisesAwarded(['municipal_cultivation']),
    ENTITIES,
  ),
  // Entities certified to GB/T 29490 贯标认证 (plan 三.二: cumulative, 61 in 2020, target 80).
  countMetric(
    {
      key: 'certifications.entities_certified',
      name: { 'zh-CN': '知识产权管理规范贯标认证单位数', en: 'Entities certified to GB/T 29490' },
      semantics: 'cumulative',
      description: 'Distinct entities with a GB/T 29490 certificate issued on or before asOf, whatever happened to it since',
    },
    `SELECT DISTINCT c.enterprise_id FROM ip_certifications c WHERE c.issued_on <= $1::date AND c.region_code LIKE $2`,
    ENTITIES,
  ),
];
