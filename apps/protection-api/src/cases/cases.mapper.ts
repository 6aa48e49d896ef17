import type { TCase } from '@ipbureau/domain/protection';
import type { EnforcementCaseEntity } from './enforcement-case.entity.js';

/** Builds the response contract of a case from its row. */
export function mapCase(row: EnforcementCaseEntity): TCase {
  const { id, caseNumber, kind, source, title, registeredDate, status, departmentId, createdBy } = row;
  return { id, caseNumber, kind, source, title, district: row.regionCode, registeredDate, status, departmentId, createdAt: row.createdAt.toISOString(), createdBy };
}
