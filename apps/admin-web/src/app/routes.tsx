import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { canOpenModule, holdsAnyRole } from '../auth/access';
import { RequireAccess } from '../auth/require-access';
import { RequireAuth } from '../auth/require-auth';
import { OrganizationProfilePage } from '@ipbureau/public-services-web';
import { AppLayout } from '../layout/app-layout';
import { canSearchOrganizations } from '../layout/header-search';
import { ChangePasswordPage, CHANGE_PASSWORD_PATH } from '../routes/account/change-password-page';
import { ADMIN_BASE, ADMIN_PAGES, type AdminPage } from '../routes/admin/admin-pages';
import { AuditLogPage } from '../routes/admin/audit-log/audit-log-page';
import { DepartmentsPage } from '../routes/admin/departments/departments-page';
import { LoginLogPage } from '../routes/admin/login-log/login-log-page';
import { SessionsPage } from '../routes/admin/sessions/sessions-page';
import { UsersPage } from '../routes/admin/users/users-page';
import { DashboardPage } from '../routes/dashboard/dashboard-page';
import { LoginPage } from '../routes/login/login-page';
import { planRoutes } from '../routes/plans/plan-routes';
import { StatusPage } from '../routes/status/status-page';
import { PILLARS } from './pillars';

const pillarRoutes: RouteObject[] = PILLARS.map((pillar) => ({
  path: pillar.basePath,
  element: <RequireAccess allowed={(roles) => canOpenModule(roles, pillar.key)} />,
  children: pillar.routes,
}));

const ADMIN_SCREENS: Record<AdminPage['key'], ReactNode> = {
  users: <UsersPage />,
  departments: <DepartmentsPage />,
  sessions: <SessionsPage />,
  loginLog: <LoginLogPage />,
  auditLog: <AuditLogPage />,
};

const adminRoutes: RouteObject[] = ADMIN_PAGES.map((page) => ({
  path: `${ADMIN_BASE}/${page.path}`,
  element: <RequireAccess allowed={(roles) => holdsAnyRole(roles, page.roles)}>{ADMIN_SCREENS[page.key]}</RequireAccess>,
}));

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          ...planRoutes,
          ...pillarRoutes,
          ...adminRoutes,
          {
            path: '/organizations/:creditCode',
            element: (
              <RequireAccess allowed={canSearchOrganizations}>
                <OrganizationProfilePage />
              </RequireAccess>
            ),
          },
          { path: CHANGE_PASSWORD_PATH, element: <ChangePasswordPage /> },
          { path: '*', element: <StatusPage status={404} /> },
        ],
      },
    ],
  },
];
