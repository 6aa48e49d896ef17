import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { compareMoney, ZMoney } from '../money/money.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZIpRight } from './product-shared.js';
import { allowedActions, ZVersion, type TTransitionTable } from '../common/lifecycle.js';
import { ZPositiveMoney } from './pledges.js';
import { ZPremiumSubsidyPayment } from './premium-subsidies.js';

/**
 * IP insurance 知识产权保险 (plan 四.三): policies an insurer writes for an enterprise, with the
 * premium subsidy 保费补贴 the bureau grants (entered here as decided; its payment goes through
 * the utilization pillar's maker-checker, see premium-subsidies.ts), and the claims made on them.
 */
export const INSURANCE_KINDS = ['patent_enforcement', 'infringement_liability', 'pledge_loan_guarantee', 'overseas'] as const;
export const ZInsuranceKind = z.enum(INSURANCE_KINDS);
export type TInsuranceKind = z.infer<typeof ZInsuranceKind>;

export const INSURANCE_KIND_LABELS: Record<TInsuranceKind, { zh: string; en: string }> = {
  patent_enforcement: { zh: '专利执行保险', en: 'Patent enforcement' },
  infringement_liability: { zh: '侵权责任保险', en: 'Infringement liability' },
  pledge_loan_guarantee: { zh: '质押融资保证保险', en: 'Pledge-loan guarantee' },
  overseas: { zh: '海外知识产权保险', en: 'Overseas IP' },
};

/** A claim 理赔: filed 已报案 → paid 已赔付 (with the amount) or refused 已拒赔. */
export const CLAIM_STATUSES = ['filed', 'paid', 'refused'] as const;
export const ZClaimStatus = z.enum(CLAIM_STATUSES);
export type TClaimStatus = z.infer<typeof ZClaimStatus>;

export const CLAIM_ACTIONS = ['pay', 'refuse'] as const;
export const ZClaimAction = z.enum(CLAIM_ACTIONS);
export type TClaimAction = z.infer<typeof ZClaimAction>;

export const CLAIM_TRANSITIONS: TTransitionTable<TClaimStatus, TClaimAction> = {
  pay: { from: ['filed'], to: 'paid' },
  refuse: { from: ['filed'], to: 'refused' },
};
export const allowedClaimActions = (status: TClaimStatus): TClaimAction[] => allowedActions(CLAIM_TRANSITIONS, status);

export const CLAIM_STATUS_LABELS: Record<TClaimStatus, { zh: string; en: string }> = {
  filed: { zh: '已报案', en: 'Filed' },
  paid: { zh: '已赔付', en: 'Paid' },
  refused: { zh: '已拒赔', en: 'Refused' },
};
export const CLAIM_ACTION_LABELS: Record<TClaimAction, { zh: string; en: string }> = {
  pay: { zh: '赔付', en: 'Pay' },
  refuse: { zh: '拒赔', en: 'Refuse' },
};

registerDomainMessages({
  'insurance.premium.positive': { 'zh-CN': '保费必须大于零', en: 'The premium must be more than zero' },
  'insurance.insuredSum.positive': { 'zh-CN': '保险金额必须大于零', en: 'The insured sum must be more than zero' },
  'insurance.premiumSubsidy.overPremium': { 'zh-CN': '保费补贴不能超过保费', en: 'The premium subsidy must not exceed the premium' },
  'insurance.periodTo.beforeFrom': { 'zh-CN': '保险期间的终止日期必须晚于起始日期', en: 'The period must end after it starts' },
  'insurance.update.empty': { 'zh-CN': '没有要修改的内容', en: 'Nothing to change' },
  'insurance.claimedAmount.positive': { 'zh-CN': '索赔金额必须大于零', en: 'The claimed amount must be more than zero' },
  'insurance.paidAmount.positive': { 'zh-CN': '赔付金额必须大于零', en: 'The paid amount must be more than zero' },
});

export const ZInsurancePolicyCreate = z
  .strictObject({
    kind: ZInsuranceKind,
    policyNumber: z.string().trim().min(1).max(64).describe('The insurer’s policy number 保单号, unique'),
    insurerName: z.string().trim().min(1).max(200).describe('Insurer 保险公司'),
    insuredName: z.string().trim().min(1).max(200).describe('Insured enterprise 被保险人'),
    insuredCreditCode: ZCreditCode.describe('Credit code of the insured enterprise'),
    insuredSum: ZPositiveMoney('insurance.insuredSum.positive').describe('Insured sum 保险金额, yuan'),
    premium: ZPositiveMoney('insurance.premium.positive').describe('Premium 保费, yuan'),
    premiumSubsidy: ZMoney.describe('Premium subsidy 保费补贴 the bureau granted, yuan (0 when none), at most the premium'),
    periodFrom: ZCalendarDate.describe('First day of cover'),
    periodTo: ZCalendarDate.describe('Last day of cover'),
    rights: z.array(ZIpRight).max(100).optional().describe('The rights covered, when the policy names them'),
    district: ZRegionCode.describe('District of the insured enterprise'),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .superRefine((p, ctx) => {
    if (compareMoney(p.premiumSubsidy, p.premium) > 0) ctx.addIssue({ code: 'custom', path: ['premiumSubsidy'], params: { i18n: 'insurance.premiumSubsidy.overPremium' } });
    if (p.periodTo <= p.periodFrom) ctx.addIssue({ code: 'custom', path: ['periodTo'], params: { i18n: 'insurance.periodTo.beforeFrom' } });
  });
export type TInsurancePolicyCreate = z.infer<typeof ZInsurancePolicyCreate>;

/** Corrections; the subsidy against the premium and the period are checked again on the result. */
export const ZInsurancePolicyUpdate = z
  .strictObject({
    version: ZVersion,
    insurerName: z.string().trim().min(1).max(200).optional(),
    insuredName: z.string().trim().min(1).max(200).optional(),
    insuredSum: ZPositiveMoney('insurance.insuredSum.positive').optional(),
    premium: ZPositiveMoney('insurance.premium.positive').optional(),
    premiumSubsidy: ZMoney.optional(),
    periodFrom: ZCalendarDate.optional(),
    periodTo: ZCalendarDate.optional(),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'insurance.update.empty' } });
export type TInsurancePolicyUpdate = z.infer<typeof ZInsurancePolicyUpdate>;

const money = () => z.string().describe('Yuan, two decimals');

export const ZInsuranceClaim = z.object({
  id: z.uuid(),
  policyId: z.uuid(),
  seq: z.int().describe('1 for the policy’s first claim'),
  filedDate: ZCalendarDate,
  claimedAmount: money(),
  description: z.string(),
  status: ZClaimStatus,
  paidAmount: money().nullable(),
  decidedDate: ZCalendarDate.nullable().describe('Date it was paid or refused'),
  refusalReason: z.string().nullable(),
  allowedActions: z.array(ZClaimAction),
  version: z.int(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TInsuranceClaim = z.infer<typeof ZInsuranceClaim>;

export const ZInsurancePolicy = z.object({
  id: z.uuid(),
  kind: ZInsuranceKind,
  policyNumber: z.string(),
  insurerName: z.string(),
  insuredName: z.string(),
  insuredCreditCode: z.string(),
  insuredSum: money(),
  premium: money(),
  premiumSubsidy: money(),
  periodFrom: ZCalendarDate,
  periodTo: ZCalendarDate,
  rights: z.array(ZIpRight),
  district: ZRegionCode,
  note: z.string().nullable(),
  paidClaims: money().describe('Σ paid on its claims'),
  premiumSubsidyPaidAmount: money().nullable().describe('The premium subsidy paid, once its payment was approved'),
  premiumSubsidyPaidOn: ZCalendarDate.nullable().describe('Date the premium subsidy was paid'),
  version: z.int(),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TInsurancePolicy = z.infer<typeof ZInsurancePolicy>;

export const ZInsurancePolicyDetail = ZInsurancePolicy.extend({
  claims: z.array(ZInsuranceClaim).describe('Claims, oldest first'),
  subsidyPayments: z.array(ZPremiumSubsidyPayment).describe('Payments of its premium subsidy through maker-checker, oldest first (a rejected one may be followed by another)'),
});
export type TInsurancePolicyDetail = z.infer<typeof ZInsurancePolicyDetail>;

export const ZInsurancePolicyListQuery = ZPageQuery.extend({
  kind: ZInsuranceKind.optional(),
  district: ZRegionCode.optional(),
  from: ZCalendarDate.optional().describe('Policies whose cover starts on or after'),
  to: ZCalendarDate.optional().describe('Policies whose cover starts on or before'),
  q: z.string().trim().min(1).max(64).optional().describe('Part of the policy number, insurer, insured or credit code'),
});
export type TInsurancePolicyListQuery = z.infer<typeof ZInsurancePolicyListQuery>;

export const ZInsuranceClaimCreate = z.strictObject({
  filedDate: ZCalendarDate.describe('Date the claim was filed with the insurer; within the period of cover, not after today'),
  claimedAmount: ZPositiveMoney('insurance.claimedAmount.positive').describe('Amount claimed, at most the insured sum'),
  description: z.string().trim().min(1).max(1000).describe('What happened'),
});
export type TInsuranceClaimCreate = z.infer<typeof ZInsuranceClaimCreate>;

const claimStep = { version: ZVersion.describe('The version of the claim the caller read'), effectiveDate: ZCalendarDate.describe('Date it was paid or refused; not before filing, not after today') };
export const ZInsuranceClaimTransition = z.discriminatedUnion('action', [
  z.strictObject({ ...claimStep, action: z.literal('pay'), paidAmount: ZPositiveMoney('insurance.paidAmount.positive').describe('Paid, at most the claimed amount and what the insured sum has left') }),
  z.strictObject({ ...claimStep, action: z.literal('refuse'), reason: z.string().trim().min(1).max(500) }),
]);
export type TInsuranceClaimTransition = z.infer<typeof ZInsuranceClaimTransition>;
