import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZApprovalStatus } from './payment-approvals.js';
import { ZPositiveMoney } from './pledges.js';

/**
 * Risk-compensation fund 知识产权质押融资风险补偿资金 (plan 四.三): public money set aside to share a
 * lender's loss on a defaulted pledge loan. The fund is a ledger: contributions 注资 by funders
 * (the city, a district, a bank), claim payments 代偿 to lenders, each traceable to its loan, and
 * recoveries 追偿回收 returned to it. Entries are only ever added; the balance at any date is the
 * sum of the entries dated up to it and can never be negative.
 *
 * A lender's claim is paid at the compensation ratio 补偿比例 and capped per loan 单笔上限 by the
 * fund rule in force on the loan's default date (rules are data with effective dates), and
 * only after a second person approves it (payment-approvals.ts).
 */

registerDomainMessages({
  'fund.ratio.format': { 'zh-CN': '比例须为大于0且不超过1的小数，最多4位小数（如 0.4）', en: 'The ratio must be a decimal above 0 and at most 1, with up to 4 decimals (e.g. 0.4)' },
  'fund.amount.positive': { 'zh-CN': '金额必须大于零', en: 'The amount must be more than zero' },
  'fund.rule.dates': { 'zh-CN': '失效日期不能早于生效日期', en: 'The end date must not be before the start date' },
});

/** A share as a decimal string: above 0, at most 1, up to 4 decimals ("0.4", "0.0350"). */
export const ZRatio = z
  .string()
  .trim()
  .refine((v) => /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/.test(v) && !/^0(\.0*)?$/.test(v), { params: { i18n: 'fund.ratio.format' } })
  .describe('A share as a decimal string, above 0 and at most 1, e.g. "0.4"');

export const ZFundCreate = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Name of the fund, e.g. 汕头市知识产权质押融资风险补偿资金'),
  district: ZRegionCode.optional().describe('The district whose fund this is; left out, the fund is the whole region’s (the city’s fund)'),
});
export type TFundCreate = z.infer<typeof ZFundCreate>;

export const ZFund = z.object({
  id: z.uuid(),
  name: z.string(),
  district: ZRegionCode,
  balance: z.string().describe('Balance now: Σ of all entries, never negative'),
  createdAt: ZInstant,
});
export type TFund = z.infer<typeof ZFund>;

// ---- Rules 补偿规则 -------------------------------------------------------------------------

export const ZFundRuleCreate = z
  .strictObject({
    compensationRatio: ZRatio.describe('Share of the lender’s loss the fund pays 补偿比例, e.g. "0.4"'),
    capPerLoan: ZPositiveMoney('fund.amount.positive').describe('Most the fund pays on one loan 单笔补偿上限, yuan'),
    effectiveFrom: ZCalendarDate.describe('First default date the rule applies to'),
    effectiveTo: ZCalendarDate.nullable().default(null).describe('Last default date it applies to; null while in force'),
    basis: z.string().trim().min(1).max(200).nullable().default(null).describe('The policy document the rule comes from'),
  })
  .refine((r) => r.effectiveTo === null || r.effectiveTo >= r.effectiveFrom, { path: ['effectiveTo'], params: { i18n: 'fund.rule.dates' } });
export type TFundRuleCreate = z.infer<typeof ZFundRuleCreate>;

export const ZFundRule = z.object({
  id: z.uuid(),
  fundId: z.uuid(),
  compensationRatio: z.string(),
  capPerLoan: z.string(),
  effectiveFrom: ZCalendarDate,
  effectiveTo: ZCalendarDate.nullable(),
  basis: z.string().nullable(),
  createdAt: ZInstant,
});
export type TFundRule = z.infer<typeof ZFundRule>;

// ---- Ledger 台账 ---------------------------------------------------------------------------

export const FUND_ENTRY_KINDS = ['contribution', 'claim_payment', 'recovery'] as const;
export const ZFundEntryKind = z.enum(FUND_ENTRY_KINDS);
export type TFundEntryKind = z.infer<typeof ZFundEntryKind>;
export const FUND_ENTRY_KIND_LABELS: Record<TFundEntryKind, { zh: string; en: string }> = {
  contribution: { zh: '注资', en: 'Contribution' },
  claim_payment: { zh: '代偿支付', en: 'Claim payment' },
  recovery: { zh: '追偿回收', en: 'Recovery' },
};

export const ZFundContribution = z.strictObject({
  funderName: z.string().trim().min(1).max(200).describe('Who put the money in 出资方, e.g. 汕头市财政局'),
  entryDate: ZCalendarDate.describe('Date the money reached the fund; not after today'),
  amount: ZPositiveMoney('fund.amount.positive').describe('Yuan, exact decimal'),
  note: z.string().trim().max(500).optional(),
});
export type TFundContribution = z.infer<typeof ZFundContribution>;

export const ZFundEntry = z.object({
  id: z.uuid(),
  seq: z.int().describe('Order of recording'),
  kind: ZFundEntryKind,
  entryDate: ZCalendarDate,
  amount: z.string().describe('Yuan, positive; a claim payment takes it out, the others put it in'),
  signedAmount: z.string().describe('The amount with its direction: negative for a claim payment'),
  balanceAfter: z.string().describe('Balance of the fund at the end of the entry’s date'),
  funderName: z.string().nullable(),
  pledgeId: z.uuid().nullable().describe('The loan a claim payment or recovery belongs to'),
  claimId: z.uuid().nullable(),
  note: z.string().nullable(),
  recordedAt: ZInstant,
  recordedByName: z.string(),
});
export type TFundEntry = z.infer<typeof ZFundEntry>;

export const ZFundLedgerQuery = ZPageQuery.extend({
  from: ZCalendarDate.optional(),
  to: ZCalendarDate.optional(),
  kind: ZFundEntryKind.optional(),
});
export type TFundLedgerQuery = z.infer<typeof ZFundLedgerQuery>;

export const ZFundBalanceQuery = z.object({ asOf: ZCalendarDate.optional().describe('Date the balance holds at; today when left out') });
export type TFundBalanceQuery = z.infer<typeof ZFundBalanceQuery>;

export const ZFundBalance = z.object({
  fundId: z.uuid(),
  asOf: ZCalendarDate,
  balance: z.string(),
  contributed: z.string().describe('Σ contributions up to the date'),
  claimsPaid: z.string().describe('Σ claim payments up to the date'),
  recovered: z.string().describe('Σ recoveries up to the date'),
});
export type TFundBalance = z.infer<typeof ZFundBalance>;

/** The balance at the end of each day that has entries: the chart of the fund over time. */
export const ZFundBalancePoint = z.object({ date: ZCalendarDate, balance: z.string() });
export const ZFundBalanceSeries = z.object({ fundId: z.uuid(), points: z.array(ZFundBalancePoint) });
export type TFundBalanceSeries = z.infer<typeof ZFundBalanceSeries>;

// ---- Claims 代偿申请 -----------------------------------------------------------------------

export const ZFundClaimCreate = z.strictObject({
  fundId: z.uuid(),
  pledgeId: z.uuid().describe('The defaulted pledge loan the lender claims on'),
  lossAmount: ZPositiveMoney('fund.amount.positive').describe('The lender’s loss on the loan 贷款损失 (at most its outstanding principal)'),
  claimDate: ZCalendarDate.describe('Date the lender’s claim was received; not before the default, not after today'),
  note: z.string().trim().max(500).optional(),
});
export type TFundClaimCreate = z.infer<typeof ZFundClaimCreate>;

export const ZFundClaim = z.object({
  id: z.uuid(),
  fundId: z.uuid(),
  pledgeId: z.uuid(),
  lenderName: z.string(),
  pledgorName: z.string(),
  pledgorCreditCode: z.string(),
  defaultDate: ZCalendarDate,
  claimDate: ZCalendarDate,
  lossAmount: z.string(),
  ruleId: z.uuid(),
  compensationRatio: z.string(),
  capPerLoan: z.string(),
  computedAmount: z.string().describe('lossAmount × compensationRatio, rounded to the fen'),
  amount: z.string().describe('What the fund pays: the computed amount, at most the cap per loan'),
  capped: z.boolean().describe('True when the cap cut the computed amount'),
  recoveredAmount: z.string().describe('Σ recoveries returned to the fund on this claim'),
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
export type TFundClaim = z.infer<typeof ZFundClaim>;

export const ZFundClaimListQuery = ZPageQuery.extend({
  fundId: z.uuid().optional(),
  status: ZApprovalStatus.optional(),
  pledgeId: z.uuid().optional(),
});
export type TFundClaimListQuery = z.infer<typeof ZFundClaimListQuery>;

export const ZFundRecovery = z.strictObject({
  entryDate: ZCalendarDate.describe('Date the recovered money reached the fund'),
  amount: ZPositiveMoney('fund.amount.positive').describe('At most what the claim paid less what was recovered already'),
  note: z.string().trim().max(500).optional(),
});
export type TFundRecovery = z.infer<typeof ZFundRecovery>;
