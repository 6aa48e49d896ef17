import { z } from 'zod';
import { ZPageQuery } from '../common/paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZVersion } from '../common/lifecycle.js';
import { ZApprovalStatus } from './payment-approvals.js';

/**
 * Payment of an insurance policy's premium subsidy 保费补贴 (plan 四.三), through the same
 * maker-checker as fund claims and interest subsidies: an officer enters the payment of the
 * subsidy the policy carries (the maker 经办), another user with the approver role approves and
 * pays it, or rejects it with an opinion (the checker 审批). Once approved, the paid amount and
 * date are recorded on the policy. A rejected payment may be entered again; a policy never has
 * two payments pending or paid.
 */

export const ZPremiumSubsidyPaymentCreate = z.strictObject({
  policyId: z.uuid().describe('The policy whose premium subsidy is paid'),
  version: ZVersion.describe('The version of the policy the maker read: the subsidy paid is the one they saw'),
  applicationDate: ZCalendarDate.describe('Date the payment was applied for; not after today, not before the cover starts'),
});
export type TPremiumSubsidyPaymentCreate = z.infer<typeof ZPremiumSubsidyPaymentCreate>;

export const ZPremiumSubsidyPayment = z.object({
  id: z.uuid(),
  policyId: z.uuid(),
  policyNumber: z.string(),
  insurerName: z.string(),
  insuredName: z.string(),
  insuredCreditCode: z.string(),
  premium: z.string().describe('The policy’s premium when the payment was entered, yuan'),
  amount: z.string().describe('The premium subsidy to be paid, yuan: the policy’s subsidy when entered'),
  applicationDate: ZCalendarDate,
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
export type TPremiumSubsidyPayment = z.infer<typeof ZPremiumSubsidyPayment>;

export const ZPremiumSubsidyPaymentListQuery = ZPageQuery.extend({
  status: ZApprovalStatus.optional(),
  policyId: z.uuid().optional(),
  insuredCreditCode: z.string().trim().min(1).max(18).optional().describe('The insured enterprise’s credit code, exact'),
});
export type TPremiumSubsidyPaymentListQuery = z.infer<typeof ZPremiumSubsidyPaymentListQuery>;
