import { z } from 'zod';

/**
 * The modules a user can hold a role in. The four pillars of the plan (四.二–四.六) plus the
 * plan itself (indicators, targets, tasks). Each module's roles are independent.
 */
export const MODULES = ['creation', 'utilization', 'protection', 'public-services', 'plan'] as const;
export const ZModule = z.enum(MODULES);
export type TModule = z.infer<typeof ZModule>;

/** viewer reads; officer (科员) enters and works records; approver (科长) approves. */
export const MODULE_LEVELS = ['viewer', 'officer', 'approver'] as const;
export type TModuleLevel = (typeof MODULE_LEVELS)[number];

/**
 * The three separated administrator roles of 等保 三员分立: the system administrator manages
 * users and departments, the security administrator manages sessions and security policy,
 * the auditor reads the audit trail. No one role does another's work.
 */
export const ADMIN_ROLES = ['system-admin', 'security-admin', 'auditor'] as const;
export type TAdminRole = (typeof ADMIN_ROLES)[number];

export type TModuleRole = `${TModule}:${TModuleLevel}`;
export const MODULE_ROLES = MODULES.flatMap((m) => MODULE_LEVELS.map((l) => `${m}:${l}` as TModuleRole));
export const ROLES = [...MODULE_ROLES, ...ADMIN_ROLES] as const;
export const ZRole = z.enum(ROLES as unknown as [TModuleRole | TAdminRole, ...(TModuleRole | TAdminRole)[]]);
export type TRole = TModuleRole | TAdminRole;

const LEVEL_RANK: Record<TModuleLevel, number> = { viewer: 1, officer: 2, approver: 3 };

/** True when `roles` grant at least `level` in `module` (an approver may also do officer work). */
export function hasModuleLevel(roles: readonly string[], module: TModule, level: TModuleLevel): boolean {
  return roles.some((r) => {
    const [m, l] = r.split(':');
    return m === module && l !== undefined && l in LEVEL_RANK && LEVEL_RANK[l as TModuleLevel] >= LEVEL_RANK[level];
  });
}

/** Three admin roles may not be combined with each other (三员分立). */
export function adminRolesConflict(roles: readonly string[]): boolean {
  return ADMIN_ROLES.filter((r) => roles.includes(r)).length > 1;
}
