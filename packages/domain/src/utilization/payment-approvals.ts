import { z } from 'zod';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { registerDomainMessages } from '../common/messages.js';

/**
 * Maker-checker 审批（双人复核）for every payment out of the utilization pillar: one user enters
 * the payment (the maker 经办), another user with the approver role decides it (the checker
 * 审批). The same user can never do both, whatever roles they hold. Each payment kind keeps its
 * own record (a fund claim, an interest subsidy, a premium subsidy payment); its approval is one
 * row of the shared approval register, which is also the approvers' queue.
 */
export const PAYMENT_KINDS = ['fund_claim', 'interest_subsidy', 'premium_subsidy'] as const;
export const ZPaymentKind = z.enum(PAYMENT_KINDS);
export type TPaymentKind = z.infer<typeof ZPaymentKind>;
export const PAYMENT_KIND_LABELS: Record<TPaymentKind, { zh: string; en: string }> = {
  fund_claim: { zh: '风险补偿金代偿', en: 'Risk-compensation claim' },
  interest_subsidy: { zh: '质押贷款贴息', en: 'Interest subsidy' },
  premium_subsidy: { zh: '知识产权保险保费补贴', en: 'Insurance premium subsidy' },
};

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const ZApprovalStatus = z.enum(APPROVAL_STATUSES);
export type TApprovalStatus = z.infer<typeof ZApprovalStatus>;
export const APPROVAL_STATUS_LABELS: Record<TApprovalStatus, { zh: string; en: string }> = {
  pending: { zh: '待审批', en: 'Awaiting approval' },
  approved: { zh: '已审批支付', en: 'Approved and paid' },
  rejected: { zh: '已驳回', en: 'Rejected' },
};

registerDomainMessages({
  'approval.opinion.required': { 'zh-CN': '驳回时须填写审批意见', en: 'A rejection needs an opinion' },
});

/**
 * The checker's decision. Approving pays: the payment is dated `effectiveDate`. Rejecting needs
 * an opinion 审批意见, kept with the decision.
 */
export const ZPaymentDecision = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    version: z.int().min(1).describe('The version of the payment record the checker read'),
    effectiveDate: ZCalendarDate.describe('Date of the decision; for an approval, the payment date'),
    opinion: z.string().trim().min(1).max(1000).optional().describe('Approval opinion 审批意见; required to reject'),
  })
  .refine((d) => d.decision === 'approve' || d.opinion !== undefined, { path: ['opinion'], params: { i18n: 'approval.opinion.required' } });
export type TPaymentDecision = z.infer<typeof ZPaymentDecision>;

export const ZPaymentApproval = z.object({
  id: z.uuid(),
  kind: ZPaymentKind,
  subjectId: z.uuid().describe('The fund claim, interest subsidy or premium subsidy payment this approval decides'),
  summary: z.string().describe('Who is paid and what for'),
  amount: z.string().describe('Yuan to be paid'),
  status: ZApprovalStatus,
  enteredBy: z.uuid(),
  enteredByName: z.string(),
  enteredAt: ZInstant,
  decidedBy: z.uuid().nullable(),
  decidedByName: z.string().nullable(),
  decidedOn: ZCalendarDate.nullable(),
  opinion: z.string().nullable(),
  district: ZRegionCode,
});
export type TPaymentApproval = z.infer<typeof ZPaymentApproval>;

export const ZPaymentApprovalListQuery = ZPageQuery.extend({
  status: ZApprovalStatus.optional(),
  kind: ZPaymentKind.optional(),
});
export type TPaymentApprovalListQuery = z.infer<typeof ZPaymentApprovalListQuery>;
