import type { TPledge } from '@ipbureau/domain/utilization';
import type { PledgeEntity } from './pledge.entity.js';

/** The response shape of a pledge; the entity stays inside the service. */
export function mapPledge(pledge: PledgeEntity): TPledge {
  return {
    id: pledge.id,
    pledgorName: pledge.pledgorName,
    pledgorCreditCode: pledge.pledgorCreditCode,
    rightKind: pledge.rightKind,
    rightNumber: pledge.rightNumber,
    lenderName: pledge.lenderName,
    loanAmount: pledge.loanAmount,
    registrationDate: pledge.registrationDate,
    district: pledge.regionCode,
    status: pledge.status,
    departmentId: pledge.departmentId,
    createdAt: pledge.createdAt.toISOString(),
    createdBy: pledge.createdBy,
  };
}
