import { toMoney } from '@ipbureau/domain';
import type { TTransferContract } from '@ipbureau/domain/utilization';
import type { TransferContractEntity } from './transfer-contract.entity.js';

export function mapTransferContract(c: TransferContractEntity): TTransferContract {
  return {
    id: c.id,
    kind: c.kind,
    licenseKind: c.licenseKind,
    rights: c.rights,
    contractNumber: c.contractNumber,
    licensorName: c.licensorName,
    licensorCreditCode: c.licensorCreditCode,
    licenseeName: c.licenseeName,
    licenseeCreditCode: c.licenseeCreditCode,
    amount: toMoney(c.amount),
    contractDate: c.contractDate,
    registrationNumber: c.registrationNumber,
    registrationDate: c.registrationDate,
    termFrom: c.termFrom,
    termTo: c.termTo,
    district: c.regionCode,
    note: c.note,
    version: c.version,
    departmentId: c.departmentId,
    createdAt: c.createdAt.toISOString(),
    createdBy: c.createdBy,
  };
}
