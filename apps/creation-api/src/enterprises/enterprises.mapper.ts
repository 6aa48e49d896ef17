import {
  CERTIFICATION_TRANSITIONS,
  ENTERPRISE_TITLE_KINDS,
  ENTERPRISE_TITLE_LEVEL,
  allowedActions,
  type TCertification,
  type TCertificationEvent,
  type TEnterprise,
  type TEnterpriseDetail,
  type TEnterprisePatentStock,
  type TEnterpriseTitle,
  type TEnterpriseTitleKind,
} from '@ipbureau/domain/creation';
import type { CertificationEntity, CertificationEventEntity } from './certification.entity.js';
import type { EnterpriseTitleEntity } from './enterprise-title.entity.js';
import type { EnterpriseEntity } from './enterprise.entity.js';

/** Titles in force on `today`, strongest first (national demonstration … municipal cultivation). */
export function currentTitleKinds(titles: Pick<EnterpriseTitleEntity, 'kind' | 'awardedOn' | 'endedOn'>[], today: string): TEnterpriseTitleKind[] {
  const held = new Set(titles.filter((t) => t.awardedOn <= today && (t.endedOn === null || t.endedOn > today)).map((t) => t.kind));
  return ENTERPRISE_TITLE_KINDS.filter((kind) => held.has(kind));
}

export function mapEnterprise(enterprise: EnterpriseEntity, currentTitles: TEnterpriseTitleKind[]): TEnterprise {
  return {
    id: enterprise.id,
    creditCode: enterprise.creditCode,
    name: enterprise.name,
    district: enterprise.regionCode,
    industry: enterprise.industry,
    currentTitles,
    version: enterprise.version,
    departmentId: enterprise.departmentId,
    createdAt: enterprise.createdAt.toISOString(),
    createdBy: enterprise.createdBy,
  };
}

export function mapTitle(title: EnterpriseTitleEntity): TEnterpriseTitle {
  return {
    id: title.id,
    kind: title.kind,
    level: ENTERPRISE_TITLE_LEVEL[title.kind],
    awardedOn: title.awardedOn,
    documentNumber: title.documentNumber,
    endedOn: title.endedOn,
    endReason: title.endReason,
    createdAt: title.createdAt.toISOString(),
    createdBy: title.createdBy,
  };
}

export function mapCertificationEvent(event: CertificationEventEntity): TCertificationEvent {
  return {
    seq: event.seq,
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    effectiveDate: event.effectiveDate,
    validUntil: event.validUntil,
    note: event.note,
    createdAt: event.createdAt.toISOString(),
    createdBy: event.createdBy,
  };
}

export function mapCertification(certification: CertificationEntity, history: CertificationEventEntity[]): TCertification {
  return {
    id: certification.id,
    certificateNumber: certification.certificateNumber,
    certificationBody: certification.certificationBody,
    issuedOn: certification.issuedOn,
    validUntil: certification.validUntil,
    status: certification.status,
    allowedActions: allowedActions(CERTIFICATION_TRANSITIONS, certification.status),
    version: certification.version,
    history: history.map(mapCertificationEvent),
  };
}

export function mapEnterpriseDetail(
  enterprise: EnterpriseEntity,
  titles: EnterpriseTitleEntity[],
  certifications: { certification: CertificationEntity; history: CertificationEventEntity[] }[],
  patentStock: TEnterprisePatentStock,
): TEnterpriseDetail {
  return {
    ...mapEnterprise(enterprise, currentTitleKinds(titles, patentStock.asOf)),
    titles: titles.map(mapTitle),
    certifications: certifications.map((c) => mapCertification(c.certification, c.history)),
    patentStock,
  };
}
