import type { TIndicator, TIndicatorCreate, TPlan } from '@ipbureau/domain/plans';
import type { IndicatorEntity } from './indicator.entity.js';
import type { PlanEntity } from './plan.entity.js';

export function mapPlan(p: PlanEntity): TPlan {
  return {
    id: p.id,
    name: { 'zh-CN': p.nameZh, en: p.nameEn },
    regionCode: p.regionCode,
    startYear: p.startYear,
    endYear: p.endYear,
    status: p.status,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function mapIndicator(i: IndicatorEntity): TIndicator {
  return {
    id: i.id,
    planId: i.planId,
    code: i.code,
    name: { 'zh-CN': i.nameZh, en: i.nameEn },
    pillar: i.pillar,
    metricKey: i.metricKey,
    semantics: i.semantics,
    populationBasis: i.populationBasis,
    unit: { 'zh-CN': i.unitZh, en: i.unitEn },
    decimals: i.decimals,
    baseline: { year: i.baselineYear, value: i.baselineValue, note: i.baselineNote },
    targets: i.targets,
    sourceDepartment: i.sourceDepartment,
    sortOrder: i.sortOrder,
    version: i.version,
  };
}

/** The entity columns of an indicator as the contract describes it. */
export function indicatorColumns(input: Omit<TIndicatorCreate, 'populationBasis'> & { populationBasis: TIndicatorCreate['populationBasis'] }): Partial<IndicatorEntity> {
  return {
    code: input.code,
    nameZh: input.name['zh-CN'],
    nameEn: input.name.en,
    pillar: input.pillar,
    metricKey: input.metricKey,
    semantics: input.semantics,
    populationBasis: input.populationBasis ?? null,
    unitZh: input.unit['zh-CN'],
    unitEn: input.unit.en,
    decimals: input.decimals,
    baselineYear: input.baseline.year,
    baselineValue: input.baseline.value,
    baselineNote: input.baseline.note,
    targets: input.targets,
    sourceDepartment: input.sourceDepartment,
    sortOrder: input.sortOrder,
  };
}
