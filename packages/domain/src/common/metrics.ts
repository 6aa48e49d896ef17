import { z } from 'zod';
import { ZCalendarDate, ZInstant, ZRegionCode } from './scalars.js';

/**
 * The semantics a plan indicator's computation must respect (plan 三.二):
 * - stock: the value at a date (valid invention patents on 2025-12-31);
 * - cumulative: all-time total up to a date (patents granted, certified entities);
 * - flow: the sum or count inside a period (pledge financing 2021–2025).
 * Density (per 10,000 people) is composed by the plan layer from a stock and a population.
 */
export const METRIC_SEMANTICS = ['stock', 'cumulative', 'flow'] as const;
export const ZMetricSemantics = z.enum(METRIC_SEMANTICS);
export type TMetricSemantics = z.infer<typeof ZMetricSemantics>;

export const ZMetricDefinition = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_.]*$/),
  name: z.object({ 'zh-CN': z.string(), en: z.string() }),
  semantics: ZMetricSemantics,
  /** 件 (items), 家 (entities), 人 (people), 元 (yuan) … */
  unit: z.object({ 'zh-CN': z.string(), en: z.string() }),
  /** Whether the value can be broken down by district (`?district=`). */
  byDistrict: z.boolean(),
  description: z.string().optional(),
});
export type TMetricDefinition = z.infer<typeof ZMetricDefinition>;

/**
 * `asOf` for stock and cumulative metrics; `from`/`to` (inclusive calendar dates) for flows.
 * Without them: today in China Standard Time, and the current calendar year.
 */
export const ZMetricQuery = z.strictObject({
  asOf: ZCalendarDate.optional(),
  from: ZCalendarDate.optional(),
  to: ZCalendarDate.optional(),
  district: ZRegionCode.optional(),
});
export type TMetricQuery = z.infer<typeof ZMetricQuery>;

export const ZMetricValue = z.object({
  key: z.string(),
  semantics: ZMetricSemantics,
  /** Exact decimal as a string: counts are integers, money has two decimals. */
  value: z.string(),
  unit: z.object({ 'zh-CN': z.string(), en: z.string() }),
  asOf: ZCalendarDate.nullable(),
  from: ZCalendarDate.nullable(),
  to: ZCalendarDate.nullable(),
  /** The region or district the value covers. */
  regionCode: ZRegionCode,
  computedAt: ZInstant,
});
export type TMetricValue = z.infer<typeof ZMetricValue>;
