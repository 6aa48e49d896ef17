import { Inject, Injectable, type Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TMetricDefinition } from '@ipbureau/domain';
import { CASE_ENDED_STATUSES } from '@ipbureau/domain/protection';
import { type MetricProvider, type MetricWindow } from '@ipbureau/nest-kit';
import { deadlinesOf, PENDING_AS_OF, type DeadlineCase } from '../calendar/case-deadlines.js';

/**
 * The case metrics of the plan's protection indicators (plan 四.四). Each is computed in SQL;
 * closings, decisions and endings are read from the dated timeline (case_events, append-only),
 * never from a case's current status, so the value for a past date or period stays what it was.
 * A flow's SQL takes $1 from, $2 to, $3 the region's code prefix; a stock's $1 as-of, $2 the prefix.
 */
export function caseMetric(definition: Omit<TMetricDefinition, 'byDistrict'>, sql: string): Type<MetricProvider> {
  @Injectable()
  class CaseMetric implements MetricProvider {
    readonly definition: TMetricDefinition = { ...definition, byDistrict: true };
    constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

    async compute(w: MetricWindow): Promise<string> {
      const region = w.regionPattern;
      const params = definition.semantics === 'flow' ? [w.from, w.to, region] : [w.asOf, region];
      const [row] = (await this.dataSource.query(sql, params)) as { value: string }[];
      return row?.value ?? '0';
    }
  }
  return CaseMetric;
}

const CASES = { 'zh-CN': '件', en: 'cases' };
const ENDED = CASE_ENDED_STATUSES.map((s) => `'${s}'`).join(', ');

const TIMELINE_METRICS = [
  caseMetric(
    {
      key: 'cases.registered_in_period',
      name: { 'zh-CN': '期间立案数', en: 'Cases registered in the period' },
      semantics: 'flow',
      unit: CASES,
      description: 'Enforcement cases whose registration date 立案日期 falls in the period.',
    },
    `SELECT count(*)::text AS value FROM cases WHERE registered_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
  caseMetric(
    {
      key: 'cases.closed_in_period',
      name: { 'zh-CN': '期间结案数', en: 'Cases closed in the period' },
      semantics: 'flow',
      unit: CASES,
      description: 'Enforcement cases closed 结案 by the approver with an effective date in the period.',
    },
    `SELECT count(*)::text AS value FROM case_events WHERE to_status = 'closed' AND effective_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
  caseMetric(
    {
      key: 'cases.fines_in_period',
      name: { 'zh-CN': '期间罚没金额', en: 'Fines and confiscations in the period' },
      semantics: 'flow',
      unit: { 'zh-CN': '元', en: 'yuan' },
      description: 'Fines plus confiscated amounts of punishment decisions dated in the period, exact to the fen.',
    },
    `SELECT COALESCE(sum(COALESCE(fine_amount, 0) + COALESCE(confiscation_amount, 0)), 0)::numeric(18,2)::text AS value
     FROM case_events WHERE action = 'decide' AND effective_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
  caseMetric(
    {
      key: 'cases.open',
      name: { 'zh-CN': '在办案件数', en: 'Open cases' },
      semantics: 'stock',
      unit: CASES,
      description: 'Cases registered on or before the date and not yet closed, transferred, withdrawn or mediated as of it.',
    },
    `SELECT count(*)::text AS value FROM cases c
     WHERE c.registered_date <= $1 AND c.region_code LIKE $2
       AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.to_status IN (${ENDED}) AND e.effective_date <= $1)`,
  ),
];

/**
 * Cases past their time limit as of a date. The cases awaiting a decision on that date are
 * selected in SQL from the dated timeline; each one's deadline is then computed on the
 * working-day calendar from its timeline up to the date, so a past date's figure is reproduced.
 */
@Injectable()
export class OverdueCasesMetric implements MetricProvider {
  readonly definition: TMetricDefinition = {
    key: 'cases.overdue',
    name: { 'zh-CN': '超期案件数', en: 'Overdue cases' },
    semantics: 'stock',
    unit: CASES,
    byDistrict: true,
    description: 'Cases awaiting their decision on the date whose time limit (suspensions excluded, on the working-day calendar) had passed by it.',
  };
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async compute(w: MetricWindow): Promise<string> {
    const rows = (await this.dataSource.query(
      `SELECT c.id, c.kind, to_char(c.registered_date, 'YYYY-MM-DD') AS "registeredDate", c.region_code AS "regionCode"
         FROM cases c WHERE c.region_code LIKE $2 AND ${PENDING_AS_OF('$1::date')}`,
      [w.asOf, w.regionPattern],
    )) as DeadlineCase[];
    const deadlines = await deadlinesOf(this.dataSource.manager, rows, w.asOf);
    return String([...deadlines.values()].filter((d) => d?.overdue).length);
  }
}

export const CASE_METRICS: Type<MetricProvider>[] = [...TIMELINE_METRICS, OverdueCasesMetric];
