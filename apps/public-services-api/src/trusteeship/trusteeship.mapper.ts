import type { TTrusteeshipContract, TTrusteeshipContractDetail, TTrusteeshipService } from '@ipbureau/domain/public-services';
import type { TrusteeshipContractEntity } from './trusteeship-contract.entity.js';

export const mapTrusteeship = (c: TrusteeshipContractEntity, agencyName: string): TTrusteeshipContract => ({
  id: c.id,
  agencyId: c.agencyId,
  agencyName,
  enterpriseName: c.enterpriseName,
  enterpriseCreditCode: c.enterpriseCreditCode,
  contractNumber: c.contractNumber,
  startDate: c.startDate,
  endDate: c.endDate,
  terminatedOn: c.terminatedOn,
  terminationReason: c.terminationReason,
  fee: c.fee,
  rights: c.rights,
  district: c.regionCode,
  version: c.version,
  departmentId: c.departmentId,
  createdAt: c.createdAt.toISOString(),
  createdBy: c.createdBy,
});

export const mapTrusteeshipDetail = (c: TrusteeshipContractEntity, agencyName: string, services: TTrusteeshipService[]): TTrusteeshipContractDetail => ({
  ...mapTrusteeship(c, agencyName),
  services,
});
