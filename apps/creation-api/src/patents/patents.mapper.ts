import { allowedPatentActions, type TPatent, type TPatentDetail, type TPatentStatusEvent } from '@ipbureau/domain/creation';
import type { PatentStatusEventEntity } from './patent-status-event.entity.js';
import type { PatentEntity } from './patent.entity.js';

/** The response shape of a patent; the entity itself never leaves the service. */
export function mapPatent(patent: PatentEntity): TPatent {
  return {
    id: patent.id,
    applicationNumber: patent.applicationNumber,
    patentType: patent.patentType,
    title: patent.title,
    applicantName: patent.applicantName,
    applicantCreditCode: patent.applicantCreditCode,
    district: patent.regionCode,
    filingDate: patent.filingDate,
    status: patent.status,
    grantDate: patent.grantDate,
    ipcSymbols: patent.ipcSymbols,
    annualFeePaidUntil: patent.annualFeePaidUntil,
    allowedActions: allowedPatentActions(patent.status),
    version: patent.version,
    departmentId: patent.departmentId,
    createdAt: patent.createdAt.toISOString(),
    createdBy: patent.createdBy,
  };
}

export function mapPatentStatusEvent(event: PatentStatusEventEntity): TPatentStatusEvent {
  return {
    seq: event.seq,
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    effectiveDate: event.effectiveDate,
    note: event.note,
    createdAt: event.createdAt.toISOString(),
    createdBy: event.createdBy,
  };
}

export function mapPatentDetail(patent: PatentEntity, history: PatentStatusEventEntity[]): TPatentDetail {
  return { ...mapPatent(patent), statusHistory: history.map(mapPatentStatusEvent) };
}
