import { allowedEcommerceActions, allowedExhibitionComplaintActions, type TEcommerceComplaint, type TExhibition, type TExhibitionComplaint } from '@ipbureau/domain/protection';
import type { EcommerceComplaintEntity, ExhibitionComplaintEntity, ExhibitionEntity } from './exhibition.entity.js';

export function mapExhibition(row: ExhibitionEntity, counts: { complaints: number; handled: number }): TExhibition {
  return {
    id: row.id,
    name: row.name,
    venue: row.venue,
    startDate: row.startDate,
    endDate: row.endDate,
    district: row.regionCode,
    stationName: row.stationName,
    stationContact: row.stationContact,
    complaints: counts.complaints,
    handled: counts.handled,
    createdAt: row.createdAt.toISOString(),
  };
}

export function mapExhibitionComplaint(row: ExhibitionComplaintEntity, roles: readonly string[]): TExhibitionComplaint {
  return {
    id: row.id,
    exhibitionId: row.exhibitionId,
    complainant: row.complainant,
    complainantCreditCode: row.complainantCreditCode,
    exhibitor: row.exhibitor,
    booth: row.booth,
    rightKind: row.rightKind,
    rightNumber: row.rightNumber,
    receivedDate: row.receivedDate,
    status: row.status,
    handledDate: row.handledDate,
    caseId: row.caseId,
    note: row.note,
    version: row.version,
    allowedActions: allowedExhibitionComplaintActions(row.status, roles),
  };
}

export function mapEcommerce(row: EcommerceComplaintEntity, roles: readonly string[]): TEcommerceComplaint {
  return {
    id: row.id,
    platform: row.platform,
    shop: row.shop,
    link: row.link,
    complainant: row.complainant,
    rightKind: row.rightKind,
    rightNumber: row.rightNumber,
    district: row.regionCode,
    receivedDate: row.receivedDate,
    status: row.status,
    outcomeDate: row.outcomeDate,
    note: row.note,
    version: row.version,
    allowedActions: allowedEcommerceActions(row.status, roles),
    createdAt: row.createdAt.toISOString(),
  };
}
