import type { EntityManager } from 'typeorm';

/**
 * Which of the cases are fast-track 直通车: a right holder (the complainant) is an enterprise on
 * the key-enterprise list, admitted on or before the case's registration date. Computed at read,
 * so a case registered before its complainant's admission stays on the ordinary track, and one
 * whose complainant is admitted later does not change its past.
 */
export async function fastTrackCases(em: EntityManager, caseIds: readonly string[]): Promise<Set<string>> {
  if (!caseIds.length) return new Set();
  const rows = (await em.query(
    `SELECT DISTINCT c.id FROM cases c
       JOIN case_parties p ON p.case_id = c.id AND p.role = 'right_holder' AND p.credit_code IS NOT NULL
       JOIN key_enterprises k ON k.credit_code = p.credit_code AND k.admitted_on <= c.registered_date
      WHERE c.id = ANY($1::uuid[])`,
    [caseIds],
  )) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}
