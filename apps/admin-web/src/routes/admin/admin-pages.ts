import type { TAdminRole } from '@ipbureau/domain';

export interface AdminPage {
  /** Also the message key under `menu.` and the test id `menu-admin-<key>`. */
  key: 'users' | 'departments' | 'sessions' | 'loginLog' | 'auditLog';
  path: string;
  /**
   * 三员分立: users and departments belong to the system administrator, sessions to the security
   * administrator, the audit trail to the auditor; both of the latter read the login log. The
   * security administrator also opens the users page, to see accounts and lift lockouts.
   */
  roles: readonly TAdminRole[];
}

export const ADMIN_PAGES: readonly AdminPage[] = [
  { key: 'users', path: 'users', roles: ['system-admin', 'security-admin'] },
  { key: 'departments', path: 'departments', roles: ['system-admin'] },
  { key: 'sessions', path: 'sessions', roles: ['security-admin'] },
  { key: 'loginLog', path: 'login-log', roles: ['security-admin', 'auditor'] },
  { key: 'auditLog', path: 'audit-log', roles: ['auditor'] },
];

export const ADMIN_BASE = '/admin';
