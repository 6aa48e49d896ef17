import type { Type } from '@nestjs/common';
import type { MetricProvider } from '@ipbureau/nest-kit';
import { caseMetric } from '../metrics/case-metrics.js';

/**
 * Complaints handled at exhibitions and e-commerce take-downs in a period, by the date of the
 * outcome. An outcome is recorded once and never changed (a handled complaint refuses another), so
 * a past period's figure stays what it was.
 */
export const EXHIBITION_METRICS: Type<MetricProvider>[] = [
  caseMetric(
    {
      key: 'exhibitions.complaints_handled',
      name: { 'zh-CN': '期间展会投诉处理数', en: 'Complaints handled at exhibitions in the period' },
      semantics: 'flow',
      unit: { 'zh-CN': '件', en: 'complaints' },
      description: 'Complaints received at exhibitions whose outcome (withdrawn from display, not established, referred to a case) is dated in the period.',
    },
    `SELECT count(*)::text AS value FROM exhibition_complaints WHERE status <> 'pending' AND handled_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
  caseMetric(
    {
      key: 'ecommerce.takedowns_in_period',
      name: { 'zh-CN': '期间电商下架数', en: 'E-commerce take-downs in the period' },
      semantics: 'flow',
      unit: { 'zh-CN': '件', en: 'listings' },
      description: 'E-commerce complaints whose listing was taken down 下架 on a date in the period.',
    },
    `SELECT count(*)::text AS value FROM ecommerce_complaints WHERE status = 'taken_down' AND outcome_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
];
