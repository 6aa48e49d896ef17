import type { Type } from '@nestjs/common';
import type { MetricProvider } from '@ipbureau/nest-kit';
import { caseMetric } from './case-metrics.js';

const REQUESTS = { 'zh-CN': '件', en: 'requests' };

/**
 * Metrics of the rapid protection centre, from the requests (submission date, the due date fixed at
 * submission) and their dated steps (append-only), so a past period gives what it gave then.
 */
export const RAPID_PROTECTION_METRICS: Type<MetricProvider>[] = [
  caseMetric(
    {
      key: 'rapid.pre_examinations_in_period',
      name: { 'zh-CN': '期间快速预审请求数', en: 'Pre-examination requests in the period' },
      semantics: 'flow',
      unit: REQUESTS,
      description: 'Pre-examination requests 快速预审 submitted to the protection centre in the period.',
    },
    `SELECT count(*)::text AS value FROM rapid_requests WHERE kind = 'pre_examination' AND submitted_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
  caseMetric(
    {
      key: 'rapid.sla_attainment_in_period',
      name: { 'zh-CN': '期间快速预审按时办结率', en: 'Pre-examination service-level attainment in the period' },
      semantics: 'flow',
      unit: { 'zh-CN': '%', en: '%' },
      description:
        'Of the pre-examination requests decided (passed or not passed) in the period, the share decided on or before their due date (the service level in working days from submission), in per cent with one decimal; 0.0 when none was decided.',
    },
    `SELECT COALESCE(round(100.0 * count(*) FILTER (WHERE e.effective_date <= r.due_date) / NULLIF(count(*), 0), 1), 0)::numeric(5,1)::text AS value
       FROM rapid_request_events e JOIN rapid_requests r ON r.id = e.request_id
      WHERE r.kind = 'pre_examination' AND e.action IN ('pass', 'fail') AND e.effective_date BETWEEN $1 AND $2 AND e.region_code LIKE $3`,
  ),
  caseMetric(
    {
      key: 'rapid.passed_in_period',
      name: { 'zh-CN': '期间预审合格数', en: 'Pre-examinations passed in the period' },
      semantics: 'flow',
      unit: REQUESTS,
      description: 'Pre-examination requests found fit 预审合格 with a decision dated in the period.',
    },
    `SELECT count(*)::text AS value FROM rapid_request_events e JOIN rapid_requests r ON r.id = e.request_id
      WHERE r.kind = 'pre_examination' AND e.action = 'pass' AND e.effective_date BETWEEN $1 AND $2 AND e.region_code LIKE $3`,
  ),
];

/** Workstations and their assistance requests (establishment and closing dates, received dates). */
export const WORKSTATION_METRICS: Type<MetricProvider>[] = [
  caseMetric(
    {
      key: 'workstations.in_operation',
      name: { 'zh-CN': '运行中的维权援助工作站数', en: 'Workstations in operation' },
      semantics: 'stock',
      unit: { 'zh-CN': '个', en: 'workstations' },
      description: 'Rights-protection workstations established on or before the date and not closed by it (a station closed on a date is not in operation that day).',
    },
    `SELECT count(*)::text AS value FROM rights_workstations WHERE established_date <= $1 AND (closed_date IS NULL OR closed_date > $1) AND region_code LIKE $2`,
  ),
  caseMetric(
    {
      key: 'workstations.assistance_in_period',
      name: { 'zh-CN': '期间维权援助请求数', en: 'Workstation assistance requests in the period' },
      semantics: 'flow',
      unit: REQUESTS,
      description: 'Assistance requests received at the workstations in the period.',
    },
    `SELECT count(*)::text AS value FROM workstation_assistance WHERE received_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
];

/** Overseas assistance, from the disputes' dated steps (append-only). */
export const OVERSEAS_METRICS: Type<MetricProvider>[] = [
  caseMetric(
    {
      key: 'overseas.disputes_assisted_in_period',
      name: { 'zh-CN': '期间海外维权援助纠纷数', en: 'Overseas disputes assisted in the period' },
      semantics: 'flow',
      unit: { 'zh-CN': '件', en: 'disputes' },
      description: 'Overseas disputes of local enterprises with assistance given (a dated assistance step) in the period, each counted once.',
    },
    `SELECT count(DISTINCT dispute_id)::text AS value FROM overseas_dispute_events WHERE action = 'assist' AND effective_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
];
