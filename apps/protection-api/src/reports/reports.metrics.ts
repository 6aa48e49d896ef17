import type { Type } from '@nestjs/common';
import type { MetricProvider } from '@ipbureau/nest-kit';
import { caseMetric } from '../metrics/case-metrics.js';

/** Reports received and rewards paid in a period, from the received date and the dated payment steps (append-only). */
export const REPORT_METRICS: Type<MetricProvider>[] = [
  caseMetric(
    {
      key: 'reports.received_in_period',
      name: { 'zh-CN': '期间受理举报数', en: 'Reports received in the period' },
      semantics: 'flow',
      unit: { 'zh-CN': '件', en: 'reports' },
      description: 'Citizens’ reports 举报 whose date received falls in the period.',
    },
    `SELECT count(*)::text AS value FROM reports WHERE received_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
  caseMetric(
    {
      key: 'reports.rewards_paid_in_period',
      name: { 'zh-CN': '期间发放举报奖励笔数', en: 'Report rewards paid in the period' },
      semantics: 'flow',
      unit: { 'zh-CN': '笔', en: 'rewards' },
      description: 'Rewards for reports whose payment is dated in the period.',
    },
    `SELECT count(*)::text AS value FROM report_events WHERE action = 'pay' AND effective_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
  caseMetric(
    {
      key: 'reports.rewards_paid_amount_in_period',
      name: { 'zh-CN': '期间发放举报奖励金额', en: 'Report rewards paid in the period, amount' },
      semantics: 'flow',
      unit: { 'zh-CN': '元', en: 'yuan' },
      description: 'Sum of the rewards for reports paid in the period, exact to the fen.',
    },
    `SELECT COALESCE(sum(amount), 0)::numeric(18,2)::text AS value FROM report_events WHERE action = 'pay' AND effective_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
];
