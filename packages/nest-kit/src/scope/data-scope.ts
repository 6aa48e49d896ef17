import { divisionPrefix, isWithinDivision, type TAccessClaims } from '@ipbureau/domain';

// The prefix rule itself lives in the domain (the demo city and the services apply it alike).
export { divisionPrefix, isWithinDivision };

/** `divisionPrefix` in SQL, for a code held in a column: `column LIKE …` cannot be built in JS row by row. */
export function divisionPrefixSql(column: string): string {
  return `(CASE WHEN ${column} LIKE '%0000' THEN left(${column}, 2) WHEN ${column} LIKE '%00' THEN left(${column}, 4) ELSE ${column} END)`;
}

/** A LIKE pattern matching every division code inside `code` (`440500` → `4405%`). */
export function divisionPattern(code: string): string {
  return `${divisionPrefix(code)}%`;
}

export interface ScopedColumns {
  /** Column holding the record's most specific division code (its district, else its city). */
  region: string;
  /** Column holding the owning department's id, for users scoped to their department. */
  department?: string;
}

/**
 * The WHERE fragment that limits a query to the caller's data scope (数据权限), for TypeORM's
 * `andWhere(sql, params)`. Parameter names are prefixed so they never clash with the caller's.
 */
export function scopeCondition(principal: TAccessClaims, columns: ScopedColumns): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = { scopeRegionPrefix: divisionPattern(principal.region) };
  const clauses = [`${columns.region} LIKE :scopeRegionPrefix`];
  const scope = principal.scope;
  if (scope.kind === 'districts') {
    clauses.push(`${columns.region} IN (:...scopeDistricts)`);
    params.scopeDistricts = scope.districts;
  } else if (scope.kind === 'department') {
    if (!columns.department || !principal.dept) return { sql: '1 = 0', params: {} };
    clauses.push(`${columns.department} = :scopeDepartment`);
    params.scopeDepartment = principal.dept;
  }
  return { sql: `(${clauses.join(' AND ')})`, params };
}

/** Whether one record lies in the caller's scope (reads of a single record, and writes). */
export function inScope(principal: TAccessClaims, record: { regionCode: string; departmentId?: string | null }): boolean {
  if (!isWithinDivision(record.regionCode, principal.region)) return false;
  const scope = principal.scope;
  if (scope.kind === 'districts') return scope.districts.includes(record.regionCode);
  if (scope.kind === 'department') return !!principal.dept && record.departmentId === principal.dept;
  return true;
}
