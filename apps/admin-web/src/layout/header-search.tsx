import { MODULES, hasModuleLevel } from '@ipbureau/domain';
import { OrganizationSearch } from '@ipbureau/public-services-web';
import { useCurrentUser } from '../auth/require-auth';

/** Who may use the unified search: a viewer (or more) of any module; each pillar still decides what it shows. */
export function canSearchOrganizations(roles: readonly string[]): boolean {
  return MODULES.some((module) => hasModuleLevel(roles, module, 'viewer'));
}

/** The unified organization search in the shell's header, for those who may use it. */
export function HeaderSearch() {
  const { roles } = useCurrentUser();
  return canSearchOrganizations(roles) ? <OrganizationSearch /> : null;
}
