import type { TAgency } from '@ipbureau/domain/public-services';
import type { AgencyEntity } from './agency.entity.js';

/** What callers see of an agency: the contract, with its district under its own name. */
export const mapAgency = ({ regionCode, createdAt, ...agency }: AgencyEntity): TAgency => ({
  id: agency.id,
  name: agency.name,
  creditCode: agency.creditCode,
  kind: agency.kind,
  licenceNumber: agency.licenceNumber,
  district: regionCode,
  establishedDate: agency.establishedDate,
  status: agency.status,
  deregisteredDate: agency.deregisteredDate,
  headAgencyId: agency.headAgencyId,
  version: agency.version,
  departmentId: agency.departmentId,
  createdAt: createdAt.toISOString(),
  createdBy: agency.createdBy,
});
