import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { TCurrentUser } from '@ipbureau/domain';
import { useMe, useSignedIn } from '@ipbureau/api-client';

/** The login page with a way back to where the user was going. */
export function loginPath(wanted: string): string {
  return wanted === '/' ? '/login' : `/login?redirect=${encodeURIComponent(wanted)}`;
}

/** Renders its child routes only for a signed-in user whose profile has loaded. */
export function RequireAuth() {
  const signedIn = useSignedIn();
  const me = useMe();
  const location = useLocation();
  const { t } = useTranslation();

  if (!signedIn) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  if (me.isPending) return <Spin size="large" fullscreen />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('session.loadFailed')}
        subTitle={me.error.message}
        extra={<Button onClick={() => void me.refetch()}>{t('session.retry')}</Button>}
      />
    );
  }
  return <Outlet />;
}

/** The user RequireAuth has loaded; only for components below it. */
export function useCurrentUser(): TCurrentUser {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser is only for pages under <RequireAuth>');
  return data;
}
