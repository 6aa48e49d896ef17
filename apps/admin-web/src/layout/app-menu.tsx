import { AimOutlined, AuditOutlined, DashboardOutlined, DesktopOutlined, LoginOutlined, SettingOutlined, TeamOutlined, ApartmentOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { canOpenModule, holdsAnyRole } from '../auth/access';
import { PILLARS } from '../app/pillars';
import { currentLocale } from '../i18n/i18n';
import { ADMIN_BASE, ADMIN_PAGES, type AdminPage } from '../routes/admin/admin-pages';
import { canManagePlans } from '../routes/plans/plan-format';
import { PLANS_BASE } from '../routes/plans/plan-routes';

type MenuItem = Required<MenuProps>['items'][number];

const ADMIN_ICONS: Record<AdminPage['key'], ReactNode> = {
  users: <TeamOutlined />,
  departments: <ApartmentOutlined />,
  sessions: <DesktopOutlined />,
  loginLog: <LoginOutlined />,
  auditLog: <AuditOutlined />,
};

// Labels are links so the menu works like the rest of the web: open in a new tab, copy address.
function item(path: string, testId: string, label: string, icon: ReactNode): MenuItem {
  return {
    key: path,
    icon,
    label: (
      <Link to={path} data-testid={testId}>
        {label}
      </Link>
    ),
  };
}

/** The longest menu path that the current address starts with. */
function selectedKey(pathname: string, keys: string[]): string[] {
  const matches = keys.filter((key) => key === '/' ? pathname === '/' : pathname === key || pathname.startsWith(`${key}/`));
  return matches.sort((a, b) => b.length - a.length).slice(0, 1);
}

/** The main menu: the dashboard, the pillars the user's roles open, then their admin pages. */
export function AppMenu({ roles }: { roles: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const locale = currentLocale(i18n);

  const pillars = PILLARS.filter((pillar) => canOpenModule(roles, pillar.key)).map((pillar) =>
    item(pillar.basePath, `menu-${pillar.key}`, pillar.menu.label[locale], pillar.menu.icon),
  );
  const admin = ADMIN_PAGES.filter((page) => holdsAnyRole(roles, page.roles)).map((page) =>
    item(`${ADMIN_BASE}/${page.path}`, `menu-admin-${page.key}`, t(`menu.${page.key}`), ADMIN_ICONS[page.key]),
  );
  const plans = canManagePlans(roles) ? [item(PLANS_BASE, 'menu-plans', t('plans.menu'), <AimOutlined />)] : [];
  const items: MenuItem[] = [item('/', 'menu-dashboard', t('menu.dashboard'), <DashboardOutlined />), ...plans, ...pillars];
  if (admin.length > 0) items.push({ type: 'group', key: 'admin', label: <span><SettingOutlined /> {t('menu.admin')}</span>, children: admin });

  const keys = [PLANS_BASE, ...PILLARS.map((p) => p.basePath), ...ADMIN_PAGES.map((p) => `${ADMIN_BASE}/${p.path}`), '/'];
  return <Menu mode="inline" theme="dark" aria-label={t('menu.label')} items={items} selectedKeys={selectedKey(pathname, keys)} />;
}
