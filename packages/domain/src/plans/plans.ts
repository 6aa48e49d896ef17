import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';

/**
 * The plan layer (plan chapters 三 and 五): a five-year plan of a region, its indicators with
 * baselines and targets, its key tasks with milestones and progress reports, the population
 * density indicators divide by, and the progress of every indicator at a date.
 * Plans, indicators and targets are data: a new plan or target needs no code change.
 */

registerDomainMessages({
  'plan.years.order': { 'zh-CN': '结束年份不能早于开始年份', en: 'The end year must not be before the start year' },
  'plan.update.empty': { 'zh-CN': '请至少修改一项', en: 'Change at least one field' },
  'plan.decimal.format': { 'zh-CN': '数值应为十进制数字字符串，如 "4000" 或 "5.21"', en: 'Value must be a decimal string such as "4000" or "5.21"' },
  'plan.targets.uniqueYear': { 'zh-CN': '同一年份只能有一个目标值', en: 'A year has at most one target' },
  'plan.indicator.density': { 'zh-CN': '密度指标须指定人口口径（常住或户籍）', en: 'A density indicator needs a population basis (resident or registered)' },
  'plan.indicator.notDensity': { 'zh-CN': '只有密度指标才有人口口径', en: 'Only a density indicator has a population basis' },
  'plan.indicator.codes.unique': { 'zh-CN': '指标编号不能重复', en: 'An indicator code is listed twice' },
  'plan.departmentCode.format': { 'zh-CN': '部门编号应为大写字母、数字或连字符，如 IP-CREATION', en: 'Department code: capital letters, digits or hyphens, like IP-CREATION' },
  'plan.period.format': { 'zh-CN': '报告期应如 2024、2024-H1、2024-Q3 或 2024-07', en: 'Period: write it like 2024, 2024-H1, 2024-Q3 or 2024-07' },
  'plan.milestone.doneOn': { 'zh-CN': '完成日期不能晚于今天', en: 'The completion date must not be in the future' },
});

/** A text in Chinese (shown first) and English. */
export const ZLocalizedText = z.object({
  'zh-CN': z.string().trim().min(1).max(300),
  en: z.string().trim().min(1).max(300),
});
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

/** A calendar year a plan can speak of. */
export const ZPlanYear = z.int().min(1990).max(2100);

/** An exact decimal as a string ("4000", "5.21", "800000000.00"); never a binary float. */
export const ZDecimalString = z
  .string()
  .refine((v) => /^-?\d{1,18}(\.\d{1,6})?$/.test(v), { params: { i18n: 'plan.decimal.format' } });

/** draft: being prepared, not shown on the dashboard; active: being carried out; closed: finished and evaluated. */
export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export const ZPlanStatus = z.enum(PLAN_STATUSES);
export type TPlanStatus = z.infer<typeof ZPlanStatus>;
export const PLAN_STATUS_LABELS: Record<TPlanStatus, { zh: string; en: string }> = {
  draft: { zh: '草案', en: 'Draft' },
  active: { zh: '实施中', en: 'Active' },
  closed: { zh: '已结束', en: 'Closed' },
};

/** The pillar (and so the service) whose metric an indicator is computed from. */
export const PLAN_PILLARS = ['creation', 'utilization', 'protection', 'public-services'] as const;
export const ZPlanPillar = z.enum(PLAN_PILLARS);
export type TPlanPillar = z.infer<typeof ZPlanPillar>;
export const PLAN_PILLAR_LABELS: Record<TPlanPillar, { zh: string; en: string }> = {
  creation: { zh: '知识产权创造', en: 'Creation' },
  utilization: { zh: '知识产权运用', en: 'Utilization' },
  protection: { zh: '知识产权保护', en: 'Protection' },
  'public-services': { zh: '知识产权公共服务', en: 'Public services' },
};

/**
 * How an indicator's value is computed from its pillar metric (DOMAIN.md, plan 三.二):
 * - stock: the metric's value at the date (valid invention patents on 2025-12-31);
 * - cumulative: the all-time total up to the date (patents granted, certified entities);
 * - flow: the sum or count from the plan's first day to the date (pledge financing 2021–2025);
 * - density: the stock metric at the date ÷ population × 10,000 (per 10k people).
 */
export const INDICATOR_SEMANTICS = ['stock', 'cumulative', 'flow', 'density'] as const;
export const ZIndicatorSemantics = z.enum(INDICATOR_SEMANTICS);
export type TIndicatorSemantics = z.infer<typeof ZIndicatorSemantics>;
export const INDICATOR_SEMANTICS_LABELS: Record<TIndicatorSemantics, { zh: string; en: string }> = {
  stock: { zh: '存量', en: 'Stock' },
  cumulative: { zh: '累计', en: 'Cumulative' },
  flow: { zh: '期内新增', en: 'Period flow' },
  density: { zh: '每万人密度', en: 'Per 10k people' },
};

/** resident 常住人口 (census) or registered 户籍人口 (household registration). */
export const POPULATION_BASES = ['resident', 'registered'] as const;
export const ZPopulationBasis = z.enum(POPULATION_BASES);
export type TPopulationBasis = z.infer<typeof ZPopulationBasis>;
export const POPULATION_BASIS_LABELS: Record<TPopulationBasis, { zh: string; en: string }> = {
  resident: { zh: '常住人口', en: 'Resident population' },
  registered: { zh: '户籍人口', en: 'Registered population' },
};

/** A pillar metric key, as in `GET /api/<service>/metrics/<key>`. */
export const ZMetricKey = z.string().regex(/^[a-z][a-z0-9_.]*$/).max(80);

/** A department by its code in the department tree (`IP-CREATION`), or an outside body (`EXT-COURT`). */
export const ZDepartmentCode = z.string().refine((v) => /^[A-Z][A-Z0-9-]{1,39}$/.test(v), { params: { i18n: 'plan.departmentCode.format' } });

// ─── Plans ──────────────────────────────────────────────────────────────────────────────────

export const ZPlan = z.object({
  id: z.uuid(),
  /** e.g. 汕头市知识产权“十四五”规划 / Shantou 14th Five-Year IP Plan. */
  name: ZLocalizedText,
  /** The region the plan belongs to (440500 Shantou); its districts are broken down under it. */
  regionCode: ZRegionCode,
  /** First calendar year of the plan period (2021). */
  startYear: ZPlanYear,
  /** Last calendar year of the plan period (2025); flows run to its 12-31. */
  endYear: ZPlanYear,
  status: ZPlanStatus,
  /** Optimistic-locking version; send it back on every change. */
  version: z.int().min(1),
  createdAt: ZInstant,
  updatedAt: ZInstant,
});
export type TPlan = z.infer<typeof ZPlan>;

export const ZIndicatorTarget = z.object({
  /** The year whose 12-31 the target is for (2025). */
  year: ZPlanYear,
  /** The target value in the indicator's unit, exact decimal. */
  value: ZDecimalString,
});
export type TIndicatorTarget = z.infer<typeof ZIndicatorTarget>;

export const ZIndicatorBaseline = z.object({
  /** The year whose 12-31 the baseline holds at (2020 for the 14th plan). */
  year: ZPlanYear,
  /** The baseline as the plan states it; null when the plan does not state one. */
  value: ZDecimalString.nullable(),
  /** What the plan says about the baseline, verbatim where useful (e.g. "2016–2020 新增专利授权66936件"). */
  note: z.string().max(500).nullable(),
});
export type TIndicatorBaseline = z.infer<typeof ZIndicatorBaseline>;

const ZTargets = z
  .array(ZIndicatorTarget)
  .min(1)
  .max(20)
  .refine((targets) => new Set(targets.map((t) => t.year)).size === targets.length, { params: { i18n: 'plan.targets.uniqueYear' } })
  .overwrite((targets) => [...targets].sort((a, b) => a.year - b.year));

const indicatorFields = {
  /** Short stable code within the plan (`valid_invention_patents`), used in reports and URLs. */
  code: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/),
  /** 有效发明专利量 / Valid invention patents. */
  name: ZLocalizedText,
  /** The pillar whose service computes the metric. */
  pillar: ZPlanPillar,
  /** The pillar metric the value is computed from; for density, the numerator (a stock metric). */
  metricKey: ZMetricKey,
  semantics: ZIndicatorSemantics,
  /** Density only: which population the stock is divided by; null for every other semantics. */
  populationBasis: ZPopulationBasis.nullable(),
  /** 件 / items, 元 / yuan, 人 / people, 件/万人 / per 10k people. */
  unit: ZLocalizedText,
  /** Decimals the value is shown and rounded with (density 2, money 2, counts 0). */
  decimals: z.int().min(0).max(6),
  baseline: ZIndicatorBaseline,
  /** Targets by year (the plan's end year at least); sorted by year. */
  targets: ZTargets,
  /** The department that supplies the figure (数据来源), e.g. 市知识产权局. */
  sourceDepartment: z.string().trim().min(1).max(100),
  /** Position in the plan's table, ascending. */
  sortOrder: z.int().min(0).max(10_000),
};

function checkDensityBasis(value: { semantics: TIndicatorSemantics; populationBasis?: TPopulationBasis | null }, ctx: z.core.$RefinementCtx) {
  if (value.semantics === 'density' && !value.populationBasis) {
    ctx.addIssue({ code: 'custom', path: ['populationBasis'], params: { i18n: 'plan.indicator.density' }, input: value.populationBasis });
  }
  if (value.semantics !== 'density' && value.populationBasis) {
    ctx.addIssue({ code: 'custom', path: ['populationBasis'], params: { i18n: 'plan.indicator.notDensity' }, input: value.populationBasis });
  }
}

/** Body of `POST /plans/:id/indicators` (and each entry of a plan created with its indicators). */
export const ZIndicatorCreate = z
  .strictObject({ ...indicatorFields, populationBasis: ZPopulationBasis.nullable().default(null) })
  .superRefine(checkDensityBasis);
export type TIndicatorCreate = z.infer<typeof ZIndicatorCreate>;

/** Body of `PATCH /plans/:id/indicators/:indicatorId`: any fields plus the version read. */
export const ZIndicatorUpdate = z
  .strictObject(indicatorFields)
  .partial()
  .extend({ version: z.int().min(1) })
  .refine((v) => Object.keys(v).some((k) => k !== 'version'), { params: { i18n: 'plan.update.empty' } });
export type TIndicatorUpdate = z.infer<typeof ZIndicatorUpdate>;

export const ZIndicator = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  ...indicatorFields,
  populationBasis: ZPopulationBasis.nullable(),
  version: z.int().min(1),
});
export type TIndicator = z.infer<typeof ZIndicator>;

const planFields = {
  name: ZLocalizedText,
  /** The plan's region; the caller's region when omitted. */
  regionCode: ZRegionCode.optional(),
  startYear: ZPlanYear,
  endYear: ZPlanYear,
};

/** Body of `POST /plans`: a draft plan, optionally with its indicators in the same call. */
export const ZPlanCreate = z
  .strictObject({
    ...planFields,
    indicators: z
      .array(ZIndicatorCreate)
      .max(100)
      .default([])
      .refine((list) => new Set(list.map((i) => i.code)).size === list.length, { params: { i18n: 'plan.indicator.codes.unique' } }),
  })
  .refine((p) => p.endYear >= p.startYear, { path: ['endYear'], params: { i18n: 'plan.years.order' } });
export type TPlanCreate = z.infer<typeof ZPlanCreate>;

/** Body of `PATCH /plans/:id`: name or period, against the version read. */
export const ZPlanUpdate = z
  .strictObject({ name: ZLocalizedText.optional(), startYear: ZPlanYear.optional(), endYear: ZPlanYear.optional(), version: z.int().min(1) })
  .refine((v) => v.name !== undefined || v.startYear !== undefined || v.endYear !== undefined, { params: { i18n: 'plan.update.empty' } });
export type TPlanUpdate = z.infer<typeof ZPlanUpdate>;

/** Body of `POST /plans/:id/status`: activate a draft, close an active plan. */
export const ZPlanStatusChange = z.strictObject({ status: ZPlanStatus, version: z.int().min(1) });
export type TPlanStatusChange = z.infer<typeof ZPlanStatusChange>;

/** draft → active → closed; a closed plan may be reopened (active) to correct its evaluation. */
export const PLAN_STATUS_TRANSITIONS: Record<TPlanStatus, readonly TPlanStatus[]> = {
  draft: ['active'],
  active: ['closed'],
  closed: ['active'],
};

export const ZPlanListQuery = ZPageQuery.extend({
  status: ZPlanStatus.optional(),
  regionCode: ZRegionCode.optional(),
});
export type TPlanListQuery = z.infer<typeof ZPlanListQuery>;

/** `GET /plans/:id`: the plan with its indicators in table order. */
export const ZPlanDetail = ZPlan.extend({ indicators: z.array(ZIndicator) });
export type TPlanDetail = z.infer<typeof ZPlanDetail>;

// ─── Key tasks ──────────────────────────────────────────────────────────────────────────────

export const ZMilestoneInput = z.strictObject({
  title: z.string().trim().min(1).max(300),
  /** When the milestone is due. */
  dueDate: ZCalendarDate,
  /** When it was reached; null while open. */
  doneOn: ZCalendarDate.nullable().default(null),
});
export type TMilestoneInput = z.infer<typeof ZMilestoneInput>;

export const ZMilestone = z.object({
  title: z.string(),
  dueDate: ZCalendarDate,
  doneOn: ZCalendarDate.nullable(),
  /** Open and past its due date (China Standard Time, today). */
  overdue: z.boolean(),
});
export type TMilestone = z.infer<typeof ZMilestone>;

const taskFields = {
  /** Chapter of the plan the task comes from, e.g. 四（二）. */
  chapter: z.string().trim().min(1).max(40),
  /** Item within the chapter, e.g. （3）. */
  item: z.string().trim().min(1).max(40),
  /** The task as the plan words it (Chinese). */
  title: z.string().trim().min(1).max(300),
  /** Code of the responsible department (牵头部门). */
  responsibleDepartment: ZDepartmentCode,
  /** Codes of the cooperating departments (配合部门). */
  cooperatingDepartments: z.array(ZDepartmentCode).max(30).default([]),
  milestones: z.array(ZMilestoneInput).max(50).default([]),
  /** Position on the task board, ascending. */
  sortOrder: z.int().min(0).max(10_000).default(0),
};

export const ZTaskCreate = z.strictObject(taskFields);
export type TTaskCreate = z.infer<typeof ZTaskCreate>;

export const ZTaskUpdate = z
  .strictObject({
    chapter: taskFields.chapter.optional(),
    item: taskFields.item.optional(),
    title: taskFields.title.optional(),
    responsibleDepartment: ZDepartmentCode.optional(),
    cooperatingDepartments: z.array(ZDepartmentCode).max(30).optional(),
    /** Replaces the whole milestone list (mark one done by sending it with `doneOn`). */
    milestones: z.array(ZMilestoneInput).max(50).optional(),
    sortOrder: z.int().min(0).max(10_000).optional(),
    version: z.int().min(1),
  })
  .refine((v) => Object.keys(v).some((k) => k !== 'version'), { params: { i18n: 'plan.update.empty' } });
export type TTaskUpdate = z.infer<typeof ZTaskUpdate>;

/** not_started 未启动, on_track 按计划推进, at_risk 存在风险, delayed 滞后, done 已完成. */
export const TASK_REPORT_STATUSES = ['not_started', 'on_track', 'at_risk', 'delayed', 'done'] as const;
export const ZTaskReportStatus = z.enum(TASK_REPORT_STATUSES);
export type TTaskReportStatus = z.infer<typeof ZTaskReportStatus>;
export const TASK_REPORT_STATUS_LABELS: Record<TTaskReportStatus, { zh: string; en: string }> = {
  not_started: { zh: '未启动', en: 'Not started' },
  on_track: { zh: '按计划推进', en: 'On track' },
  at_risk: { zh: '存在风险', en: 'At risk' },
  delayed: { zh: '滞后', en: 'Delayed' },
  done: { zh: '已完成', en: 'Done' },
};

export const ZAttachment = z.strictObject({
  name: z.string().trim().min(1).max(200),
  url: z.url().max(1000),
});
export type TAttachment = z.infer<typeof ZAttachment>;

/** A reporting period: a year (2024), half (2024-H1), quarter (2024-Q3) or month (2024-07). */
export const ZReportPeriod = z.string().refine((v) => /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/.test(v), { params: { i18n: 'plan.period.format' } });

export const ZTaskReportCreate = z.strictObject({
  period: ZReportPeriod,
  /** What was done in the period (Chinese). */
  text: z.string().trim().min(1).max(5000),
  status: ZTaskReportStatus,
  attachments: z.array(ZAttachment).max(20).default([]),
});
export type TTaskReportCreate = z.infer<typeof ZTaskReportCreate>;

export const ZTaskReport = z.object({
  id: z.uuid(),
  taskId: z.uuid(),
  period: z.string(),
  text: z.string(),
  status: ZTaskReportStatus,
  attachments: z.array(z.object({ name: z.string(), url: z.string() })),
  /** The user who reported it. */
  reportedBy: z.uuid(),
  reportedAt: ZInstant,
});
export type TTaskReport = z.infer<typeof ZTaskReport>;

export const ZTask = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  chapter: z.string(),
  item: z.string(),
  title: z.string(),
  responsibleDepartment: z.string(),
  cooperatingDepartments: z.array(z.string()),
  milestones: z.array(ZMilestone),
  sortOrder: z.int(),
  /** The most recent progress report (latest period, then latest reported), if any. */
  latestReport: ZTaskReport.nullable(),
  version: z.int().min(1),
});
export type TTask = z.infer<typeof ZTask>;

export const ZTaskListQuery = z.strictObject({
  /** Only tasks this department leads or cooperates on. */
  department: ZDepartmentCode.optional(),
});
export type TTaskListQuery = z.infer<typeof ZTaskListQuery>;

// ─── Population ─────────────────────────────────────────────────────────────────────────────

export const ZPopulationInput = z.strictObject({
  /** The year whose year-end (or census) figure this is. */
  year: ZPlanYear,
  /** The city or one of its districts. */
  regionCode: ZRegionCode,
  basis: ZPopulationBasis,
  /** Number of people (not 万人). */
  people: z.int().min(1).max(2_000_000_000),
  /** Where the figure comes from (统计年鉴, 第七次全国人口普查公报 …). */
  source: z.string().trim().min(1).max(300),
});
export type TPopulationInput = z.infer<typeof ZPopulationInput>;

export const ZPopulation = ZPopulationInput.extend({ id: z.uuid(), version: z.int().min(1) });
export type TPopulation = z.infer<typeof ZPopulation>;

/** `PUT /population`: one row per (year, region, basis), created or replaced. */
export const ZPopulationUpsert = ZPopulationInput;

export const ZPopulationListQuery = z.strictObject({
  year: z.coerce.number().pipe(ZPlanYear).optional(),
  regionCode: ZRegionCode.optional(),
  basis: ZPopulationBasis.optional(),
});
export type TPopulationListQuery = z.infer<typeof ZPopulationListQuery>;

// ─── Progress ───────────────────────────────────────────────────────────────────────────────

/**
 * ahead: above the straight line from baseline to target by more than the tolerance;
 * on_track: within it; behind: below it; no_baseline: the plan states no baseline, so no line.
 */
export const INDICATOR_STATUSES = ['ahead', 'on_track', 'behind', 'no_baseline'] as const;
export const ZIndicatorStatus = z.enum(INDICATOR_STATUSES);
export type TIndicatorStatus = z.infer<typeof ZIndicatorStatus>;
export const INDICATOR_STATUS_LABELS: Record<TIndicatorStatus, { zh: string; en: string }> = {
  ahead: { zh: '超前', en: 'Ahead' },
  on_track: { zh: '正常', en: 'On track' },
  behind: { zh: '滞后', en: 'Behind' },
  no_baseline: { zh: '无基期值', en: 'No baseline' },
};

/** The relative tolerance around the expected line within which an indicator is on track. */
export const PROGRESS_TOLERANCE = 0.05;

export const ZProgressQuery = z.strictObject({
  /** The date the values hold at; today (China Standard Time) when omitted. */
  asOf: ZCalendarDate.optional(),
  /** One district of the plan's region; the whole region when omitted. */
  district: ZRegionCode.optional(),
});
export type TProgressQuery = z.infer<typeof ZProgressQuery>;

export const ZPopulationUsed = z.object({
  year: ZPlanYear,
  regionCode: ZRegionCode,
  basis: ZPopulationBasis,
  people: z.int(),
});
export type TPopulationUsed = z.infer<typeof ZPopulationUsed>;

export const ZSeriesPoint = z.object({
  year: ZPlanYear,
  /** Value at the year's 12-31 (or at `asOf` in its own year); for flows the flow inside that year. Null when it could not be computed. */
  value: ZDecimalString.nullable(),
});

export const ZIndicatorProgress = z.object({
  indicator: ZIndicator,
  /** False when the pillar could not answer (down, error, unknown metric) or no population fits. */
  available: z.boolean(),
  /** Why it is unavailable (Chinese and English), null when available. */
  unavailableReason: ZLocalizedText.nullable(),
  /** The value at `asOf` in the indicator's unit, rounded to its decimals; null when unavailable. */
  value: ZDecimalString.nullable(),
  /** The target being worked toward: the first target whose year is ≥ the year of `asOf`, else the last. */
  target: ZIndicatorTarget.nullable(),
  /** value ÷ target, 4 decimals ("0.7373" = 73.73 %); null when unavailable or the target is 0. */
  completion: ZDecimalString.nullable(),
  /** Where the straight line from baseline (or 0 at the plan start for flows) to target stands at `asOf`. */
  expected: ZDecimalString.nullable(),
  /** null when unavailable. */
  status: ZIndicatorStatus.nullable(),
  /** Density only: the population divided by (latest year ≤ the year of `asOf`). */
  populationUsed: ZPopulationUsed.nullable(),
  /** One point per year from the baseline year to min(year of asOf, plan end year). */
  series: z.array(ZSeriesPoint),
});
export type TIndicatorProgress = z.infer<typeof ZIndicatorProgress>;

export const ZPlanProgress = z.object({
  plan: ZPlan,
  asOf: ZCalendarDate,
  /** The district the figures cover, or null for the plan's whole region. */
  district: ZRegionCode.nullable(),
  indicators: z.array(ZIndicatorProgress),
  /** When these figures were computed from the pillars. */
  computedAt: ZInstant,
  /**
   * True when the figures are older than the cache's time-to-live or facts changed since
   * (an invalidation): they are served at once and recomputed in the background.
   */
  stale: z.boolean(),
});
export type TPlanProgress = z.infer<typeof ZPlanProgress>;

// ─── Evaluation report ──────────────────────────────────────────────────────────────────────

export const ZReportQuery = z.strictObject({
  /** The year evaluated; values are taken at its 12-31 (or today if it has not ended). */
  year: z.coerce.number().pipe(ZPlanYear),
});
export type TReportQuery = z.infer<typeof ZReportQuery>;

export const ZPlanReport = z.object({
  plan: ZPlan,
  year: ZPlanYear,
  /** The date the indicator values hold at. */
  asOf: ZCalendarDate,
  /** The indicator table with values at `asOf`. */
  indicators: z.array(ZIndicatorProgress),
  /** Counts of indicators by status, for the summary paragraph. */
  summary: z.object({ ahead: z.int(), on_track: z.int(), behind: z.int(), no_baseline: z.int(), unavailable: z.int() }),
  /** Every task with its reports of periods in `year`, latest first. */
  tasks: z.array(ZTask.extend({ reports: z.array(ZTaskReport) })),
  computedAt: ZInstant,
  generatedAt: ZInstant,
});
export type TPlanReport = z.infer<typeof ZPlanReport>;
