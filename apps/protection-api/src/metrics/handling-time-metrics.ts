import type { Type } from '@nestjs/common';
import type { MetricProvider } from '@ipbureau/nest-kit';
import { caseMetric } from './case-metrics.js';

/**
 * Handling time 办案时长 of enforcement cases: calendar days from registration 立案 to closing 结案
 * (the approver's `close` step), counted over the cases closed in the period. Closing, not the
 * decision, ends it: the plan and the bureau count cases "filed and closed" (立案/结案), and a
 * decision is not the end of the file while a punishment is being executed. The statutory time
 * limit (registration to decision) is the deadline, a different measure. Both ends are dated
 * (the registration date and the close event's effective date, append-only), so a past period's
 * figure is reproduced exactly. `e` is the close event, `c` its case.
 */
export const HANDLING_DAYS = 'e.effective_date - c.registered_date';
export const AVERAGE_HANDLING_DAYS = `round(avg(${HANDLING_DAYS}), 1)::text`;
export const P90_HANDLING_DAYS = `round(percentile_cont(0.9) WITHIN GROUP (ORDER BY ${HANDLING_DAYS})::numeric, 1)::text`;

const CLOSED_IN_PERIOD = `FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.to_status = 'closed' AND e.effective_date BETWEEN $1 AND $2 AND c.region_code LIKE $3`;
const DAYS = { 'zh-CN': '天', en: 'days' };

export const HANDLING_TIME_METRICS: Type<MetricProvider>[] = [
  caseMetric(
    {
      key: 'cases.handling_days_average',
      name: { 'zh-CN': '期间结案平均办案天数', en: 'Average handling time of cases closed in the period' },
      semantics: 'flow',
      unit: DAYS,
      description: 'Mean calendar days from registration to closing of the cases closed in the period, to one decimal; 0 when none closed.',
    },
    `SELECT ${AVERAGE_HANDLING_DAYS} AS value ${CLOSED_IN_PERIOD}`,
  ),
  caseMetric(
    {
      key: 'cases.handling_days_p90',
      name: { 'zh-CN': '期间结案办案天数第90百分位', en: '90th percentile of handling time of cases closed in the period' },
      semantics: 'flow',
      unit: DAYS,
      description: 'Continuous 90th percentile (percentile_cont) of calendar days from registration to closing of the cases closed in the period, to one decimal; 0 when none closed.',
    },
    `SELECT ${P90_HANDLING_DAYS} AS value ${CLOSED_IN_PERIOD}`,
  ),
];
