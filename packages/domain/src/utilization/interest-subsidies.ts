import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZApprovalStatus } from './payment-approvals.js';
import { ZPositiveMoney } from './pledges.js';
import { ZRatio } from './risk-fund.js';

/**
 * Interest subsidies 质押贷款贴息 (plan 四.三): the bureau refunds an enterprise part of the
 * interest it actually paid on a pledge loan. Each period's interest is one line; the rule in
 * force on the date the interest was paid sets the subsidy ratio 贴息比例 and the annual cap per
 * enterprise 每户每年上限 (rules are data with effective dates). Lines are taken in order of
 * payment date: subsidy = interest × ratio, cut to what is left of the enterprise's cap for that
 * calendar year after its other subsidies (entered or paid, not rejected) and the lines before.
 * Payment needs a second person's approval (payment-approvals.ts).
 */

registerDomainMessages({
  'interestSubsidy.period': { 'zh-CN': '计息期止日不能早于起日', en: 'The period must not end before it starts' },
  'interestSubsidy.paidOn': { 'zh-CN': '付息日不能早于计息期起日', en: 'The interest can not be paid before its period starts' },
  'interestSubsidyRule.dates': { 'zh-CN': '失效日期不能早于生效日期', en: 'The end date must not be before the start date' },
  'interestSubsidy.amount.positive': { 'zh-CN': '金额必须大于零', en: 'The amount must be more than zero' },
});

export const ZInterestSubsidyRuleCreate = z
  .strictObject({
    subsidyRatio: ZRatio.describe('Share of the interest paid that is refunded 贴息比例, e.g. "0.5"'),
    annualCapPerEnterprise: ZPositiveMoney('interestSubsidy.amount.positive').describe('Most one enterprise receives in a calendar year 每户每年上限, yuan'),
    effectiveFrom: ZCalendarDate.describe('First interest payment date the rule applies to'),
    effectiveTo: ZCalendarDate.nullable().default(null).describe('Last interest payment date it applies to; null while in force'),
    basis: z.string().trim().min(1).max(200).nullable().default(null).describe('The policy document the rule comes from'),
    district: ZRegionCode.optional().describe('The district whose rule this is; left out, the rule is the whole region’s. A district’s own rule goes before the region’s'),
  })
  .refine((r) => r.effectiveTo === null || r.effectiveTo >= r.effectiveFrom, { path: ['effectiveTo'], params: { i18n: 'interestSubsidyRule.dates' } });
export type TInterestSubsidyRuleCreate = z.infer<typeof ZInterestSubsidyRuleCreate>;

export const ZInterestSubsidyRule = z.object({
  id: z.uuid(),
  subsidyRatio: z.string(),
  annualCapPerEnterprise: z.string(),
  effectiveFrom: ZCalendarDate,
  effectiveTo: ZCalendarDate.nullable(),
  basis: z.string().nullable(),
  district: ZRegionCode,
  createdAt: ZInstant,
});
export type TInterestSubsidyRule = z.infer<typeof ZInterestSubsidyRule>;

export const ZInterestPeriod = z
  .strictObject({
    periodFrom: ZCalendarDate.describe('First day of the interest period'),
    periodTo: ZCalendarDate.describe('Last day of the interest period'),
    paidOn: ZCalendarDate.describe('Date the interest was paid to the lender; picks the rule and the cap year'),
    interestPaid: ZPositiveMoney('interestSubsidy.amount.positive').describe('Interest actually paid for the period, yuan'),
  })
  .refine((p) => p.periodTo >= p.periodFrom, { path: ['periodTo'], params: { i18n: 'interestSubsidy.period' } })
  .refine((p) => p.paidOn >= p.periodFrom, { path: ['paidOn'], params: { i18n: 'interestSubsidy.paidOn' } });
export type TInterestPeriod = z.infer<typeof ZInterestPeriod>;

export const ZInterestSubsidyCreate = z.strictObject({
  pledgeId: z.uuid().describe('The pledge loan the interest was paid on; the enterprise is its pledgor'),
  applicationDate: ZCalendarDate.describe('Date the application was received; not after today'),
  periods: z.array(ZInterestPeriod).min(1).max(24).describe('Interest paid, one line per period'),
});
export type TInterestSubsidyCreate = z.infer<typeof ZInterestSubsidyCreate>;

/** One line of the calculation, as the officer and the enterprise read it. */
export const ZInterestSubsidyLine = z.object({
  lineNo: z.int(),
  periodFrom: ZCalendarDate,
  periodTo: ZCalendarDate,
  paidOn: ZCalendarDate,
  interestPaid: z.string(),
  ruleId: z.uuid(),
  subsidyRatio: z.string(),
  computed: z.string().describe('interestPaid × subsidyRatio, rounded to the fen'),
  capYear: z.int(),
  annualCap: z.string(),
  capRemainingBefore: z.string().describe('What was left of the enterprise’s cap for the year before this line'),
  granted: z.string().describe('min(computed, capRemainingBefore)'),
  capped: z.boolean(),
});
export type TInterestSubsidyLine = z.infer<typeof ZInterestSubsidyLine>;

export const ZInterestSubsidy = z.object({
  id: z.uuid(),
  pledgeId: z.uuid(),
  enterpriseName: z.string(),
  enterpriseCreditCode: z.string(),
  lenderName: z.string(),
  applicationDate: ZCalendarDate,
  interestTotal: z.string(),
  amount: z.string().describe('Σ granted of the lines: what is paid once approved'),
  status: ZApprovalStatus,
  paidOn: ZCalendarDate.nullable(),
  opinion: z.string().nullable(),
  enteredBy: z.uuid(),
  enteredByName: z.string(),
  decidedByName: z.string().nullable(),
  district: ZRegionCode,
  version: z.int(),
  createdAt: ZInstant,
});
export type TInterestSubsidy = z.infer<typeof ZInterestSubsidy>;

export const ZInterestSubsidyDetail = ZInterestSubsidy.extend({ lines: z.array(ZInterestSubsidyLine).describe('The calculation, in order of payment date') });
export type TInterestSubsidyDetail = z.infer<typeof ZInterestSubsidyDetail>;

export const ZInterestSubsidyListQuery = ZPageQuery.extend({
  status: ZApprovalStatus.optional(),
  pledgeId: z.uuid().optional(),
  enterpriseCreditCode: z.string().trim().min(1).max(18).optional(),
});
export type TInterestSubsidyListQuery = z.infer<typeof ZInterestSubsidyListQuery>;
