import { toMoney } from '@ipbureau/domain';
import type { TPremiumSubsidyPayment } from '@ipbureau/domain/utilization';
import type { PaymentApprovalEntity } from '../payment-approvals/payment-approval.entity.js';
import type { PremiumSubsidyPaymentEntity } from './premium-subsidy-payment.entity.js';

export function mapPremiumSubsidyPayment(payment: PremiumSubsidyPaymentEntity, approval: PaymentApprovalEntity | undefined): TPremiumSubsidyPayment {
  return {
    id: payment.id,
    policyId: payment.policyId,
    policyNumber: payment.policyNumber,
    insurerName: payment.insurerName,
    insuredName: payment.insuredName,
    insuredCreditCode: payment.insuredCreditCode,
    premium: toMoney(payment.premium),
    amount: toMoney(payment.amount),
    applicationDate: payment.applicationDate,
    status: payment.status,
    paidOn: payment.paidOn,
    opinion: approval?.opinion ?? null,
    enteredBy: payment.createdBy,
    enteredByName: approval?.enteredByName ?? '',
    decidedByName: approval?.decidedByName ?? null,
    district: payment.regionCode,
    version: payment.version,
    createdAt: payment.createdAt.toISOString(),
  };
}
