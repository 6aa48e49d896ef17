import { ADMIN_ROLES, MODULE_LEVELS, MODULES, type TAdminRole, type TModule, type TModuleLevel, type TRole } from '@ipbureau/domain';

export interface RoleGroups {
  /** Per module the user holds a role in, its levels in rank order. */
  modules: { module: TModule; levels: TModuleLevel[] }[];
  admin: TAdminRole[];
}

const isAdminRole = (role: string): role is TAdminRole => (ADMIN_ROLES as readonly string[]).includes(role);

/** A user's roles as the list shows them: by module, in the plan's order, then the admin roles. */
export function groupRoles(roles: readonly string[]): RoleGroups {
  const modules = MODULES.map((module) => ({
    module,
    levels: MODULE_LEVELS.filter((level) => roles.includes(`${module}:${level}`)),
  })).filter((group) => group.levels.length > 0);
  return { modules, admin: ADMIN_ROLES.filter((role) => roles.includes(role)) };
}

export type LevelChoice = TModuleLevel | 'none';
export type AdminChoice = TAdminRole | 'none';

/** The level picked for a module: its highest, since a higher level includes the lower. */
export function levelIn(roles: readonly string[], module: TModule): LevelChoice {
  return [...MODULE_LEVELS].reverse().find((level) => roles.includes(`${module}:${level}`)) ?? 'none';
}

/** The one administrator role (三员分立 allows no more). */
export function adminRoleIn(roles: readonly string[]): AdminChoice {
  return roles.find(isAdminRole) ?? 'none';
}

/** Roles from the picker's choices: one level per module, at most one admin role. */
export function rolesFrom(levels: Partial<Record<TModule, LevelChoice>>, admin: AdminChoice): TRole[] {
  const moduleRoles = MODULES.flatMap((module) => {
    const level = levels[module];
    return level && level !== 'none' ? [`${module}:${level}` as const] : [];
  });
  return admin === 'none' ? moduleRoles : [...moduleRoles, admin];
}

/** Replace the choice for one module (or for the admin role) and keep the rest. */
export function withChoice(roles: readonly string[], change: { module: TModule; level: LevelChoice } | { admin: AdminChoice }): TRole[] {
  const levels = Object.fromEntries(MODULES.map((module) => [module, levelIn(roles, module)])) as Record<TModule, LevelChoice>;
  if ('module' in change) levels[change.module] = change.level;
  return rolesFrom(levels, 'admin' in change ? change.admin : adminRoleIn(roles));
}
