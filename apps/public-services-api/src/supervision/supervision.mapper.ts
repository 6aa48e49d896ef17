import { allowedSupervisionActions, type TSupervisionRecord, type TSupervisionRecordDetail, type TSupervisionStatusEvent } from '@ipbureau/domain/public-services';
import type { SupervisionRecordEntity } from './supervision-record.entity.js';

export interface SubjectNames {
  agencyName: string | null;
  agentName: string | null;
}

export const mapSupervision = (r: SupervisionRecordEntity, names: SubjectNames): TSupervisionRecord => ({
  id: r.id,
  kind: r.kind,
  agencyId: r.agencyId,
  agencyName: names.agencyName,
  agentId: r.agentId,
  agentName: names.agentName,
  violationKind: r.violationKind,
  foundDate: r.foundDate,
  description: r.description,
  sanction: r.sanction,
  fineAmount: r.fineAmount,
  status: r.status,
  blacklistReferral: r.referralEventId && r.referredOn ? { eventId: r.referralEventId, referredOn: r.referredOn } : null,
  allowedActions: allowedSupervisionActions(r.status),
  district: r.regionCode,
  version: r.version,
  departmentId: r.departmentId,
  createdAt: r.createdAt.toISOString(),
  createdBy: r.createdBy,
});

export const mapSupervisionDetail = (r: SupervisionRecordEntity, names: SubjectNames, history: TSupervisionStatusEvent[]): TSupervisionRecordDetail => ({
  ...mapSupervision(r, names),
  history,
});
