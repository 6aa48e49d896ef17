import { allowedInfoRequestActions, type TInfoRequest, type TInfoRequestDetail, type TInfoRequestEvent } from '@ipbureau/domain/public-services';
import type { InfoRequestEntity } from './info-request.entity.js';

export const mapInfoRequest = (r: InfoRequestEntity): TInfoRequest => ({
  id: r.id,
  kind: r.kind,
  enterpriseName: r.enterpriseName,
  enterpriseCreditCode: r.enterpriseCreditCode,
  subject: r.subject,
  description: r.description,
  requestedDate: r.requestedDate,
  status: r.status,
  providerName: r.providerName,
  providerAgencyId: r.providerAgencyId,
  assignedOn: r.assignedOn,
  deliverable: r.deliverable,
  deliveredOn: r.deliveredOn,
  rating: r.rating,
  ratingComment: r.ratingComment,
  ratedOn: r.ratedOn,
  allowedActions: allowedInfoRequestActions(r.status),
  district: r.regionCode,
  version: r.version,
  departmentId: r.departmentId,
  createdAt: r.createdAt.toISOString(),
  createdBy: r.createdBy,
});

export const mapInfoRequestDetail = (r: InfoRequestEntity, history: TInfoRequestEvent[]): TInfoRequestDetail => ({ ...mapInfoRequest(r), history });
