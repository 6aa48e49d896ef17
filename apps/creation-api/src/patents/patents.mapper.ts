import { allowedPatentActions, type TPatent, type TPatentAward, type TPatentDetail, type TPatentFamilyMember, type TPatentStatusEvent } from '@ipbureau/domain/creation';
import type { PatentAwardEntity, PatentFamilyMemberEntity } from '../high-value/patent-facts.entity.js';
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
    agencyCreditCode: patent.agencyCreditCode,
    agentLicenceNumber: patent.agentLicenceNumber,
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

export function mapFamilyMember(member: PatentFamilyMemberEntity): TPatentFamilyMember {
  return { id: member.id, country: member.country, number: member.number, grantDate: member.grantDate, createdAt: member.createdAt.toISOString() };
}

export function mapAward(award: PatentAwardEntity): TPatentAward {
  return { id: award.id, kind: award.kind, level: award.level, year: award.year, grade: award.grade, createdAt: award.createdAt.toISOString() };
}

export function mapPatentDetail(patent: PatentEntity, history: PatentStatusEventEntity[], familyMembers: PatentFamilyMemberEntity[] = [], awards: PatentAwardEntity[] = []): TPatentDetail {
  return { ...mapPatent(patent), statusHistory: history.map(mapPatentStatusEvent), familyMembers: familyMembers.map(mapFamilyMember), awards: awards.map(mapAward) };
}
