import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Dropdown, Flex, Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { useLogout } from '@ipbureau/api-client';
import { useCurrentUser } from '../auth/require-auth';
import { CHANGE_PASSWORD_PATH } from '../routes/account/change-password-page';
import { AppMenu } from './app-menu';
import { HeaderSearch } from './header-search';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from './notification-bell';

export function AppLayout() {
  const user = useCurrentUser();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout({ onSettled: () => void navigate('/login', { replace: true }) });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={232} breakpoint="lg" collapsedWidth={0}>
        <Typography.Title level={5} style={{ color: '#fff', margin: 0, padding: '20px 24px' }}>
          {t('app.shortTitle')}
        </Typography.Title>
        <AppMenu roles={user.roles} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', paddingInline: 24 }}>
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <Typography.Text strong>{t('app.title')}</Typography.Text>
            <Space size="middle">
              <HeaderSearch />
              <NotificationBell />
              <LanguageSwitch />
              <Dropdown
                trigger={['click']}
                menu={{
                  'aria-label': t('session.userMenu'),
                  items: [{ key: 'password', icon: <KeyOutlined />, label: <Link to={CHANGE_PASSWORD_PATH}>{t('session.changePassword')}</Link> }],
                }}
              >
                <Button type="text" data-testid="current-user">
                  <UserOutlined />
                  {user.displayName}
                  <DownOutlined />
                </Button>
              </Dropdown>
              <Button icon={<LogoutOutlined />} loading={logout.isPending} onClick={() => logout.mutate()}>
                {t('session.logout')}
              </Button>
            </Space>
          </Flex>
        </Layout.Header>
        {user.mustChangePassword ? (
          <Alert
            type="warning"
            banner
            showIcon
            title={t('session.mustChangePassword')}
            action={
              <Button size="small" type="primary" onClick={() => void navigate(CHANGE_PASSWORD_PATH)}>
                {t('session.changePasswordNow')}
              </Button>
            }
          />
        ) : null}
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
