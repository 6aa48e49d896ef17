import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { StatusPage } from '../routes/status/status-page';
import { useCurrentUser } from './require-auth';

/**
 * Hides a page the menu would not offer. This is for the user's sake only: the services check
 * every call themselves.
 */
export function RequireAccess({ allowed, children }: { allowed: (roles: readonly string[]) => boolean; children?: ReactNode }) {
  const { roles } = useCurrentUser();
  if (!allowed(roles)) return <StatusPage status={403} />;
  return children ?? <Outlet />;
}
