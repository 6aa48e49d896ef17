import type { TIndicator, TIndicatorProgress, TPlan, TPlanProgress, TPlanReport, TTask, TTaskReport } from '@ipbureau/domain/plans';
import { nextId } from './factories';

export function makePlan(overrides: Partial<TPlan> = {}): TPlan {
  return {
    id: nextId(),
    name: { 'zh-CN': '汕头市知识产权“十四五”规划', en: 'Shantou 14th Five-Year IP Plan' },
    regionCode: '440500',
    startYear: 2021,
    endYear: 2025,
    status: 'active',
    version: 1,
    createdAt: '2025-01-02T00:00:00Z',
    updatedAt: '2025-01-02T00:00:00Z',
    ...overrides,
  };
}

type Row = [code: string, zh: string, en: string, semantics: TIndicator['semantics'], unitZh: string, decimals: number, baseline: string | null, target: string, pillar: TIndicator['pillar']];

/** The 14th plan's indicator table (DOMAIN.md, 三.二) with its 2025 targets. */
export const FOURTEENTH_PLAN_TABLE: Row[] = [
  ['patents_granted', '专利授权总量', 'Patents granted', 'cumulative', '件', 0, null, '180000', 'creation'],
  ['valid_invention_patents', '有效发明专利量', 'Valid invention patents', 'stock', '件', 0, '2949', '4000', 'creation'],
  ['invention_patents_per_10k', '万人发明专利拥有量', 'Invention patents per 10k people', 'density', '件/万人', 2, '5.21', '7', 'creation'],
  ['high_value_per_10k', '万人高价值发明专利拥有量', 'High-value invention patents per 10k people', 'density', '件/万人', 2, null, '1.74', 'creation'],
  ['valid_trademarks', '有效商标注册总量', 'Valid registered trademarks', 'stock', '件', 0, '266259', '350000', 'creation'],
  ['pledge_financing', '知识产权质押融资总额', 'IP pledge financing', 'flow', '元', 2, null, '800000000.00', 'utilization'],
  ['demo_enterprises', '国家级和省级知识产权示范、优势企业', 'National and provincial demonstration or advantage enterprises', 'flow', '家', 0, null, '10', 'utilization'],
  ['cultivation_enterprises', '市级知识产权优势培育企业', 'Municipal cultivation enterprises', 'flow', '家', 0, null, '25', 'utilization'],
  ['certified_entities', '贯标认证单位', 'Entities certified to the IP management standard', 'cumulative', '家', 0, '61', '80', 'utilization'],
  ['patent_agents', '执业专利代理师', 'Practising patent agents', 'stock', '人', 0, '47', '47', 'public-services'],
];

export function makeIndicator(planId: string, row: Row, sortOrder: number): TIndicator {
  const [code, zh, en, semantics, unitZh, decimals, baseline, target, pillar] = row;
  return {
    id: nextId(),
    planId,
    code,
    name: { 'zh-CN': zh, en },
    pillar,
    metricKey: `${pillar.replace('-', '_')}.${code}`,
    semantics,
    populationBasis: semantics === 'density' ? 'registered' : null,
    unit: { 'zh-CN': unitZh, en: unitZh },
    decimals,
    baseline: { year: 2020, value: baseline, note: baseline === null ? '规划未列基期值' : null },
    targets: [{ year: 2025, value: target }],
    sourceDepartment: '市知识产权局',
    sortOrder,
    version: 1,
  };
}

export function makeIndicatorProgress(indicator: TIndicator, overrides: Partial<TIndicatorProgress> = {}): TIndicatorProgress {
  const target = indicator.targets.at(-1)!;
  return {
    indicator,
    available: true,
    unavailableReason: null,
    value: target.value,
    target,
    completion: '1.0000',
    expected: target.value,
    status: 'on_track',
    populationUsed: indicator.semantics === 'density' ? { year: 2024, regionCode: '440500', basis: indicator.populationBasis ?? 'registered', people: 5_660_000 } : null,
    series: [
      { year: 2020, value: indicator.baseline.value },
      { year: 2021, value: target.value },
    ],
    ...overrides,
  };
}

/** The 14th plan's progress with every indicator on track at its target, unless overridden by code. */
export function makeProgress(plan: TPlan, byCode: Record<string, Partial<TIndicatorProgress>> = {}, overrides: Partial<TPlanProgress> = {}): TPlanProgress {
  const indicators = FOURTEENTH_PLAN_TABLE.map((row, i) => makeIndicator(plan.id, row, i + 1));
  return {
    plan,
    asOf: '2025-06-30',
    district: null,
    indicators: indicators.map((indicator) => makeIndicatorProgress(indicator, byCode[indicator.code])),
    computedAt: '2025-06-30T02:15:00Z',
    stale: false,
    ...overrides,
  };
}

export function makeTaskReport(taskId: string, overrides: Partial<TTaskReport> = {}): TTaskReport {
  return {
    id: nextId(),
    taskId,
    period: '2025-H1',
    text: '已完成高价值专利培育中心建设方案',
    status: 'on_track',
    attachments: [],
    reportedBy: nextId(),
    reportedAt: '2025-07-01T02:00:00Z',
    ...overrides,
  };
}

export function makeTask(planId: string, overrides: Partial<TTask> = {}): TTask {
  return {
    id: nextId(),
    planId,
    chapter: '四（二）',
    item: '（1）',
    title: '培育高价值专利',
    responsibleDepartment: 'IP-CREATION',
    cooperatingDepartments: ['EXT-SCIENCE'],
    milestones: [],
    sortOrder: 1,
    latestReport: null,
    version: 1,
    ...overrides,
  };
}

export function makeReport(plan: TPlan, tasks: TPlanReport['tasks'] = []): TPlanReport {
  const progress = makeProgress(plan);
  return {
    plan,
    year: 2025,
    asOf: '2025-12-31',
    indicators: progress.indicators,
    summary: { ahead: 0, on_track: 10, behind: 0, no_baseline: 0, unavailable: 0 },
    tasks,
    computedAt: '2026-01-05T01:00:00Z',
    generatedAt: '2026-01-05T01:05:00Z',
  };
}
