import { toMoney } from '@ipbureau/domain';
import type { TSecuritization } from '@ipbureau/domain/utilization';
import type { SecuritizationProductEntity } from './securitization-product.entity.js';

export function mapSecuritization(p: SecuritizationProductEntity): TSecuritization {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    code: p.code,
    issuerName: p.issuerName,
    amount: toMoney(p.amount),
    issueDate: p.issueDate,
    maturityDate: p.maturityDate,
    rights: p.rights,
    enterprises: p.enterprises,
    district: p.regionCode,
    note: p.note,
    version: p.version,
    departmentId: p.departmentId,
    createdAt: p.createdAt.toISOString(),
    createdBy: p.createdBy,
  };
}
