import type { TPatent } from '@ipbureau/domain/creation';
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
    departmentId: patent.departmentId,
    createdAt: patent.createdAt.toISOString(),
    createdBy: patent.createdBy,
  };
}
