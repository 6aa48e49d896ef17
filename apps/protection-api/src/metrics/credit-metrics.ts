import type { Type } from '@nestjs/common';
import type { MetricProvider } from '@ipbureau/nest-kit';
import { caseMetric } from './case-metrics.js';

/**
 * Metrics of the credit lists and of adjudication and mediation, computed from the dated events
 * (append-only), so a past date or period gives what it gave then.
 */
export const CREDIT_METRICS: Type<MetricProvider>[] = [
  caseMetric(
    {
      key: 'blacklist.size',
      name: { 'zh-CN': '失信名单主体数', en: 'Blacklisted subjects' },
      semantics: 'stock',
      unit: { 'zh-CN': '家', en: 'subjects' },
      description: 'Distinct credit codes with a blacklist entry published on or before the date and not removed by it.',
    },
    `SELECT count(DISTINCT b.credit_code)::text AS value FROM blacklist_entries b
      WHERE b.region_code LIKE $2
        AND EXISTS (SELECT 1 FROM blacklist_events p WHERE p.entry_id = b.id AND p.action = 'publish' AND p.effective_date <= $1)
        AND NOT EXISTS (SELECT 1 FROM blacklist_events r WHERE r.entry_id = b.id AND r.action = 'remove' AND r.effective_date <= $1)`,
  ),
  caseMetric(
    {
      key: 'adjudication.requests_in_period',
      name: { 'zh-CN': '期间行政裁决请求数', en: 'Adjudication requests in the period' },
      semantics: 'flow',
      unit: { 'zh-CN': '件', en: 'requests' },
      description: 'Requests for administrative adjudication of a patent dispute 行政裁决 received in the period.',
    },
    `SELECT count(*)::text AS value FROM adjudication_requests WHERE kind = 'adjudication' AND received_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
  caseMetric(
    {
      key: 'mediation.agreements_in_period',
      name: { 'zh-CN': '期间达成调解协议数', en: 'Mediation agreements in the period' },
      semantics: 'flow',
      unit: { 'zh-CN': '件', en: 'agreements' },
      description: 'Mediation agreements 调解协议 signed in the period, in mediation and in adjudication requests alike.',
    },
    `SELECT count(*)::text AS value FROM adjudication_events WHERE action = 'agree' AND effective_date BETWEEN $1 AND $2 AND region_code LIKE $3`,
  ),
];
