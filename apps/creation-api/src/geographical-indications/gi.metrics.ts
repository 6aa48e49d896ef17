import type { Type } from '@nestjs/common';
import type { MetricProvider } from '@ipbureau/nest-kit';
import { countMetric } from '../metrics/creation.metrics.js';

const ENTITIES = { 'zh-CN': '家', en: 'entities' };

/** GIs in force on $1 in the region $2: protected on or before it and not revoked by then (a revocation counts from its date). */
const IN_FORCE = `g.protected_on <= $1::date AND (g.revoked_on IS NULL OR g.revoked_on > $1::date)`;
const GIS_AS_OF = `SELECT 1 FROM geographical_indications g WHERE ${IN_FORCE} AND g.region_code LIKE $2`;

export const GI_METRICS: Type<MetricProvider>[] = [
  countMetric(
    { key: 'gis.count', name: { 'zh-CN': '地理标志总数', en: 'Geographical indications' }, semantics: 'stock', description: 'GI products and GI trademarks protected on or before asOf and not revoked by then' },
    GIS_AS_OF,
  ),
  countMetric(
    { key: 'gis.count.gi_product', name: { 'zh-CN': '地理标志产品数', en: 'GI products' }, semantics: 'stock', description: 'GI products protected on or before asOf and not revoked by then' },
    `${GIS_AS_OF} AND g.protection_kind = 'gi_product'`,
  ),
  countMetric(
    { key: 'gis.count.gi_trademark', name: { 'zh-CN': '地理标志商标数', en: 'GI trademarks' }, semantics: 'stock', description: 'GI trademarks registered on or before asOf and not revoked by then' },
    `${GIS_AS_OF} AND g.protection_kind = 'gi_trademark'`,
  ),
  // A producer authorized for two GIs is one producer: distinct credit codes.
  countMetric(
    {
      key: 'gis.producers_authorized',
      name: { 'zh-CN': '地理标志授权使用企业数', en: 'Producers authorized to use a GI' },
      semantics: 'stock',
      description: 'Distinct producers whose authorization to use a GI of the region (in force then) covers asOf',
    },
    `SELECT DISTINCT p.credit_code FROM gi_producers p JOIN geographical_indications g ON g.id = p.gi_id
      WHERE p.authorized_from <= $1::date AND (p.authorized_to IS NULL OR p.authorized_to >= $1::date) AND ${IN_FORCE} AND g.region_code LIKE $2`,
    ENTITIES,
  ),
];
