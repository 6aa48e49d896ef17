import { allowedPledgeActions, type TPledge, type TPledgeDetail, type TPledgeEvent } from '@ipbureau/domain/utilization';
import { subtractMoney, toMoney } from '@ipbureau/domain';
import type { PledgeEventEntity } from './pledge-event.entity.js';
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
    lenderCreditCode: pledge.lenderCreditCode,
    loanAmount: pledge.loanAmount,
    applicationDate: pledge.applicationDate,
    registrationNumber: pledge.registrationNumber,
    registrationDate: pledge.registrationDate,
    disbursementDate: pledge.disbursementDate,
    maturityDate: pledge.maturityDate,
    disbursedAmount: toMoney(pledge.disbursedAmount),
    repaidAmount: toMoney(pledge.repaidAmount),
    outstandingPrincipal: subtractMoney(pledge.disbursedAmount, pledge.repaidAmount),
    district: pledge.regionCode,
    status: pledge.status,
    allowedActions: allowedPledgeActions(pledge.status),
    version: pledge.version,
    departmentId: pledge.departmentId,
    createdAt: pledge.createdAt.toISOString(),
    createdBy: pledge.createdBy,
  };
}

export function mapPledgeEvent(event: PledgeEventEntity): TPledgeEvent {
  return {
    id: event.id,
    seq: event.seq,
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    effectiveDate: event.effectiveDate,
    amount: event.amount,
    registrationNumber: event.registrationNumber,
    maturityDate: event.maturityDate,
    note: event.note,
    recordedAt: event.createdAt.toISOString(),
    recordedBy: event.createdBy,
    recordedByName: event.createdByName,
  };
}

export function mapPledgeDetail(pledge: PledgeEntity, events: PledgeEventEntity[]): TPledgeDetail {
  return { ...mapPledge(pledge), events: events.map(mapPledgeEvent) };
}
