import type { RouteObject } from 'react-router';
import { canOpenModule, holdsAnyRole } from '../auth/access';
import { RequireAccess } from '../auth/require-access';
import { RequireAuth } from '../auth/require-auth';
import { AppLayout } from '../layout/app-layout';
import { AdminPlaceholderPage } from '../routes/admin/admin-placeholder-page';
import { ADMIN_BASE, ADMIN_PAGES } from '../routes/admin/admin-pages';
import { DashboardPage } from '../routes/dashboard/dashboard-page';
import { LoginPage } from '../routes/login/login-page';
import { StatusPage } from '../routes/status/status-page';
import { PILLARS } from './pillars';

const pillarRoutes: RouteObject[] = PILLARS.map((pillar) => ({
  path: pillar.basePath,
  element: <RequireAccess allowed={(roles) => canOpenModule(roles, pillar.key)} />,
  children: pillar.routes,
}));

const adminRoutes: RouteObject[] = ADMIN_PAGES.map((page) => ({
  path: `${ADMIN_BASE}/${page.path}`,
  element: (
    <RequireAccess allowed={(roles) => holdsAnyRole(roles, page.roles)}>
      <AdminPlaceholderPage page={page} />
    </RequireAccess>
  ),
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
          ...pillarRoutes,
          ...adminRoutes,
          { path: '*', element: <StatusPage status={404} /> },
        ],
      },
    ],
  },
];
