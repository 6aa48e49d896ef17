import { hasModuleLevel, type TAdminRole, type TModule } from '@ipbureau/domain';

/**
 * Any role in the module opens it; the system administrator sees every module's menu (to set
 * things up) while the services still decide what each call may do.
 */
export function canOpenModule(roles: readonly string[], module: TModule): boolean {
  return roles.includes('system-admin') || hasModuleLevel(roles, module, 'viewer');
}

export function holdsAnyRole(roles: readonly string[], wanted: readonly TAdminRole[]): boolean {
  return wanted.some((role) => roles.includes(role));
}

/** Only a path inside this app, so a crafted login link cannot send the user elsewhere. */
export function safeRedirect(target: string | null): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  return target.startsWith('/login') ? '/' : target;
}
