import { z } from 'zod';
import { ZCalendarDate, ZRegionCode } from '../common/scalars.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZCreditCode } from '../validators/credit-code.js';

/**
 * Supervision by results, not volume 以结果为导向的监管 (plan 四.五): per agency and per agent,
 * how the applications they filed fared — facts the creation pillar answers over HTTP
 * (`ZAgencyFacts` in `@ipbureau/domain/creation`) — ranked, with outliers flagged for inspection.
 *
 * grant rate = granted / (granted + refusedOrWithdrawn): applications still pending are left out.
 * abnormal share = flaggedAbnormal / filed.
 */
registerDomainMessages({
  'supervisionResults.period': { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
});

export const ZSupervisionResultsQuery = z
  .strictObject({
    from: ZCalendarDate.describe('First filing date counted (inclusive)'),
    to: ZCalendarDate.describe('Last filing date counted (inclusive)'),
    district: ZRegionCode.optional().describe('Only applications of this district'),
  })
  .check(
    z.superRefine((q, ctx) => {
      if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], params: { i18n: 'supervisionResults.period' }, input: q.to });
    }),
  );
export type TSupervisionResultsQuery = z.infer<typeof ZSupervisionResultsQuery>;

/**
 * When an agency or agent is flagged for inspection 列为重点检查对象. Configuration, not code
 * (`SUPERVISION_OUTLIER_RULE` in the service's environment, JSON); the answer states the rule it
 * applied. Either condition flags; neither applies below `minFiled` applications (too few to judge).
 */
export const ZOutlierRule = z.strictObject({
  /** Abnormal share strictly above this flags (0.05 = 5 %). */
  abnormalShareAbove: z.number().min(0).max(1),
  /** Grant rate below the city's overall rate by more than this flags (0.15 = 15 points). */
  grantRateBelowCityBy: z.number().min(0).max(1),
  /** Fewer applications filed in the period than this: never flagged. */
  minFiled: z.int().min(1),
});
export type TOutlierRule = z.infer<typeof ZOutlierRule>;

export const DEFAULT_OUTLIER_RULE: TOutlierRule = { abnormalShareAbove: 0.05, grantRateBelowCityBy: 0.15, minFiled: 10 };

export const OUTLIER_REASONS = ['abnormal_share', 'low_grant_rate'] as const;
export const ZOutlierReason = z.enum(OUTLIER_REASONS);
export type TOutlierReason = z.infer<typeof ZOutlierReason>;

export const OUTLIER_REASON_LABELS: Record<TOutlierReason, { zh: string; en: string }> = {
  abnormal_share: { zh: '非正常申请占比偏高', en: 'High share of abnormal applications' },
  low_grant_rate: { zh: '授权率明显低于全市', en: 'Grant rate well below the city’s' },
};

const results = {
  filed: z.int().min(0),
  granted: z.int().min(0),
  refusedOrWithdrawn: z.int().min(0),
  flaggedAbnormal: z.int().min(0),
  /** Fraction 0–1 rounded to 4 places; null when nothing was decided. */
  grantRate: z.number().min(0).max(1).nullable(),
  /** Fraction 0–1 rounded to 4 places; null when nothing was filed. */
  abnormalShare: z.number().min(0).max(1).nullable(),
  outlier: z.boolean(),
  outlierReasons: z.array(ZOutlierReason),
};

export const ZAgentResult = z.object({
  licenceNumber: z.string(),
  /** The agent in this pillar's register, when known there. */
  agentId: z.uuid().nullable(),
  name: z.string().nullable(),
  ...results,
});
export type TAgentResult = z.infer<typeof ZAgentResult>;

export const ZAgencyResult = z.object({
  /** 1 = the first to inspect: flagged first, then by abnormal share (high first), then grant rate (low first). */
  rank: z.int().min(1),
  creditCode: ZCreditCode,
  /** The agency in this pillar's register, when known there. */
  agencyId: z.uuid().nullable(),
  name: z.string().nullable(),
  ...results,
  agents: z.array(ZAgentResult),
});
export type TAgencyResult = z.infer<typeof ZAgencyResult>;

export const ZSupervisionResults = z.object({
  from: ZCalendarDate,
  to: ZCalendarDate,
  district: ZRegionCode.nullable(),
  /** The city's (or district's) grant rate over all agencies, the yardstick of `low_grant_rate`. */
  overallGrantRate: z.number().min(0).max(1).nullable(),
  overallAbnormalShare: z.number().min(0).max(1).nullable(),
  rule: ZOutlierRule,
  agencies: z.array(ZAgencyResult),
});
export type TSupervisionResults = z.infer<typeof ZSupervisionResults>;

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The two rates of one row of facts. */
export function resultRates(f: { filed: number; granted: number; refusedOrWithdrawn: number; flaggedAbnormal: number }): { grantRate: number | null; abnormalShare: number | null } {
  const decided = f.granted + f.refusedOrWithdrawn;
  return { grantRate: decided === 0 ? null : round4(f.granted / decided), abnormalShare: f.filed === 0 ? null : round4(f.flaggedAbnormal / f.filed) };
}

/** Why a row is flagged under the rule, given the overall grant rate; none below `minFiled`. */
export function outlierReasons(
  row: { filed: number; grantRate: number | null; abnormalShare: number | null },
  overallGrantRate: number | null,
  rule: TOutlierRule,
): TOutlierReason[] {
  if (row.filed < rule.minFiled) return [];
  const reasons: TOutlierReason[] = [];
  if (row.abnormalShare !== null && row.abnormalShare > rule.abnormalShareAbove) reasons.push('abnormal_share');
  if (row.grantRate !== null && overallGrantRate !== null && overallGrantRate - row.grantRate > rule.grantRateBelowCityBy + 1e-9) reasons.push('low_grant_rate');
  return reasons;
}
