import { z } from 'zod';
import { registerDomainMessages } from '../common/messages.js';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZMoney } from '../money/money.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZPatentApplicationNumber, ZPatentType } from '../validators/patent-number.js';
import { allowedActions, applyTransition, ZVersion, type TTransitionTable } from './lifecycle.js';

/**
 * Patent subsidies 专利资助: an entity applies for a subsidy on one of its patents; an officer
 * does the first review 初审, an approver (another person) the second 复审; the approved amount
 * is paid. The amount is set by the subsidy rule in force on the application date (rules are data
 * with effective dates). A paid subsidy whose patent lapses, is invalidated or is flagged as an
 * abnormal application 非正常专利申请 opens a clawback case 追回 tracked to recovery.
 */

/** What is subsidised: the grant 授权资助, a PCT international filing, or a filing abroad. */
export const SUBSIDY_KINDS = ['grant', 'pct_filing', 'foreign_filing'] as const;
export const ZSubsidyKind = z.enum(SUBSIDY_KINDS);
export type TSubsidyKind = z.infer<typeof ZSubsidyKind>;
export const SUBSIDY_KIND_LABELS: Record<TSubsidyKind, { zh: string; en: string }> = {
  grant: { zh: '授权资助', en: 'Grant subsidy' },
  pct_filing: { zh: 'PCT国际申请资助', en: 'PCT filing subsidy' },
  foreign_filing: { zh: '国外专利申请资助', en: 'Foreign filing subsidy' },
};
/** Kinds that require the patent to be granted (in force) when applying. */
export const SUBSIDY_KINDS_NEEDING_GRANT: readonly TSubsidyKind[] = ['grant'];

registerDomainMessages({
  'subsidyRule.dates': { 'zh-CN': '失效日期不能早于生效日期', en: 'The end date must not be before the start date' },
  'subsidy.update.empty': { 'zh-CN': '请至少修改一项', en: 'Change at least one field' },
});

// ---- Rules 资助标准 -------------------------------------------------------------------------

export const ZSubsidyRuleCreate = z
  .strictObject({
    patentType: ZPatentType.describe('Type of patent the rule applies to'),
    kind: ZSubsidyKind,
    amount: ZMoney.describe('Subsidy per patent in yuan, exact decimal'),
    effectiveFrom: ZCalendarDate.describe('First application date the rule applies to'),
    effectiveTo: ZCalendarDate.nullable().default(null).describe('Last application date it applies to; null while in force'),
    basis: z.string().trim().min(1).max(200).nullable().default(null).describe('The policy document the rule comes from'),
  })
  .refine((r) => r.effectiveTo === null || r.effectiveTo >= r.effectiveFrom, { path: ['effectiveTo'], params: { i18n: 'subsidyRule.dates' } });
export type TSubsidyRuleCreate = z.infer<typeof ZSubsidyRuleCreate>;

export const ZSubsidyRuleUpdate = z
  .strictObject({
    version: ZVersion,
    amount: ZMoney.optional(),
    effectiveTo: ZCalendarDate.nullable().optional(),
    basis: z.string().trim().min(1).max(200).nullable().optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { params: { i18n: 'subsidy.update.empty' } });
export type TSubsidyRuleUpdate = z.infer<typeof ZSubsidyRuleUpdate>;

export const ZSubsidyRule = z.object({
  id: z.uuid(),
  patentType: ZPatentType,
  kind: ZSubsidyKind,
  amount: z.string(),
  effectiveFrom: ZCalendarDate,
  effectiveTo: ZCalendarDate.nullable(),
  basis: z.string().nullable(),
  version: z.int(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TSubsidyRule = z.infer<typeof ZSubsidyRule>;

export const ZSubsidyRuleListQuery = ZPageQuery.extend({
  patentType: ZPatentType.optional(),
  kind: ZSubsidyKind.optional(),
  inForceOn: ZCalendarDate.optional().describe('Only the rules in force on this date'),
});
export type TSubsidyRuleListQuery = z.infer<typeof ZSubsidyRuleListQuery>;

// ---- Applications and their review ---------------------------------------------------------

export const SUBSIDY_STATUSES = ['submitted', 'first_passed', 'returned', 'approved', 'rejected', 'paid'] as const;
export const ZSubsidyStatus = z.enum(SUBSIDY_STATUSES);
export type TSubsidyStatus = z.infer<typeof ZSubsidyStatus>;
export const SUBSIDY_STATUS_LABELS: Record<TSubsidyStatus, { zh: string; en: string }> = {
  submitted: { zh: '待初审', en: 'Awaiting first review' },
  first_passed: { zh: '待复审', en: 'Awaiting second review' },
  returned: { zh: '退回补正', en: 'Returned for correction' },
  approved: { zh: '已核准', en: 'Approved' },
  rejected: { zh: '不予资助', en: 'Rejected' },
  paid: { zh: '已拨付', en: 'Paid' },
};

export const SUBSIDY_ACTIONS = ['first_pass', 'first_return', 'second_approve', 'second_reject', 'second_return', 'resubmit', 'pay'] as const;
export const ZSubsidyAction = z.enum(SUBSIDY_ACTIONS);
export type TSubsidyAction = z.infer<typeof ZSubsidyAction>;
export const SUBSIDY_ACTION_LABELS: Record<TSubsidyAction, { zh: string; en: string }> = {
  first_pass: { zh: '初审通过', en: 'Pass first review' },
  first_return: { zh: '初审退回补正', en: 'Return at first review' },
  second_approve: { zh: '复审核准', en: 'Approve at second review' },
  second_reject: { zh: '复审不予资助', en: 'Reject at second review' },
  second_return: { zh: '复审退回补正', en: 'Return at second review' },
  resubmit: { zh: '补正后重新提交', en: 'Resubmit after correction' },
  pay: { zh: '拨付', en: 'Record payment' },
};

export const SUBSIDY_TRANSITIONS: TTransitionTable<TSubsidyStatus, TSubsidyAction> = {
  first_pass: { from: ['submitted'], to: 'first_passed' },
  first_return: { from: ['submitted'], to: 'returned' },
  second_approve: { from: ['first_passed'], to: 'approved' },
  second_reject: { from: ['first_passed'], to: 'rejected' },
  second_return: { from: ['first_passed'], to: 'returned' },
  resubmit: { from: ['returned'], to: 'submitted' },
  pay: { from: ['approved'], to: 'paid' },
};

/** Who may take each action: first review and resubmission by officers, second review and payment by approvers. */
export const SUBSIDY_ACTION_LEVEL: Record<TSubsidyAction, 'officer' | 'approver'> = {
  first_pass: 'officer',
  first_return: 'officer',
  second_approve: 'approver',
  second_reject: 'approver',
  second_return: 'approver',
  resubmit: 'officer',
  pay: 'approver',
};

/** Actions that need a written opinion 审查意见. */
export const SUBSIDY_ACTIONS_NEEDING_OPINION: readonly TSubsidyAction[] = ['first_return', 'second_reject', 'second_return'];

export function allowedSubsidyActions(status: TSubsidyStatus): TSubsidyAction[] {
  return allowedActions(SUBSIDY_TRANSITIONS, status);
}
export function nextSubsidyStatus(status: TSubsidyStatus, action: TSubsidyAction): TSubsidyStatus | null {
  return applyTransition(SUBSIDY_TRANSITIONS, status, action);
}

export const ZSubsidyApplicationCreate = z.strictObject({
  creditCode: ZCreditCode.describe('Unified social credit code of the applying entity; must be the patent’s applicant'),
  entityName: z.string().trim().min(1).max(200),
  applicationNumber: ZPatentApplicationNumber.describe('The patent the subsidy is for; it must be registered in the creation pillar'),
  kind: ZSubsidyKind,
  applicationDate: ZCalendarDate.describe('Date the application was received; the rule in force then sets the amount'),
});
export type TSubsidyApplicationCreate = z.infer<typeof ZSubsidyApplicationCreate>;

export const ZSubsidyAct = z.strictObject({
  action: ZSubsidyAction,
  version: ZVersion,
  effectiveDate: ZCalendarDate.describe('Date of the decision, the resubmission or the payment; not before the last step, not in the future'),
  opinion: z.string().trim().min(1).max(1000).optional().describe('Review opinion 审查意见; required to return or reject'),
  voucherNumber: z.string().trim().min(1).max(64).optional().describe('Payment voucher number 凭证号; required to record a payment'),
});
export type TSubsidyAct = z.infer<typeof ZSubsidyAct>;

export const ZSubsidyStep = z.object({
  seq: z.int(),
  action: z.enum(['submit', ...SUBSIDY_ACTIONS]),
  fromStatus: ZSubsidyStatus.nullable(),
  toStatus: ZSubsidyStatus,
  effectiveDate: ZCalendarDate,
  opinion: z.string().nullable(),
  actorId: z.uuid(),
  actorName: z.string().nullable(),
  createdAt: ZInstant,
});
export type TSubsidyStep = z.infer<typeof ZSubsidyStep>;

export const ZSubsidyApplication = z.object({
  id: z.uuid(),
  creditCode: z.string(),
  entityName: z.string(),
  patentId: z.uuid(),
  applicationNumber: z.string(),
  patentType: ZPatentType,
  kind: ZSubsidyKind,
  applicationDate: ZCalendarDate,
  ruleId: z.uuid(),
  amount: z.string().describe('Yuan, set by the rule in force on the application date'),
  status: ZSubsidyStatus,
  paidOn: ZCalendarDate.nullable(),
  voucherNumber: z.string().nullable(),
  district: ZRegionCode,
  allowedActions: z.array(ZSubsidyAction),
  version: z.int(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TSubsidyApplication = z.infer<typeof ZSubsidyApplication>;

export const ZSubsidyApplicationDetail = ZSubsidyApplication.extend({ history: z.array(ZSubsidyStep) });
export type TSubsidyApplicationDetail = z.infer<typeof ZSubsidyApplicationDetail>;

export const ZSubsidyListQuery = ZPageQuery.extend({
  status: ZSubsidyStatus.optional(),
  kind: ZSubsidyKind.optional(),
  creditCode: ZCreditCode.optional(),
  district: ZRegionCode.optional(),
});
export type TSubsidyListQuery = z.infer<typeof ZSubsidyListQuery>;

// ---- Abnormal-application flags 非正常专利申请 --------------------------------------------------

export const ZAbnormalFlagCreate = z.strictObject({
  creditCode: ZCreditCode,
  flaggedOn: ZCalendarDate.describe('Date of the notice'),
  source: z.string().trim().min(1).max(200).describe('Who flagged it, e.g. the CNIPA notice number'),
  applicationNumber: ZPatentApplicationNumber.nullable().default(null).describe('The patent flagged, when the notice names one; a paid subsidy on it is clawed back'),
  note: z.string().trim().min(1).max(500).nullable().default(null),
});
export type TAbnormalFlagCreate = z.infer<typeof ZAbnormalFlagCreate>;

export const ZAbnormalFlag = z.object({
  id: z.uuid(),
  creditCode: z.string(),
  flaggedOn: ZCalendarDate,
  source: z.string(),
  applicationNumber: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TAbnormalFlag = z.infer<typeof ZAbnormalFlag>;

export const ZAbnormalFlagListQuery = ZPageQuery.extend({ creditCode: ZCreditCode.optional() });
export type TAbnormalFlagListQuery = z.infer<typeof ZAbnormalFlagListQuery>;

// ---- Clawback 追回 -----------------------------------------------------------------------------

export const CLAWBACK_REASONS = ['abnormal', 'lapsed', 'invalidated'] as const;
export const ZClawbackReason = z.enum(CLAWBACK_REASONS);
export type TClawbackReason = z.infer<typeof ZClawbackReason>;
export const CLAWBACK_REASON_LABELS: Record<TClawbackReason, { zh: string; en: string }> = {
  abnormal: { zh: '非正常专利申请', en: 'Abnormal application' },
  lapsed: { zh: '未缴年费终止', en: 'Lapsed' },
  invalidated: { zh: '宣告无效', en: 'Invalidated' },
};

export const CLAWBACK_STATUSES = ['open', 'recovered', 'written_off'] as const;
export const ZClawbackStatus = z.enum(CLAWBACK_STATUSES);
export type TClawbackStatus = z.infer<typeof ZClawbackStatus>;

export const ZClawbackRecoveryCreate = z.strictObject({
  version: ZVersion,
  receivedOn: ZCalendarDate,
  amount: ZMoney.describe('Yuan received; not more than what is still owed'),
  voucherNumber: z.string().trim().min(1).max(64).nullable().default(null),
});
export type TClawbackRecoveryCreate = z.infer<typeof ZClawbackRecoveryCreate>;

export const ZClawbackWriteOff = z.strictObject({
  version: ZVersion,
  writtenOffOn: ZCalendarDate,
  opinion: z.string().trim().min(1).max(1000),
});
export type TClawbackWriteOff = z.infer<typeof ZClawbackWriteOff>;

export const ZClawbackRecovery = z.object({
  id: z.uuid(),
  receivedOn: ZCalendarDate,
  amount: z.string(),
  voucherNumber: z.string().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TClawbackRecovery = z.infer<typeof ZClawbackRecovery>;

export const ZClawbackCase = z.object({
  id: z.uuid(),
  subsidyId: z.uuid(),
  patentId: z.uuid(),
  applicationNumber: z.string(),
  creditCode: z.string(),
  reason: ZClawbackReason,
  openedOn: ZCalendarDate,
  amountOwed: z.string(),
  recovered: z.string(),
  outstanding: z.string(),
  status: ZClawbackStatus,
  closedOn: ZCalendarDate.nullable(),
  writeOffOpinion: z.string().nullable(),
  district: ZRegionCode,
  version: z.int(),
  createdAt: ZInstant,
});
export type TClawbackCase = z.infer<typeof ZClawbackCase>;

export const ZClawbackCaseDetail = ZClawbackCase.extend({ recoveries: z.array(ZClawbackRecovery) });
export type TClawbackCaseDetail = z.infer<typeof ZClawbackCaseDetail>;

export const ZClawbackListQuery = ZPageQuery.extend({ status: ZClawbackStatus.optional(), creditCode: ZCreditCode.optional(), district: ZRegionCode.optional() });
export type TClawbackListQuery = z.infer<typeof ZClawbackListQuery>;
