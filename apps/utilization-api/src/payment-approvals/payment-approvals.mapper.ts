import type { TPaymentApproval } from '@ipbureau/domain/utilization';
import type { PaymentApprovalEntity } from './payment-approval.entity.js';

export function mapPaymentApproval(row: PaymentApprovalEntity): TPaymentApproval {
  return {
    id: row.id,
    kind: row.kind,
    subjectId: row.subjectId,
    summary: row.summary,
    amount: row.amount,
    status: row.status,
    enteredBy: row.enteredBy,
    enteredByName: row.enteredByName,
    enteredAt: row.enteredAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedByName: row.decidedByName,
    decidedOn: row.decidedOn,
    opinion: row.opinion,
    district: row.regionCode,
  };
}
